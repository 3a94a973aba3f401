import { useTranslation } from 'react-i18next';

import { useAppStore } from '../../state/store';
import { explainHref } from '../../ui/view-links';
import { WalkLinks } from '../../ui/walk-links';

/** The weighings explained for a client, newest first, to reread later; and the way to explain a new one. */
export function WalksList() {
  const { t, i18n } = useTranslation('solo');
  const walks = useAppStore((s) => s.walks);
  return (
    <section className="history" aria-labelledby="walks-title">
      <h2 id="walks-title" className="section-title">
        {t('walks.title')}
      </h2>
      {walks.length === 0 ? (
        <p className="hint">{t('walks.empty')}</p>
      ) : (
        <WalkLinks
          className="history__list"
          walks={walks}
          language={i18n.language}
          entry={(decision, date) => t('walks.entry', { decision: decision || t('walks.untitled'), date })}
        />
      )}
      <p className="solo__explain">
        <a href={explainHref}>{t('explainLink')}</a>
      </p>
    </section>
  );
}
