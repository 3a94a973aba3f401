import { describe, expect, it } from 'vitest';

import { ANY_QUERY, searchCards } from '../../src/features/console/card-search';
import { dilemmaCard, factorCard } from '../helpers/decks';

const deck = [
  factorCard('caseload', { title: { nl: 'Caseload', en: 'Caseload' }, cluster: 'organisation' }),
  factorCard('intuition', { title: { nl: 'Intuïtie', en: 'Intuition' }, cluster: 'professional', rank: 3 }),
  factorCard('budget', { title: { nl: 'Budget voor re-integratie', en: 'Budget' }, cluster: 'law-policy', rank: 1 }),
  { ...dilemmaCard('hours'), title: { nl: 'De uren zijn op', en: 'The hours are used up' } },
];
const ids = (query: Partial<typeof ANY_QUERY>, language: 'nl' | 'en' = 'nl') =>
  searchCards(deck, { ...ANY_QUERY, ...query }, language).map((c) => c.id);

describe('searching the deck for the card the group names', () => {
  it('finds words at the start of a word in the title or the text, without caring for case or accents', () => {
    expect(ids({ words: 'intuitie' })).toEqual(['intuition']);
    expect(ids({ words: 'UREN op' })).toEqual(['hours']);
    expect(ids({ words: 'ren' })).toEqual([]);
  });

  it('finds a card by the words of the other language too, the shown language first', () => {
    expect(ids({ words: 'intuition' })).toEqual(['intuition']);
    expect(ids({ words: 'hours' }, 'nl')).toEqual(['hours']);
  });

  it('filters by kind, cluster and the top 15, the top 15 in rank order', () => {
    expect(ids({ kind: 'dilemma' })).toEqual(['hours']);
    expect(ids({ cluster: 'organisation' })).toEqual(['caseload']);
    expect(ids({ top15: true })).toEqual(['budget', 'intuition']);
  });
});
