import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';

import { answeredCount } from '../../domain/session/session-results';
import type { Side } from '../../domain/session/session-state';
import { selectActiveDeck } from '../../state/deck-slice';
import { dispatchSession as dispatch } from '../../state/dispatch-session';
import { useAppStore } from '../../state/store';
import { DuelPicture } from '../../ui/duel-picture';
import { useShortcuts } from '../../ui/use-shortcuts';
import { currentWallView } from './use-wall-link';
import { usePlayerLabel, voterKey } from './use-player-label';

/**
 * Dilemma-duel: a dilemma on the table; players choose a side in turn, hidden (keys A and L), or the
 * facilitator enters a split counted by hand; reveal shows the split.
 */
export function DuelPanel() {
  const { t } = useTranslation(['console', 'common']);
  const id = useId();
  const deck = useAppStore(selectActiveDeck);
  const { session, language } = useAppStore(useShallow((s) => ({ session: s.session!, language: s.language })));
  const label = usePlayerLabel();
  const [tally, setTally] = useState({ a: 0, b: 0 });
  const caseCard = session.caseCardId ? deck?.cards.find((c) => c.id === session.caseCardId) : undefined;
  const dilemma = caseCard?.kind === 'dilemma' ? caseCard : undefined;
  const choose = (side: Side) => {
    if (!dilemma || session.revealed) return;
    dispatch({ type: 'recordVote', voter: voterKey(session.turn), side });
    dispatch({ type: 'nextTurn' });
  };
  useShortcuts({ a: () => choose('a'), l: () => choose('b') });
  const view = session.revealed ? currentWallView(useAppStore.getState()) : null;
  const voters = Math.max(1, session.players.length);

  return (
    <section className="panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('common:format.dilemma-duel')}</h2>
      <p>
        <strong>{t('duel.dilemma')}</strong> {dilemma ? dilemma.title[language] : t('duel.noDilemma')}
      </p>
      {dilemma && !session.revealed && (
        <fieldset>
          <legend>{t('duel.whoChooses', { player: label(session.turn) })}</legend>
          <div className="row">
            <button type="button" className="button" aria-keyshortcuts="a" onClick={() => choose('a')}>
              {t('common:card.sideA')}: {dilemma.sides[0].label[language]} <kbd aria-hidden="true">A</kbd>
            </button>
            <button type="button" className="button" aria-keyshortcuts="l" onClick={() => choose('b')}>
              {t('common:card.sideB')}: {dilemma.sides[1].label[language]} <kbd aria-hidden="true">L</kbd>
            </button>
          </div>
          <p className="hint">{t('duel.secret')}</p>
        </fieldset>
      )}
      <p role="status">{t('duel.chosen', { count: answeredCount(session), total: voters })}</p>
      <details>
        <summary>{t('duel.tallyTitle')}</summary>
        <div className="row">
          <label htmlFor={`${id}-a`}>{t('common:card.sideA')}</label>
          <input
            id={`${id}-a`}
            className="input-small"
            type="number"
            min={0}
            value={tally.a}
            onChange={(e) => setTally({ ...tally, a: Math.max(0, Number(e.target.value) || 0) })}
          />
          <label htmlFor={`${id}-b`}>{t('common:card.sideB')}</label>
          <input
            id={`${id}-b`}
            className="input-small"
            type="number"
            min={0}
            value={tally.b}
            onChange={(e) => setTally({ ...tally, b: Math.max(0, Number(e.target.value) || 0) })}
          />
          <button type="button" className="button" onClick={() => dispatch({ type: 'recordTally', ...tally })}>
            {t('duel.saveTally')}
          </button>
        </div>
      </details>
      {view?.results?.kind === 'duel' && <DuelPicture results={view.results} language={language} />}
    </section>
  );
}
