import { useAppStore } from '../../state/store';
import { AnswerModeControl } from './answer-mode-control';
import { DrawPanel } from './draw-panel';
import { DuelPanel } from './duel-panel';
import { IntervisionPanel } from './intervision-panel';
import { RankPanel } from './rank-panel';
import { SlowDownPanel } from './slow-down-panel';
import { WeighPanel } from './weigh-panel';

/** The controls of the chosen session format, with how the group answers on top where the format asks. */
export function FormatPanel() {
  const format = useAppStore((s) => s.session!.format);
  return (
    <>
      <AnswerModeControl />
      {format === 'draw' && <DrawPanel />}
      {format === 'weigh' && <WeighPanel />}
      {format === 'slow-down' && <SlowDownPanel />}
      {format === 'dilemma-duel' && <DuelPanel />}
      {format === 'intervision' && <IntervisionPanel />}
      {format === 'rank' && <RankPanel />}
    </>
  );
}
