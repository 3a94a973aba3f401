import { reduceSession } from '../domain/session/reduce-session';
import type { ActionBody, SessionAction } from '../domain/session/session-actions';
import type { SessionSlice } from './session-slice';
import { useAppStore } from './store';

const MAX_LOG = 5000;

/**
 * Applies an action to the console's session through the pure reducer and logs it; false when it changed
 * nothing. Kept apart from the store so that the reducer and its schemas load with the console only.
 * `extra` is store state that changes together with the session, in the same update.
 */
export function dispatchSession(body: ActionBody, extra: Partial<SessionSlice> = {}): boolean {
  const { session, sessionLog } = useAppStore.getState();
  if (!session) return false;
  const action = { ...body, sessionId: session.sessionId, seq: session.seq + 1 } as SessionAction;
  const next = reduceSession(session, action);
  if (next === session) return false;
  useAppStore.setState({ ...extra, session: next, sessionLog: [...sessionLog, action].slice(-MAX_LOG) });
  return true;
}

/** The session moves into a room: the console keeps the secret, the session knows the code and the link. */
export function startRoom(room: NonNullable<SessionSlice['room']>, joinUrl: string): void {
  if (!dispatchSession({ type: 'openRoom', code: room.code, joinUrl }, { room })) useAppStore.setState({ room });
}

/** The room is closed: the session goes back to answers on one screen. */
export function endRoom(): void {
  if (!dispatchSession({ type: 'closeRoom' }, { room: null })) useAppStore.setState({ room: null });
}
