import { CLUSTERS, FORMATS, REFLECTION_THEMES } from './deck-constants';
import type { Deck } from './deck-schema';
import { TABLE_1_FACTORS, TOP_15_FACTORS } from './study';

export const COVERAGE_MINIMUM = { factor: 40, dilemma: 16, reflection: 8 } as const;

/**
 * What the deck lacks against the coverage the product promises: each entry names one missing thing.
 * An empty list means the deck is complete.
 */
export function findCoverageGaps(deck: Deck): string[] {
  const gaps: string[] = [];
  const factors = deck.cards.filter((c) => c.kind === 'factor');
  const count = (kind: string) => deck.cards.filter((c) => c.kind === kind).length;

  if (factors.length < COVERAGE_MINIMUM.factor)
    gaps.push(`factor cards: ${factors.length}, at least ${COVERAGE_MINIMUM.factor} needed`);
  for (const cluster of CLUSTERS)
    if (!factors.some((c) => c.cluster === cluster)) gaps.push(`no factor card in cluster ${cluster}`);
  for (const { name, cluster } of TABLE_1_FACTORS) {
    const card = factors.find((c) => c.table1 === name);
    if (!card) gaps.push(`Table 1 factor without a card: ${name}`);
    else if (card.cluster !== cluster) gaps.push(`Table 1 factor ${name} is in ${card.cluster}, expected ${cluster}`);
  }
  TOP_15_FACTORS.forEach(({ name }, index) => {
    const holders = factors.filter((c) => c.rank === index + 1);
    if (holders.length === 0) gaps.push(`top 15 rank ${index + 1} without a card: ${name}`);
    if (holders.length > 1) gaps.push(`top 15 rank ${index + 1} held by ${holders.length} cards`);
  });

  if (count('dilemma') < COVERAGE_MINIMUM.dilemma)
    gaps.push(`dilemma cards: ${count('dilemma')}, at least ${COVERAGE_MINIMUM.dilemma} needed`);
  for (let step = 0; step <= 5; step++)
    if (!deck.cards.some((c) => c.kind === 'step' && c.step === step)) gaps.push(`no card for step ${step}`);
  if (count('reflection') < COVERAGE_MINIMUM.reflection)
    gaps.push(`reflection cards: ${count('reflection')}, at least ${COVERAGE_MINIMUM.reflection} needed`);
  for (const theme of REFLECTION_THEMES.filter((t) => t !== 'craft'))
    if (!deck.cards.some((c) => c.kind === 'reflection' && c.theme === theme))
      gaps.push(`no reflection card on ${theme}`);
  for (const format of FORMATS)
    if (!deck.cards.some((c) => c.kind === 'instruction' && c.format === format))
      gaps.push(`no instruction card for format ${format}`);
  return gaps;
}
