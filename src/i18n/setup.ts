import type { Language } from '../domain/deck-constants';
import { initI18n } from './init';
import { namespaces, resources } from './resources';

/** Starts i18next with every language bundled (tests, and anything that needs both at once). */
export function setupI18n(language: Language = 'nl') {
  return initI18n(language, resources, namespaces);
}
