import type { Language } from '../domain/deck-constants';
import { initI18n } from './init';

type Strings = Record<string, unknown>;

/**
 * What the start screen and the solo view say: in the bundle, in Dutch (the default and the fallback). A namespace
 * the solo view comes to use belongs here too, or its first card waits for one more file.
 */
const FIRST_NAMESPACES = ['common', 'solo', 'help', 'share'];
const bundled = import.meta.glob<Strings>(
  ['./locales/nl/common.json', './locales/nl/solo.json', './locales/nl/help.json', './locales/nl/share.json'],
  { eager: true, import: 'default' },
);
/** Every other namespace and language: a small file each, loaded when a view asks for it. */
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

const path = (language: string, namespace: string) => `./locales/${language}/${namespace}.json`;

async function load(language: string, namespace: string): Promise<Strings> {
  const eager = bundled[path(language, namespace)];
  if (eager) return eager;
  const loader = lazy[path(language, namespace)];
  if (!loader) throw new Error(`No translations for ${language}/${namespace}`);
  return loader();
}

/**
 * Starts i18next for the app in `language` with what the first screen needs loaded before the first render; a
 * view's own namespace (console, projector, print, …) loads with the view.
 */
export async function startI18n(language: Language) {
  const dutch = Object.fromEntries(FIRST_NAMESPACES.map((ns) => [ns, bundled[path('nl', ns)]!]));
  const resources: Record<string, Record<string, Strings>> = { nl: dutch };
  if (language !== 'nl')
    resources[language] = Object.fromEntries(
      await Promise.all(FIRST_NAMESPACES.map(async (ns) => [ns, await load(language, ns)] as const)),
    );
  return initI18n(language, resources, FIRST_NAMESPACES, load);
}
