import type { StateCreator } from 'zustand';

import type { AppState } from './store';

export interface SavedDataSlice {
  /** Parts of this device's saved data that could not be read on load and were left out; empty when all loaded. */
  savedDataDropped: string[];
  dismissSavedDataDropped: () => void;
}

export const createSavedDataSlice: StateCreator<AppState, [], [], SavedDataSlice> = (set) => ({
  savedDataDropped: [],
  dismissSavedDataDropped: () => set({ savedDataDropped: [] }),
});
