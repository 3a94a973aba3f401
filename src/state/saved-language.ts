import { LANGUAGES, type Language } from '../domain/deck-constants';

/** Where the settings are saved (see persistence.ts), and the version 1 save that held everything. */
export const SETTINGS_KEY = 'tegenwicht/settings';
export const LEGACY_KEY = 'tegenwicht';

const parsed = (text: string | null): unknown => {
  if (text === null) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
};

const languageIn = (save: unknown) => (save as { state?: { language?: unknown } } | null | undefined)?.state?.language;

/**
 * The language in a device's save, given the parsed settings part and version 1 save: the settings first;
 * `null` when neither names one of ours. The schemas check the whole save later.
 */
export function languageOfSave(settings: unknown, legacy: unknown): Language | null {
  const language = languageIn(settings) ?? languageIn(legacy);
  return LANGUAGES.includes(language as Language) ? (language as Language) : null;
}

/**
 * The language this device chose, read straight from its save before anything else has loaded (the first paint
 * and the first deck file are in it); `null` when none is saved or it is not one of ours.
 */
export function savedLanguage(storage: () => Pick<Storage, 'getItem'> | null | undefined): Language | null {
  try {
    const saved = storage();
    if (!saved) return null;
    return languageOfSave(parsed(saved.getItem(SETTINGS_KEY)), parsed(saved.getItem(LEGACY_KEY)));
  } catch {
    // A browser that refuses the storage (privacy settings) throws on touching it.
    return null;
  }
}
