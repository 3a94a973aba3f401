import { useTranslation } from 'react-i18next';

import { selectActiveDeck } from '../../state/deck-slice';
import { useAppStore } from '../../state/store';
import { DeckPending } from '../../ui/deck-pending';
import { walkHref } from '../../ui/view-links';
import { WalkLinks } from '../../ui/walk-links';
import { WalkEditor } from './walk-editor';

import './explain.css';

/** "Leg je afweging uit": the overview of one's walks, or one walk being made or reread. */
export function ExplainView({ walkId }: { walkId: string | null }) {
  const { t, i18n } = useTranslation('explain');
  const deck = useAppStore(selectActiveDeck);
  const builtInStatus = useAppStore((s) => s.builtInStatus);
  const walks = useAppStore((s) => s.walks);
  const walk = walkId ? walks.find((w) => w.id === walkId) : undefined;

  if (!deck) return <DeckPending failed={builtInStatus === 'failed'} className="explain" />;

  if (walkId && walk) return <WalkEditor key={walk.id} walk={walk} deck={deck} />;

  return (
    <main id="main" className="explain" tabIndex={-1}>
      <h1>{t('title')}</h1>
      {walkId && (
        <p className="alert" role="alert">
          {t('notFound')}
        </p>
      )}
      <p>{t('intro')}</p>
      <p className="hint">{t('privacy')}</p>
      <button
        type="button"
        className="button button--primary"
        onClick={() => {
          window.location.hash = walkHref(useAppStore.getState().startWalk());
        }}
      >
        {t('start')}
      </button>
      <section className="explain__earlier" aria-labelledby="explain-earlier">
        <h2 id="explain-earlier" className="section-title">
          {t('earlier')}
        </h2>
        {walks.length === 0 ? (
          <p className="hint">{t('earlierEmpty')}</p>
        ) : (
          <WalkLinks
            walks={walks}
            language={i18n.language}
            entry={(decision, date) => t('walkOf', { decision: decision || t('untitled'), date })}
          />
        )}
      </section>
    </main>
  );
}
