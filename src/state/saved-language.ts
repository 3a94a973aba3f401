import { LANGUAGES, type Language } from '../domain/deck-constants';

/** Where the settings are saved (see persistence.ts), and the version 1 save that held everything. */
export const SETTINGS_KEY = 'tegenwicht/settings';
export const LEGACY_KEY = 'tegenwicht';

const languageIn = (text: string | null): unknown => {
  if (text === null) return undefined;
  try {
    return (JSON.parse(text) as { state?: { language?: unknown } } | null)?.state?.language;
  } catch {
    return undefined;
  }
};

/**
 * The language this device chose, read straight from its save before anything else has loaded (the first paint
 * and the first deck file are in it); `null` when none is saved or it is not one of ours. The schemas check the
 * whole save later.
 */
export function savedLanguage(storage: () => Pick<Storage, 'getItem'> | null | undefined): Language | null {
  try {
    const saved = storage();
    if (!saved) return null;
    const language = languageIn(saved.getItem(SETTINGS_KEY)) ?? languageIn(saved.getItem(LEGACY_KEY));
    return LANGUAGES.includes(language as Language) ? (language as Language) : null;
  } catch {
    // A browser that refuses the storage (privacy settings) throws on touching it.
    return null;
  }
}
