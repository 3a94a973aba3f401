import { describe, expect, it } from 'vitest';

import { deckInLanguage, joinLanguages } from '../../src/domain/deck-languages';

const deck = {
  schemaVersion: 1,
  id: 'd',
  title: { nl: 'Tegenwicht', en: 'Counterweight' },
  cards: [
    {
      id: 'a',
      kind: 'factor',
      sources: ['000.txt'],
      title: { nl: 'Kaders', en: 'Frameworks' },
      questions: [{ nl: 'Wie?', en: 'Who?' }],
      players: { min: 2, max: 6 },
    },
  ],
};

describe('the built-in deck per language', () => {
  it('keeps only the language asked for in every translated text, and everything else as it is', () => {
    const dutch = deckInLanguage(deck, 'nl');
    expect(dutch.title).toEqual({ nl: 'Tegenwicht' });
    expect(dutch.cards[0]).toEqual({
      id: 'a',
      kind: 'factor',
      sources: ['000.txt'],
      title: { nl: 'Kaders' },
      questions: [{ nl: 'Wie?' }],
      players: { min: 2, max: 6 },
    });
    expect(JSON.stringify(dutch)).not.toContain('Frameworks');
  });

  it('puts the languages back together into the whole deck', () => {
    expect(joinLanguages(deckInLanguage(deck, 'en'), deckInLanguage(deck, 'nl'))).toEqual(deck);
  });
});
