import { useTranslation } from 'react-i18next';

import { CLUSTERS } from '../../domain/deck-constants';
import { STUDY_SOURCES } from '../../domain/study';

/**
 * Credits the study and its authors, explains the clusters, lists the sources by name, and says what the app
 * does with data (nothing).
 */
export function AboutView() {
  const { t } = useTranslation(['help', 'common']);
  return (
    <main id="main" className="about" tabIndex={-1}>
      <h1>{t('about.title')}</h1>
      <p>{t('about.intro')}</p>
      <h2>{t('about.studyTitle')}</h2>
      <p>{t('about.study')}</p>
      <p>{t('about.literature')}</p>
      <h2>{t('about.clustersTitle')}</h2>
      <p>{t('about.clusters')}</p>
      <ul>
        {CLUSTERS.map((cluster) => (
          <li key={cluster}>{t(`common:cluster.${cluster}`)}</li>
        ))}
      </ul>
      <p>{t('about.sixthCluster')}</p>
      <h2>{t('about.sourcesTitle')}</h2>
      <p>{t('about.sourcesIntro')}</p>
      <ul className="about__sources">
        {STUDY_SOURCES.map((source) => (
          <li key={source.id}>
            <cite>{source.title}</cite>. {source.author}, {source.year ?? t('about.noYear')} (
            {t(`about.sourceKind.${source.kind}`)}). {t(`about.sourceUse.${source.id}`)}
          </li>
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
