import type { StateCreator } from 'zustand';

import type { Format } from '../domain/deck-constants';
import { newSeed } from '../domain/random';
import { reduceSession } from '../domain/session/reduce-session';
import type { ActionBody, SessionAction } from '../domain/session/session-actions';
import { createSession, type SessionState } from '../domain/session/session-state';
import type { AppState } from './store';

export interface SessionSlice {
  /** The facilitator's session; only the console changes it. */
  session: SessionState | null;
  /** Every action that changed the session, in order: replaying it from the start gives the same state. */
  sessionLog: SessionAction[];
  /** The facilitator's own notes on this session; they go into the summary, never on the wall. */
  facilitatorNotes: string;
  /** The room this session runs in across devices, with the facilitator's secret (never sent to a wall). */
  room: { code: string; secret: string; relayBase: string } | null;
  setRoom: (room: SessionSlice['room']) => void;
  startSession: (format: Format) => void;
  /** Applies an action to the session; false when it did not change anything. */
  dispatch: (body: ActionBody) => boolean;
  setFacilitatorNotes: (text: string) => void;
  closeSession: () => void;
}

const MAX_LOG = 5000;

export const createSessionSlice: StateCreator<AppState, [], [], SessionSlice> = (set, get) => ({
  session: null,
  sessionLog: [],
  facilitatorNotes: '',
  room: null,
  setRoom: (room) => set({ room }),
  startSession: (format) =>
    set({ session: createSession(newSeed(), format), sessionLog: [], facilitatorNotes: '', room: null }),
  dispatch: (body) => {
    const { session, sessionLog } = get();
    if (!session) return false;
    const action = { ...body, sessionId: session.sessionId, seq: session.seq + 1 } as SessionAction;
    const next = reduceSession(session, action);
    if (next === session) return false;
    set({ session: next, sessionLog: [...sessionLog, action].slice(-MAX_LOG) });
    return true;
  },
  setFacilitatorNotes: (text) => set({ facilitatorNotes: text }),
  closeSession: () => set({ session: null, sessionLog: [], facilitatorNotes: '', room: null }),
});
