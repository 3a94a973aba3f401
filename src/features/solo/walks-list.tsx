import { useTranslation } from 'react-i18next';

import { useAppStore } from '../../state/store';
import { explainHref, walkHref } from '../../ui/view-links';

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
        <ol className="history__list" reversed>
          {[...walks].reverse().map((walk) => (
            <li key={walk.id}>
              <a href={walkHref(walk.id)}>
                {t('walks.entry', {
                  decision: walk.decision.trim() || t('walks.untitled'),
                  date: new Date(walk.updatedAt).toLocaleDateString(i18n.language),
                })}
              </a>
            </li>
          ))}
        </ol>
      )}
      <p className="solo__explain">
        <a href={explainHref}>{t('explainLink')}</a>
      </p>
    </section>
  );
}
