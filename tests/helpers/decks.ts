import type { Card, Deck } from '../../src/domain/deck-schema';

const text = (nl: string, en = nl) => ({ nl, en });
const SOURCE = ['samenvatting'] as const;
const ORIGIN = text('Onderzoek, samenvatting', 'Study, summary');

/** The sources list of the test decks. */
export const TEST_SOURCES: Deck['sources'] = [
  { id: 'samenvatting', kind: 'study', title: 'Een samenvatting', author: 'Onderzoekers', year: 2021 },
];

export function factorCard(id: string, overrides: Partial<Extract<Card, { kind: 'factor' }>> = {}): Card {
  return {
    id,
    kind: 'factor',
    cluster: 'client',
    title: text(`Factor ${id}`, `Factor ${id} (en)`),
    text: text(`Uitleg bij ${id}.`, `About ${id}.`),
    questions: [text('Vraag een?', 'Question one?'), text('Vraag twee?', 'Question two?')],
    sources: [...SOURCE],
    origin: ORIGIN,
    ...overrides,
  };
}

export function dilemmaCard(id: string): Card {
  return {
    id,
    kind: 'dilemma',
    tension: 'rule-or-custom',
    title: text(`Dilemma ${id}`),
    text: text('Een situatie.'),
    sides: [
      { label: text('Regel'), text: text('Houd je aan de regel.') },
      { label: text('Maatwerk'), text: text('Kijk naar deze klant.') },
    ],
    questions: [text('Wat doe jij?')],
    sources: [...SOURCE],
    origin: ORIGIN,
  };
}

/** A small valid deck for tests. */
export function smallDeck(id = 'test-deck', size = 6): Deck {
  const cards: Card[] = [];
  for (let i = 1; i <= size; i++) cards.push(i % 3 === 0 ? dilemmaCard(`d-${i}`) : factorCard(`f-${i}`));
  return { schemaVersion: 2, id, title: text('Teststapel', 'Test deck'), sources: TEST_SOURCES, cards };
}
