import { useTranslation } from 'react-i18next';

import { SoloView } from '../features/solo/solo-view';
import { LanguageSwitch } from './language-switch';
import { useLanguageSync } from './use-language-sync';
import { useRoute } from './use-route';

export function App() {
  const { t } = useTranslation();
  const route = useRoute();
  useLanguageSync();
  return (
    <div className="app">
      <a
        className="skip-link"
        href="#main"
        onClick={(e) => (e.preventDefault(), document.getElementById('main')?.focus())}
      >
        {t('skipToContent')}
      </a>
      <header className="app-header">
        <a className="app-header__name" href="#/">
          <span aria-hidden="true">⚖ </span>
          {t('appName')}
        </a>
        <span className="app-header__tagline">{t('tagline')}</span>
        <LanguageSwitch />
      </header>
      {route.view === 'solo' && <SoloView />}
      {route.view === 'notFound' && (
        <main id="main" tabIndex={-1}>
          <h1>{t('notFound.title')}</h1>
          <p>
            <a href="#/">{t('notFound.home')}</a>
          </p>
        </main>
      )}
    </div>
  );
}
