import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

import { assembleSourceDeck } from '../../scripts/deck-source';
import { deckJsonSchema } from '../../scripts/deck-json-schema';
import { findCoverageGaps } from '../../src/domain/deck-coverage';
import { DECK_LIMITS, SEED_FILES } from '../../src/domain/deck-constants';
import type { Deck } from '../../src/domain/deck-schema';
import { parseDeck, parseDeckText } from '../../src/domain/parse-deck';
import { dilemmaCard, factorCard, smallDeck } from '../helpers/decks';

const source = assembleSourceDeck();

/** The study's texts sit beside the repository (../shared/seeds), or where SEEDS_DIR says. */
const SEEDS_DIR = process.env.SEEDS_DIR ?? '../shared/seeds';
const haveSeeds = existsSync(SEEDS_DIR);
if (!haveSeeds) {
  if (process.env.CI === 'true') throw new Error(`The seed texts are missing at ${SEEDS_DIR}`);
  console.warn(`\n!!! No seed texts at ${SEEDS_DIR}: SKIPPING the check that no card copies a seed sentence. !!!\n`);
}

describe('the built-in deck in cards/', () => {
  const result = parseDeck(source);

  it('passes the schema', () => {
    expect(result.ok ? [] : result.problems).toEqual([]);
  });

  it('covers what the product promises (each gap is named)', () => {
    expect(findCoverageGaps((result as { deck: Deck }).deck)).toEqual([]);
  });

  it('has a Dutch and an English text in every field, never the same placeholder twice', () => {
    const deck = (result as { deck: Deck }).deck;
    for (const card of deck.cards) {
      expect(card.title.nl, card.id).not.toBe('');
      expect(card.title.en, card.id).not.toBe('');
      expect(card.text.nl, card.id).not.toBe(card.text.en);
    }
  });

  it('cites for every card sources that are in its sources list, and the list names all five seed files', () => {
    const deck = (result as { deck: Deck }).deck;
    const ids = new Set(deck.sources.map((s) => s.id));
    for (const card of deck.cards) {
      expect(card.sources.length, card.id).toBeGreaterThan(0);
      for (const id of card.sources) expect(ids, `${card.id} cites ${id}`).toContain(id);
    }
    expect(deck.sources.map((s) => s.file).sort()).toEqual([...SEED_FILES].sort());
  });

  it('says on every card in words where it comes from, never by file name', () => {
    const deck = (result as { deck: Deck }).deck;
    for (const card of deck.cards) {
      for (const words of [card.origin.nl, card.origin.en]) expect(words, card.id).not.toMatch(/\.txt|_[0-9a-f]{6}/);
      if (card.kind === 'factor' && card.table1) {
        expect(card.origin.nl, card.id).toContain('tabel 1');
        expect(card.origin.en, card.id).toContain('Table 1');
      }
      if (card.kind === 'factor' && card.rank) {
        expect(card.origin.nl, card.id).toContain(`top 15 nr. ${card.rank}`);
        expect(card.origin.en, card.id).toContain(`top 15 no. ${card.rank}`);
      }
      if (card.sources.length === 1 && card.sources[0] === 'rwi-vak-apart')
        expect(card.origin.nl, card.id).toContain('RWI, Een vak apart (2012)');
      if (card.sources.length === 1 && card.sources[0] === 'interview-blonk')
        expect(card.origin.nl, card.id).toContain('Roland Blonk');
    }
  });

  it.runIf(haveSeeds)('copies no sentence from the seeds: no run of 10 words of a card appears in a seed', () => {
    const normalise = (s: string) =>
      s
        .toLowerCase()
        .replace(/[^\p{L}\p{N}]+/gu, ' ')
        .trim();
    const runsOf = (words: string[]) =>
      words.slice(0, Math.max(0, words.length - 9)).map((_, i) => words.slice(i, i + 10).join(' '));
    const seedRuns = new Set(
      SEED_FILES.flatMap((f) => runsOf(normalise(readFileSync(`${SEEDS_DIR}/${f}`, 'utf8')).split(' '))),
    );
    const deck = (result as { deck: Deck }).deck;
    const copied: string[] = [];
    for (const card of deck.cards)
      for (const run of runsOf(normalise(JSON.stringify(card)).split(' ')))
        if (seedRuns.has(run)) copied.push(`${card.id}: ${run}`);
    expect(copied).toEqual([]);
  });

  it('publishes a JSON Schema that matches the schema the app validates with', () => {
    const published = readFileSync(new URL('../../public/deck.schema.json', import.meta.url), 'utf8');
    expect(published.trim(), 'run `npm run schema` to update public/deck.schema.json').toBe(deckJsonSchema().trim());
  });
});

describe('coverage check', () => {
  it('names what a thin deck lacks', () => {
    const gaps = findCoverageGaps(smallDeck());
    expect(gaps).toContain('factor cards: 4, at least 40 needed');
    expect(gaps).toContain('Table 1 factor without a card: Caseload');
    expect(gaps).toContain('top 15 rank 1 without a card: Eigen vakinhoudelijke competenties en vaardigheden');
    expect(gaps).toContain('no card for step 3');
    expect(gaps).toContain('no instruction card for format dilemma-duel');
  });
});

describe('loading a deck', () => {
  const problemsOf = (text: string) => {
    const result = parseDeckText(text);
    if (result.ok) throw new Error('expected the deck to be refused');
    return result.problems;
  };
  const withCards = (mutate: (cards: Record<string, unknown>[]) => void) => {
    const deck = structuredClone(smallDeck()) as unknown as { cards: Record<string, unknown>[] };
    mutate(deck.cards);
    return JSON.stringify(deck);
  };

  it('accepts a valid deck', () => {
    expect(parseDeckText(JSON.stringify(smallDeck())).ok).toBe(true);
  });

  it('refuses text that is not JSON', () => {
    expect(problemsOf('{ "cards": [')[0]!.message).toMatch(/not valid JSON/);
  });

  it('names the card and the field when a field is missing', () => {
    const [problem] = problemsOf(withCards((cards) => delete (cards[1]!.title as Record<string, unknown>).en));
    expect(problem).toEqual({
      cardNumber: 2,
      cardId: 'f-2',
      field: 'title.en',
      message: 'Invalid input: expected string, received undefined',
    });
  });

  it('refuses an unknown kind of card', () => {
    const [problem] = problemsOf(withCards((cards) => (cards[0]!.kind = 'joker')));
    expect(problem).toMatchObject({ cardNumber: 1, cardId: 'f-1', field: 'kind' });
    expect(problem!.message).toBe(
      "Invalid discriminator value. Expected 'factor' | 'dilemma' | 'step' | 'reflection' | 'instruction'",
    );
  });

  it('refuses a duplicate id and says which card it repeats', () => {
    const [problem] = problemsOf(withCards((cards) => (cards[3]!.id = 'f-1')));
    expect(problem).toMatchObject({ cardNumber: 4, field: 'id', message: 'duplicates the id of card 1' });
  });

  it('refuses markup in a text', () => {
    const [problem] = problemsOf(
      withCards((cards) => ((cards[0]!.text as Record<string, string>).nl = 'Hallo <img src=x onerror=alert(1)>')),
    );
    expect(problem).toMatchObject({ cardNumber: 1, field: 'text.nl' });
    expect(problem!.message).toMatch(/markup/);
  });

  it('refuses a file larger than 2 MB before parsing it', () => {
    const [problem] = problemsOf(' '.repeat(2 * 1024 * 1024 + 1));
    expect(problem!.message).toMatch(/at most 2 MB/);
  });

  it('refuses a card citing a source that is not in the sources list, and names the card', () => {
    const [problem] = problemsOf(withCards((cards) => (cards[0]!.sources = ['wikipedia'])));
    expect(problem).toMatchObject({ cardNumber: 1, cardId: 'f-1', field: 'sources.0' });
    expect(problem!.message).toMatch(/not in the deck's sources list/);
  });

  it('reads a version 1 deck that cites seed files: the files become sources, each card says where it comes from', () => {
    const v1 = structuredClone(smallDeck()) as unknown as Record<string, unknown> & {
      cards: Record<string, unknown>[];
    };
    v1.schemaVersion = 1;
    delete v1.sources;
    for (const card of v1.cards) {
      card.sources = ['002_41edbde8698e91bd.txt'];
      delete card.origin;
    }
    const upgraded = parseDeckText(JSON.stringify(v1));
    expect(upgraded.ok ? [] : upgraded.problems).toEqual([]);
    const deck = (upgraded as { deck: Deck }).deck;
    expect(deck.sources.map((s) => s.id)).toEqual(['rwi-vak-apart']);
    expect(deck.cards[0]!.origin.nl).toBe('RWI, Een vak apart (2012)');
  });
});

describe('the bounds a wall can carry', () => {
  const over = (bound: number) => 'x'.repeat(bound + 1);
  const problemsWith = (card: Record<string, unknown>) => {
    const deck = structuredClone(smallDeck()) as unknown as { cards: Record<string, unknown>[] };
    deck.cards[1] = card;
    const result = parseDeck(deck);
    if (result.ok) throw new Error('expected the deck to be refused');
    return result.problems;
  };
  const factor = () => structuredClone(factorCard('f-2')) as unknown as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
  const dilemma = () => structuredClone(dilemmaCard('f-2')) as unknown as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

  it.each([
    ['title.nl', DECK_LIMITS.title, (c: Record<string, any>, s: string) => (c.title.nl = s)], // eslint-disable-line @typescript-eslint/no-explicit-any
    ['text.en', DECK_LIMITS.text, (c: Record<string, any>, s: string) => (c.text.en = s)], // eslint-disable-line @typescript-eslint/no-explicit-any
    ['questions.1.nl', DECK_LIMITS.question, (c: Record<string, any>, s: string) => (c.questions[1].nl = s)], // eslint-disable-line @typescript-eslint/no-explicit-any
    ['origin.en', DECK_LIMITS.origin, (c: Record<string, any>, s: string) => (c.origin.en = s)], // eslint-disable-line @typescript-eslint/no-explicit-any
    ['table1', DECK_LIMITS.table1, (c: Record<string, any>, s: string) => (c.table1 = s)], // eslint-disable-line @typescript-eslint/no-explicit-any
  ])('refuses a factor whose %s is over %i characters, naming card, field and length', (field, bound, set) => {
    const card = factor();
    set(card, over(bound));
    expect(problemsWith(card)).toEqual([
      {
        cardNumber: 2,
        cardId: 'f-2',
        field,
        message: `is ${bound + 1} characters long; at most ${bound} are allowed`,
      },
    ]);
  });

  it.each([
    ['sides.0.text.nl', DECK_LIMITS.side, (c: Record<string, any>, s: string) => (c.sides[0].text.nl = s)], // eslint-disable-line @typescript-eslint/no-explicit-any
    ['sides.1.label.en', DECK_LIMITS.sideLabel, (c: Record<string, any>, s: string) => (c.sides[1].label.en = s)], // eslint-disable-line @typescript-eslint/no-explicit-any
  ])('refuses a dilemma whose %s is over %i characters, naming card, field and length', (field, bound, set) => {
    const card = dilemma();
    set(card, over(bound));
    expect(problemsWith(card)).toEqual([
      { cardNumber: 2, cardId: 'f-2', field, message: `is ${bound + 1} characters long; at most ${bound} are allowed` },
    ]);
  });

  it('takes the bounds from one place: the wall is laid out for title 45, text 300, side 200, question 160', () => {
    expect(DECK_LIMITS).toMatchObject({ title: 45, text: 300, side: 200, question: 160 });
  });

  it('refuses an id the wall view could not carry', () => {
    const card = factor();
    card.id = 'f-' + 'x'.repeat(DECK_LIMITS.id);
    expect(problemsWith(card)[0]).toMatchObject({ cardNumber: 2, field: 'id' });
  });

  it('refuses a tension that is not a short key, and markup in table1', () => {
    const card = dilemma();
    card.tension = 'x'.repeat(300 * 1024);
    expect(problemsWith(card)[0]).toMatchObject({ cardNumber: 2, field: 'tension' });
    const marked = factor();
    marked.table1 = '<img src=x onerror=alert(1)>';
    expect(problemsWith(marked)[0]).toMatchObject({
      cardNumber: 2,
      field: 'table1',
      message: expect.stringMatching(/markup/),
    });
  });

  it('refuses markup and over-long text in the sources list', () => {
    const deck = structuredClone(smallDeck()) as unknown as { sources: Record<string, unknown>[] };
    deck.sources[0]!.title = 'x'.repeat(DECK_LIMITS.sourceTitle + 1);
    deck.sources[0]!.author = '<script>alert(1)</script>';
    const result = parseDeck(deck);
    expect(result.ok ? [] : result.problems.map((p) => p.field)).toEqual(['sources.0.title', 'sources.0.author']);
  });
});
