import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import { selectActiveDeck } from '../../state/deck-slice';
import { dispatchSession as dispatch } from '../../state/dispatch-session';
import { selectWallView } from '../../state/projection';
import { useAppStore } from '../../state/store';
import { DrawSourcePicker } from '../../ui/draw-source-picker';
import { shuffleWith } from './console-commands';
import { usePlayerLabel } from './use-player-label';

/**
 * Intervisie-ronde: a case owner brings a case; question cards rotate among the others (next card, next
 * questioner); the round closes with the triple feedback loop.
 */
export function IntervisionPanel() {
  const { t } = useTranslation(['console', 'common']);
  const id = useId();
  const deck = useAppStore(selectActiveDeck);
  const session = useAppStore((s) => s.session!);
  const label = usePlayerLabel();
  const { caseOwner } = session.intervision;
  // The same questioner the wall names: both read the session's projection.
  const questioner = useAppStore((s) => selectWallView(s)?.questioner ?? null);
  const loop = deck?.cards.find((c) => c.kind === 'reflection' && c.theme === 'triple-feedback-loop');

  const close = () => dispatch({ type: 'setPhase', phase: 'closing', ...(loop ? { caseCardId: loop.id } : {}) });

  return (
    <section className="panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('common:format.intervision')}</h2>
      {session.players.length === 0 ? (
        <p className="hint">{t('intervision.needPlayers')}</p>
      ) : (
        <div className="field">
          <label htmlFor={`${id}-owner`}>{t('intervision.caseOwner')}</label>
          <select
            id={`${id}-owner`}
            value={caseOwner ?? ''}
            onChange={(e) =>
              dispatch({ type: 'setCaseOwner', player: e.target.value === '' ? null : Number(e.target.value) })
            }
          >
            <option value="">{t('intervision.noOwner')}</option>
            {session.players.map((_, index) => (
              <option key={index} value={index}>
                {label(index)}
              </option>
            ))}
          </select>
        </div>
      )}
      {questioner && <p role="status">{t('intervision.asks', { player: label(questioner.index) })}</p>}
      <DrawSourcePicker filter={session.filter} onChange={shuffleWith} />
      <p className="hint">{t('intervision.hint')}</p>
      <button type="button" className="button" onClick={close} disabled={session.phase === 'closing'}>
        {t('intervision.close')}
      </button>
    </section>
  );
}
