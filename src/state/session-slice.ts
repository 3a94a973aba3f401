import type { StateCreator } from 'zustand';

import type { Format } from '../domain/deck-constants';
import { newSeed } from '../domain/random';
import type { SessionAction } from '../domain/session/session-actions';
import { createSession, type SessionState } from '../domain/session/session-state';
import type { AppState } from './store';

/** The console's session as data; actions go through `dispatchSession`, which loads with the console. */
export interface SessionSlice {
  /** The facilitator's session; only the console changes it. */
  session: SessionState | null;
  /** Every action that changed the session, in order: replaying it from the start gives the same state. */
  sessionLog: SessionAction[];
  /** The facilitator's own notes on this session; they go into the summary, never on the wall. */
  facilitatorNotes: string;
  /** The room this session runs in across devices, with the facilitator's secret (never sent to a wall). */
  room: { code: string; secret: string; relayBase: string } | null;
  /** Anonymous notes participants sent in the room, for the summary. */
  roomNotes: string[];
  setRoomNotes: (notes: string[]) => void;
  setRoom: (room: SessionSlice['room']) => void;
  startSession: (format: Format) => void;
  setFacilitatorNotes: (text: string) => void;
  closeSession: () => void;
}

export const createSessionSlice: StateCreator<AppState, [], [], SessionSlice> = (set) => ({
  session: null,
  sessionLog: [],
  facilitatorNotes: '',
  room: null,
  roomNotes: [],
  setRoomNotes: (roomNotes) => set({ roomNotes }),
  setRoom: (room) => set({ room }),
  startSession: (format) =>
    set({ session: createSession(newSeed(), format), sessionLog: [], facilitatorNotes: '', room: null, roomNotes: [] }),
  setFacilitatorNotes: (text) => set({ facilitatorNotes: text }),
  // A plan runs its steps in one session: a new session starts without it (its bar and the summary would name it).
  closeSession: () =>
    set({ session: null, sessionLog: [], facilitatorNotes: '', room: null, roomNotes: [], planRun: null }),
});
