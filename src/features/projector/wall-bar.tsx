import { memo } from 'react';
import { useTranslation } from 'react-i18next';

import type { WallView } from '../../domain/session/wall-view';
import { SessionTimer } from '../../ui/session-timer';

/** What the bar shows of a view: each part kept as the same object while it is equal (see the wall's feed). */
export type WallBarProps = Pick<
  WallView,
  'format' | 'phase' | 'step' | 'turn' | 'caseOwner' | 'decision' | 'progress' | 'revealed' | 'timer'
>;

/**
 * The line at the top of the wall: format and phase, the step, whose turn it is, and the timer. Drawn again only
 * when one of its parts changed: a flip changes none of them.
 */
export const WallBar = memo(function WallBar(view: WallBarProps) {
  const { t } = useTranslation(['projector', 'common']);
  const { timer, turn, step } = view;
  const showTimer = timer.durationMs > 0 && (timer.startedAt !== null || timer.elapsedMs > 0);
  const player = (p: { index: number; name: string }) => p.name || t('player', { number: p.index + 1 });
  return (
    <header className="wall__bar">
      <h1 className="wall__where">
        {t(`common:format.${view.format}`)} <span className="wall__phase">· {t(`phase.${view.phase}`)}</span>
      </h1>
      {step !== null && (
        <p className="wall__step">{t('step', { step, name: t(`common:stepNames.${step}` as 'common:stepNames.0') })}</p>
      )}
      {turn && <p className="wall__turn">{t('turn', { name: player(turn) })}</p>}
      {view.caseOwner && <p className="wall__case-owner">{t('caseOwner', { name: player(view.caseOwner) })}</p>}
      {view.decision && <p className="wall__decision">{t('decision', { text: view.decision })}</p>}
      {view.progress && !view.revealed && (
        <p className="wall__progress" role="status">
          {t('progress', { answered: view.progress.answered, expected: view.progress.expected })}
        </p>
      )}
      {showTimer && <SessionTimer timer={timer} className="wall__timer" />}
    </header>
  );
});
