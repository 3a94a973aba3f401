import { reduceSession } from '../domain/session/reduce-session';
import type { ActionBody, SessionAction } from '../domain/session/session-actions';
import { useAppStore } from './store';

const MAX_LOG = 5000;

/**
 * Applies an action to the console's session through the pure reducer and logs it; false when it changed
 * nothing. Kept apart from the store so that the reducer and its schemas load with the console only.
 */
export function dispatchSession(body: ActionBody): boolean {
  const { session, sessionLog } = useAppStore.getState();
  if (!session) return false;
  const action = { ...body, sessionId: session.sessionId, seq: session.seq + 1 } as SessionAction;
  const next = reduceSession(session, action);
  if (next === session) return false;
  useAppStore.setState({ session: next, sessionLog: [...sessionLog, action].slice(-MAX_LOG) });
  return true;
}
