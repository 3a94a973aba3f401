import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';

import type { Language } from '../domain/deck-constants';
import { namespaces, resources } from './resources';

/** Starts i18next with the bundled resources. Missing keys throw in development and in tests. */
export function setupI18n(language: Language = 'nl') {
  const strict = import.meta.env.DEV || import.meta.env.MODE === 'test';
  void i18next.use(initReactI18next).init({
    resources,
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
