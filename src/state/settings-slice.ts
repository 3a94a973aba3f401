import type { StateCreator } from 'zustand';

import { DEFAULT_LANGUAGE, type Language } from '../domain/deck-constants';
import type { AppState } from './store';

export interface SettingsSlice {
  language: Language;
  /** Whether the user chose the language on this device; until then a session's language leads. */
  languageChosen: boolean;
  setLanguage: (language: Language) => void;
  /** Takes the language of the session joined, unless the user chose one on this device. */
  followLanguage: (language: Language) => void;
}

export const createSettingsSlice: StateCreator<AppState, [], [], SettingsSlice> = (set, get) => ({
  language: DEFAULT_LANGUAGE,
  languageChosen: false,
  setLanguage: (language) => set({ language, languageChosen: true }),
  followLanguage: (language) => {
    if (!get().languageChosen && get().language !== language) set({ language });
  },
});
