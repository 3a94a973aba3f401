import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';

import { currentCardId } from '../../domain/deal';
import { screenVoter, weighTurn } from '../../domain/session/play-rules';
import type { Side } from '../../domain/session/session-state';
import { selectActiveDeck } from '../../state/deck-slice';
import { dispatchSession as dispatch } from '../../state/dispatch-session';
import { selectWallView } from '../../state/projection';
import { useAppStore } from '../../state/store';
import { useShortcuts } from '../../ui/use-shortcuts';
import { WeighPicture } from '../../ui/weigh-picture';
import { AskAgain } from './ask-again';
import { usePlayerLabel } from './use-player-label';

/**
 * Weeg de factoren: a case on the table, factor cards on the scale (side A or B), and on one screen each
 * player in turn gives every factor a weight from 1 to 5 (keys 1-5); the session says who weighs which
 * factor and when everyone has. In a room the phones weigh and these controls are gone. The wall shows the
 * spread once revealed.
 */
export function WeighPanel() {
  const { t } = useTranslation(['console', 'common']);
  const deck = useAppStore(selectActiveDeck);
  const { session, language } = useAppStore(useShallow((s) => ({ session: s.session!, language: s.language })));
  const label = usePlayerLabel();
  const view = useAppStore(selectWallView);
  const byId = (id: string | null) => (id ? deck?.cards.find((c) => c.id === id) : undefined);
  const current = byId(session.deal ? currentCardId(session.deal) : null);
  const caseCard = byId(session.caseCardId);
  const placed = session.weigh.placed;
  const turn = weighTurn(session);
  const onScreen = session.answerMode === 'screen';
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
    if (turn && turn !== 'done')
      dispatch({ type: 'recordWeight', voter: screenVoter(turn.player), factorId: turn.factorId, weight });
  };
  useShortcuts({ '[': () => place('a'), ']': () => place('b') });
  // Weights are keys on one screen only: in a room a stray 1 on the console is no answer.
  useShortcuts(
    { '1': () => weigh(1), '2': () => weigh(2), '3': () => weigh(3), '4': () => weigh(4), '5': () => weigh(5) },
    onScreen,
  );
  const progress = view?.progress ?? null;

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
      {turn && turn !== 'done' && (
        <fieldset className="weigh-entry">
          <legend>
            {t('weigh.whoWeighs', {
              player: label(turn.player),
              factor: byId(turn.factorId)?.title[language] ?? turn.factorId,
            })}
          </legend>
          <div className="row">
            {[1, 2, 3, 4, 5].map((w) => (
              <button
                key={w}
                type="button"
                className="button weight-button"
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
      {turn === 'done' && <p className="hint">{t('weigh.everyone')}</p>}
      {session.answerMode === 'room' && !session.revealed && placed.length > 0 && (
        <p className="hint">{t('answers.onPhones')}</p>
      )}
      {progress && (
        <p role="status">{t('answers.weighed', { answered: progress.answered, expected: progress.expected })}</p>
      )}
      <AskAgain />
      {view?.results?.kind === 'weigh' && <WeighPicture results={view.results} language={language} />}
    </section>
  );
}
