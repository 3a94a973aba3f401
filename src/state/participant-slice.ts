import type { StateCreator } from 'zustand';

import type { Answer } from '../domain/room-protocol';
import type { AppState } from './store';

export interface ParticipantSlice {
  /**
   * This device's own key. It never leaves the device: a room gets a key derived from it for that relay and
   * code (`roomParticipantKey` in src/sync), and only that key's hash reaches the relay's records.
   */
  participantKey: string | null;
  /** An optional display name; empty means anonymous. */
  displayName: string;
  /** This device's own answers, per room and question, so a reload or a sleeping phone shows them again. */
  myAnswers: Record<string, Answer>;
  ensureParticipantKey: () => string;
  setDisplayName: (name: string) => void;
  rememberAnswer: (room: string, questionId: string, answer: Answer) => void;
}

/** 24 random bytes as base64url, the form the relay expects (kept here so the store needs no schema library). */
function newKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(24));
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}

export const myAnswerKey = (room: string, questionId: string) => `${room}/${questionId}`;

export const createParticipantSlice: StateCreator<AppState, [], [], ParticipantSlice> = (set, get) => ({
  participantKey: null,
  displayName: '',
  myAnswers: {},
  ensureParticipantKey: () => {
    const existing = get().participantKey;
    if (existing) return existing;
    const key = newKey();
    set({ participantKey: key });
    return key;
  },
  setDisplayName: (name) => set({ displayName: name.slice(0, 40) }),
  rememberAnswer: (room, questionId, answer) =>
    set((state) => {
      const entries = Object.entries({ ...state.myAnswers, [myAnswerKey(room, questionId)]: answer });
      return { myAnswers: Object.fromEntries(entries.slice(-200)) };
    }),
});
