import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

import { useAppStore } from '../state/store';

/** Keeps i18next and the page's `lang` in step with the language the user chose. */
export function useLanguageSync() {
  const { i18n } = useTranslation();
  const language = useAppStore((s) => s.language);
  useEffect(() => {
    document.documentElement.lang = language;
    if (i18n.language !== language) void i18n.changeLanguage(language);
  }, [i18n, language]);
}
