import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';

import { currentCardId } from '../../domain/deal';
import { answeredCount } from '../../domain/session/session-results';
import type { Side } from '../../domain/session/session-state';
import { selectActiveDeck } from '../../state/deck-slice';
import { dispatchSession as dispatch } from '../../state/dispatch-session';
import { useAppStore } from '../../state/store';
import { useShortcuts } from '../../ui/use-shortcuts';
import { WeighPicture } from '../../ui/weigh-picture';
import { currentWallView } from './use-wall-link';
import { usePlayerLabel, voterKey } from './use-player-label';

/**
 * Weeg de factoren: a case on the table, factor cards on the scale (side A or B), and each player in turn
 * gives every factor a weight from 1 to 5 (keys 1-5). The wall shows the spread once revealed.
 */
export function WeighPanel() {
  const { t } = useTranslation(['console', 'common']);
  const deck = useAppStore(selectActiveDeck);
  const { session, language } = useAppStore(useShallow((s) => ({ session: s.session!, language: s.language })));
  const label = usePlayerLabel();
  const [position, setPosition] = useState(0);
  const byId = (id: string | null) => (id ? deck?.cards.find((c) => c.id === id) : undefined);
  const current = byId(session.deal ? currentCardId(session.deal) : null);
  const caseCard = byId(session.caseCardId);
  const placed = session.weigh.placed;
  const factor = placed.length ? placed[position % placed.length] : undefined;
  const voter = voterKey(session.turn);
  const sideName = (side: Side) => {
    const letter = t(side === 'a' ? 'common:card.sideA' : 'common:card.sideB');
    return caseCard?.kind === 'dilemma'
      ? `${letter} (${caseCard.sides[side === 'a' ? 0 : 1].label[language]})`
      : letter;
  };

  const place = (side: Side) => {
    if (current?.kind === 'factor') dispatch({ type: 'placeFactor', factorId: current.id, side });
  };
  const weigh = (weight: number) => {
    if (!factor || session.revealed) return;
    dispatch({ type: 'recordWeight', voter, factorId: factor.factorId, weight });
    if ((position % placed.length) + 1 < placed.length) setPosition((position % placed.length) + 1);
    else {
      setPosition(0);
      dispatch({ type: 'nextTurn' });
    }
  };
  useShortcuts({
    '1': () => weigh(1),
    '2': () => weigh(2),
    '3': () => weigh(3),
    '4': () => weigh(4),
    '5': () => weigh(5),
    '[': () => place('a'),
    ']': () => place('b'),
  });
  const view = session.revealed ? currentWallView(useAppStore.getState()) : null;
  const given = factor ? session.weigh.weights[factor.factorId]?.[voter] : undefined;

  return (
    <section className="panel weigh-panel" aria-labelledby="weigh-title">
      <h2 id="weigh-title">{t('common:format.weigh')}</h2>
      <p>
        <strong>{t('weigh.case')}</strong> {caseCard ? caseCard.title[language] : t('weigh.noCase')}
      </p>
      <div className="row" role="group" aria-label={t('weigh.placeGroup')}>
        {(['a', 'b'] as const).map((side) => (
          <button
            key={side}
            type="button"
            className="button"
            disabled={current?.kind !== 'factor'}
            onClick={() => place(side)}
            aria-keyshortcuts={side === 'a' ? '[' : ']'}
          >
            {t('weigh.placeOn', { side: sideName(side) })} <kbd aria-hidden="true">{side === 'a' ? '[' : ']'}</kbd>
          </button>
        ))}
      </div>
      {placed.length === 0 ? (
        <p className="hint">{t('weigh.nothingPlaced')}</p>
      ) : (
        <ul className="placed-list" aria-label={t('weigh.onScale')}>
          {placed.map((p) => (
            <li key={p.factorId}>
              {byId(p.factorId)?.title[language] ?? p.factorId} — {sideName(p.side)}
              <button
                type="button"
                className="button button--small"
                onClick={() => dispatch({ type: 'removeFactor', factorId: p.factorId })}
              >
                {t('weigh.remove')}
                <span className="visually-hidden"> {byId(p.factorId)?.title[language]}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {factor && !session.revealed && (
        <fieldset className="weigh-entry">
          <legend>
            {t('weigh.whoWeighs', {
              player: label(session.turn),
              factor: byId(factor.factorId)?.title[language] ?? factor.factorId,
            })}
          </legend>
          <div className="row">
            {[1, 2, 3, 4, 5].map((w) => (
              <button
                key={w}
                type="button"
                className="button weight-button"
                aria-pressed={given === w}
                aria-keyshortcuts={String(w)}
                onClick={() => weigh(w)}
              >
                {w}
              </button>
            ))}
          </div>
          <p className="hint">{t('weigh.scaleHint')}</p>
        </fieldset>
      )}
      <p role="status">{t('answers.count', { count: answeredCount(session) })}</p>
      {view?.results?.kind === 'weigh' && <WeighPicture results={view.results} language={language} />}
    </section>
  );
}
