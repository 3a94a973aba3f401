import type { StateCreator } from 'zustand';

import type { Language } from '../domain/deck-constants';
import type { AppState } from './store';

export interface SettingsSlice {
  language: Language;
  setLanguage: (language: Language) => void;
}

export const createSettingsSlice: StateCreator<AppState, [], [], SettingsSlice> = (set) => ({
  language: 'nl',
  setLanguage: (language) => set({ language }),
});
