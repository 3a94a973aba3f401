import { useTranslation } from 'react-i18next';

import { useAppStore } from '../../state/store';
import { DrawSourcePicker } from '../../ui/draw-source-picker';
import { shuffleWith } from './console-commands';
import { usePlayerLabel } from './use-player-label';

/** Trek een kaart, in turns: what to draw from, and whose turn it is. */
export function DrawPanel() {
  const { t } = useTranslation('console');
  const filter = useAppStore((s) => s.session!.filter);
  const turn = useAppStore((s) => s.session!.turn);
  const hasPlayers = useAppStore((s) => s.session!.players.length > 0);
  const label = usePlayerLabel();
  return (
    <section className="panel" aria-labelledby="draw-title">
      <h2 id="draw-title">{t('draw.title')}</h2>
      <DrawSourcePicker filter={filter} onChange={shuffleWith} />
      {hasPlayers && (
        <p role="status">
          {t('players.turn')} <strong>{label(turn)}</strong>
        </p>
      )}
      <p className="hint">{t('draw.hint')}</p>
    </section>
  );
}
