import type { Language } from '../domain/deck-constants';
import { initI18n } from './init';
import { FIRST_NAMESPACES, loadLazyLocale, localePath as path, type Strings } from './locale-files';

/** The first screen's words (FIRST_NAMESPACES) in Dutch: in the bundle. */
const bundled = import.meta.glob<Strings>(
  ['./locales/nl/common.json', './locales/nl/solo.json', './locales/nl/help.json', './locales/nl/share.json'],
  { eager: true, import: 'default' },
);

async function load(language: string, namespace: string): Promise<Strings> {
  const eager = bundled[path(language, namespace)];
  if (eager) return eager;
  const lazy = loadLazyLocale(language, namespace);
  if (!lazy) throw new Error(`No translations for ${language}/${namespace}`);
  return lazy;
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
