import i18next, { type BackendModule, type Resource } from 'i18next';
import { initReactI18next } from 'react-i18next';

import type { Language } from '../domain/deck-constants';

/**
 * Starts i18next with the translations given; the namespaces and languages not given are asked of `load` when
 * first needed (a view's own namespace, a switch of language). Missing keys throw in development and in tests.
 */
export function initI18n(
  language: Language,
  resources: Resource,
  namespaces: readonly string[],
  load?: (language: string, namespace: string) => Promise<Record<string, unknown>>,
) {
  const strict = import.meta.env.DEV || import.meta.env.MODE === 'test';
  if (load) {
    const backend: BackendModule = {
      type: 'backend',
      init: () => {},
      read: (lng, namespace, callback) =>
        void load(lng, namespace).then(
          (strings) => callback(null, strings as Record<string, string>),
          (error: Error) => callback(error, null),
        ),
    };
    i18next.use(backend);
  }
  void i18next.use(initReactI18next).init({
    resources,
    partialBundledLanguages: !!load,
    lng: language,
    fallbackLng: 'nl',
    ns: namespaces,
    defaultNS: 'common',
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
    saveMissing: strict,
    missingKeyHandler: strict
      ? (_languages, namespace, key) => {
          throw new Error(`Missing translation: ${namespace}:${key}`);
        }
      : false,
  });
  return i18next;
}
