import { useTranslation } from 'react-i18next';

import { FORMATS } from '../../domain/deck-constants';
import { selectActiveDeck } from '../../state/deck-slice';
import { useAppStore } from '../../state/store';
import { CardFace } from '../../ui/card-face';
import { consoleHref } from '../../ui/view-links';

/** A short guide per session format: the format's own instruction card, and how the app runs it. */
export function GuideView() {
  const { t } = useTranslation(['help', 'common']);
  const deck = useAppStore(selectActiveDeck);
  const language = useAppStore((s) => s.language);
  return (
    <main id="main" className="guide" tabIndex={-1}>
      <h1>{t('guide.title')}</h1>
      <p>{t('guide.intro')}</p>
      <h2>{t('guide.keysTitle')}</h2>
      <p>{t('guide.keys')}</p>
      {FORMATS.map((format) => {
        const card = deck?.cards.find((c) => c.kind === 'instruction' && c.format === format);
        return (
          <section key={format} className="guide__format" aria-labelledby={`guide-${format}`}>
            <h2 id={`guide-${format}`}>{t(`common:format.${format}`)}</h2>
            <p>{t(`guide.inApp.${format}`)}</p>
            {card && <CardFace card={card} language={language} />}
          </section>
        );
      })}
      <p>
        <a className="button button--primary" href={consoleHref}>
          {t('guide.start')}
        </a>
      </p>
    </main>
  );
}
