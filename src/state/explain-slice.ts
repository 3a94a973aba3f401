import type { StateCreator } from 'zustand';

import { MAX_WALKS, newWalk, type Walk } from '../domain/explain-walk';
import { newSeed } from '../domain/random';
import type { AppState } from './store';

export interface ExplainSlice {
  /** The decisions walked through for a client, oldest first; kept on the device only. */
  walks: Walk[];
  /** Starts a new walk and returns its id. */
  startWalk: () => string;
  /** Changes one walk through a pure function of the domain (`toggleFactor`, `setDecision`, …). */
  changeWalk: (id: string, change: (walk: Walk, now: number) => Walk) => void;
  deleteWalk: (id: string) => void;
}

export const createExplainSlice: StateCreator<AppState, [], [], ExplainSlice> = (set) => ({
  walks: [],
  startWalk: () => {
    const walk = newWalk(`w-${newSeed()}`, Date.now());
    set((state) => ({ walks: [...state.walks, walk].slice(-MAX_WALKS) }));
    return walk.id;
  },
  changeWalk: (id, change) =>
    set((state) => ({ walks: state.walks.map((walk) => (walk.id === id ? change(walk, Date.now()) : walk)) })),
  deleteWalk: (id) => set((state) => ({ walks: state.walks.filter((walk) => walk.id !== id) })),
});
