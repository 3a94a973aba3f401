import {
  CARD_KINDS,
  CLUSTERS,
  DECK_LIMITS,
  FORMATS,
  LANGUAGES,
  REFLECTION_THEMES,
  type CardKind,
  type Language,
} from './deck-constants';
import type { Deck, Localized } from './deck-schema';
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

/** The longest text of one field across a kind of card, in either language. */
export interface Longest {
  field: 'title' | 'text' | 'side' | 'question';
  length: number;
  bound: number;
  cardId: string;
  language: Language;
}

/** Per kind of card, the longest title, text, dilemma side and question, with the bound each must stay within. */
export function longestTexts(deck: Deck): Map<CardKind, Longest[]> {
  const result = new Map<CardKind, Longest[]>();
  for (const kind of CARD_KINDS) {
    const best = new Map<Longest['field'], Longest>();
    const consider = (field: Longest['field'], bound: number, cardId: string, text: Localized) => {
      for (const language of LANGUAGES) {
        const length = text[language].length;
        const current = best.get(field);
        if (!current || length > current.length) best.set(field, { field, length, bound, cardId, language });
      }
    };
    for (const card of deck.cards) {
      if (card.kind !== kind) continue;
      consider('title', DECK_LIMITS.title, card.id, card.title);
      consider('text', DECK_LIMITS.text, card.id, card.text);
      if (card.kind === 'dilemma')
        for (const side of card.sides) consider('side', DECK_LIMITS.side, card.id, side.text);
      if (card.kind === 'instruction')
        for (const step of card.steps) consider('question', DECK_LIMITS.instructionStep, card.id, step);
      else for (const question of card.questions) consider('question', DECK_LIMITS.question, card.id, question);
    }
    if (best.size) result.set(kind, [...best.values()]);
  }
  return result;
}
