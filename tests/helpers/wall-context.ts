import type { Card } from '../../src/domain/deck-schema';
import type { WallViewContext } from '../../src/domain/session/wall-view';

/** What the console gives the wall view to build from, over a few test cards, plain side labels and no instruction. */
export function wallContext(cards: readonly Card[], overrides: Partial<WallViewContext> = {}): WallViewContext {
  return {
    card: (id) => cards.find((c) => c.id === id),
    sideLabels: [
      { nl: 'Kant A', en: 'Side A' },
      { nl: 'Kant B', en: 'Side B' },
    ],
    instruction: () => undefined,
    now: 0,
    ...overrides,
  };
}
