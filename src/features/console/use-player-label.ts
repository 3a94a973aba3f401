import { useTranslation } from 'react-i18next';

import { useAppStore } from '../../state/store';

/** The name of a player, or "Speler 3" when it has none. */
export function usePlayerLabel() {
  const { t } = useTranslation('console');
  const players = useAppStore((s) => s.session!.players);
  return (index: number) => players[index] || t('players.numbered', { number: index + 1 });
}

/** The key answers of an on-screen player are kept under; room participants have their own ids. */
export const voterKey = (index: number) => `p${index + 1}`;
