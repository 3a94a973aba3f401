import { LANGUAGES, type Language } from './deck-constants';

/**
 * The built-in deck ships once per language (`deck.nl.json`, `deck.en.json`) beside the whole (`deck.json`), so that
 * a page loads only the language in use before its first card. Both functions know nothing of the card schema: a
 * translated text is any object whose keys are all languages ({ nl, en }); everything else is copied as it is.
 */

const isLanguage = (key: string): key is Language => (LANGUAGES as readonly string[]).includes(key);

function isTranslated(value: object): value is Partial<Record<Language, unknown>> {
  const keys = Object.keys(value);
  return keys.length > 0 && keys.every(isLanguage);
}

/** The deck (or any part of it) with each translated text in `language` only. */
export function deckInLanguage<T>(value: T, language: Language): T {
  if (Array.isArray(value)) return value.map((item: unknown) => deckInLanguage(item, language)) as T;
  if (value === null || typeof value !== 'object') return value;
  if (isTranslated(value)) return (language in value ? { [language]: value[language] } : {}) as T;
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, deckInLanguage(item, language)])) as T;
}

/**
 * Puts the languages of two copies of one deck together (as split by `deckInLanguage`): translated texts are
 * joined, lists item by item, the rest is taken from `a`.
 */
export function joinLanguages<T>(a: T, b: T): T {
  return join(a, b) as T;
}

function join(a: unknown, b: unknown): unknown {
  if (Array.isArray(a) && Array.isArray(b)) return a.map((item: unknown, i) => join(item, b[i]));
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object' || Array.isArray(b)) return a;
  if (isTranslated(a) && isTranslated(b)) return { ...b, ...a };
  const other = b as Record<string, unknown>;
  const joined: Record<string, unknown> = { ...other };
  for (const [key, item] of Object.entries(a)) joined[key] = join(item, other[key]);
  return joined;
}
