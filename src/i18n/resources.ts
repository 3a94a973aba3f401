import nlCommon from './locales/nl/common.json';
import nlSolo from './locales/nl/solo.json';
import enCommon from './locales/en/common.json';
import enSolo from './locales/en/solo.json';

export const resources = {
  nl: { common: nlCommon, solo: nlSolo },
  en: { common: enCommon, solo: enSolo },
} as const;

export const namespaces = ['common', 'solo'] as const;
