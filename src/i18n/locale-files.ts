import type { Language } from '../domain/deck-constants';

export type Strings = Record<string, unknown>;

/**
 * What the start screen and the solo view say: in the bundle, in Dutch (the default and the fallback). A namespace
 * the solo view comes to use belongs here too, or its first card waits for one more file.
 */
export const FIRST_NAMESPACES = ['common', 'solo', 'help', 'share'];

/**
 * Every other namespace and language: a small file each, loaded when a view asks for it. The page's first script
 * imports this module too, so it holds no words itself, only where to fetch them.
 */
const lazy = import.meta.glob<Strings>(
  [
    './locales/*/*.json',
    '!./locales/nl/common.json',
    '!./locales/nl/solo.json',
    '!./locales/nl/help.json',
    '!./locales/nl/share.json',
  ],
  { import: 'default' },
);

export const localePath = (language: string, namespace: string) => `./locales/${language}/${namespace}.json`;

/** The words of one namespace in one language that are not in the bundle; undefined when there is no such file. */
export const loadLazyLocale = (language: string, namespace: string) => lazy[localePath(language, namespace)]?.();

/**
 * Starts fetching, for the first script, the words the view will ask for in `language`: its own namespaces and,
 * in a language other than Dutch, the first screen's. The app's own loads later find them fetched.
 */
export function preloadWords(language: Language, viewNamespaces: readonly string[]) {
  const namespaces = language === 'nl' ? viewNamespaces : [...FIRST_NAMESPACES, ...viewNamespaces];
  // A failed fetch shows when the app asks for the same file.
  for (const namespace of namespaces) void loadLazyLocale(language, namespace)?.catch(() => {});
}
