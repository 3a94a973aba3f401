import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';

import { duelTurn, screenVoter } from '../../domain/session/play-rules';
import type { Side } from '../../domain/session/session-state';
import { selectActiveDeck } from '../../state/deck-slice';
import { dispatchSession as dispatch } from '../../state/dispatch-session';
import { selectWallView } from '../../state/projection';
import { useAppStore } from '../../state/store';
import { DuelPicture } from '../../ui/duel-picture';
import { useShortcuts } from '../../ui/use-shortcuts';
import { usePlayerLabel } from './use-player-label';
import { AskAgain } from './ask-again';

/**
 * Dilemma-duel: a dilemma on the table; on one screen players choose a side in turn, hidden (keys A and L),
 * or the facilitator enters a split counted by hand, or in a room the phones choose (and these controls are
 * gone); reveal shows the split.
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
  const view = useAppStore(selectWallView);
  const turn = duelTurn(session);
  const choose = (side: Side) => {
    if (turn && turn !== 'done') dispatch({ type: 'recordVote', voter: screenVoter(turn.player), side });
  };
  // Sides are keys on one screen only: in a room a stray A on the console is no answer.
  useShortcuts({ a: () => choose('a'), l: () => choose('b') }, session.answerMode === 'screen');
  const progress = view?.progress ?? null;

  return (
    <section className="panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('common:format.dilemma-duel')}</h2>
      <p>
        <strong>{t('duel.dilemma')}</strong> {dilemma ? dilemma.title[language] : t('duel.noDilemma')}
      </p>
      {dilemma && turn && turn !== 'done' && (
        <fieldset>
          <legend>{t('duel.whoChooses', { player: label(turn.player) })}</legend>
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
      {turn === 'done' && <p className="hint">{t('duel.everyone')}</p>}
      {session.answerMode === 'room' && !session.revealed && session.caseCardId !== null && (
        <p className="hint">{t('answers.onPhones')}</p>
      )}
      {progress && <p role="status">{t('duel.chosen', { count: progress.answered, total: progress.expected })}</p>}
      {session.answerMode !== 'room' && (
        <details open={session.answerMode === 'hands'}>
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
      )}
      <AskAgain />
      {view?.results?.kind === 'duel' && <DuelPicture results={view.results} language={language} />}
    </section>
  );
}
