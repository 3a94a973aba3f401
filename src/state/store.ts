import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';

import { createDeckSlice, type DeckSlice } from './deck-slice';
import { createSettingsSlice, type SettingsSlice } from './settings-slice';
import { createSoloSlice, type SoloSlice } from './solo-slice';

export type AppState = DeckSlice & SoloSlice & SettingsSlice;

export const STORAGE_KEY = 'tegenwicht';

export const useAppStore = create<AppState>()(
  persist((...a) => ({ ...createDeckSlice(...a), ...createSoloSlice(...a), ...createSettingsSlice(...a) }), {
    name: STORAGE_KEY,
    version: 1,
    storage: createJSONStorage(() => localStorage),
    partialize: (state) => ({
      language: state.language,
      customDeck: state.customDeck,
      filter: state.filter,
      deal: state.deal,
      dealDeckId: state.dealDeckId,
      faceUp: state.faceUp,
      notes: state.notes,
      history: state.history,
    }),
  }),
);
