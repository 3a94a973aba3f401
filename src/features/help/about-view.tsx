import { useTranslation } from 'react-i18next';

const SOURCES = ['literature', 'news', 'rwi', 'blonk', 'summary'] as const;

/** Credits the study and its authors, names the sources, and says what the app does with data (nothing). */
export function AboutView() {
  const { t } = useTranslation('help');
  return (
    <main id="main" className="about" tabIndex={-1}>
      <h1>{t('about.title')}</h1>
      <p>{t('about.intro')}</p>
      <h2>{t('about.studyTitle')}</h2>
      <p>{t('about.study')}</p>
      <h2>{t('about.sourcesTitle')}</h2>
      <p>{t('about.sourcesIntro')}</p>
      <ul>
        {SOURCES.map((source) => (
          <li key={source}>{t(`about.sources.${source}`)}</li>
        ))}
      </ul>
      <h2>{t('about.privacyTitle')}</h2>
      <p>{t('about.privacy')}</p>
      <h2>{t('about.deckTitle')}</h2>
      <p>
        {t('about.deck')} <a href="./deck.schema.json">{t('about.schema')}</a>
      </p>
    </main>
  );
}
