import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

import { assembleSourceDeck } from '../../scripts/deck-source';
import { deckJsonSchema } from '../../scripts/deck-json-schema';
import { findCoverageGaps } from '../../src/domain/deck-coverage';
import { SEED_FILES } from '../../src/domain/deck-constants';
import type { Deck } from '../../src/domain/deck-schema';
import { parseDeck, parseDeckText } from '../../src/domain/parse-deck';
import { smallDeck } from '../helpers/decks';

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

  it('names for every card the seed files its facts come from', () => {
    const deck = (result as { deck: Deck }).deck;
    for (const card of deck.cards) {
      expect(card.sources.length, card.id).toBeGreaterThan(0);
      for (const file of card.sources) expect(SEED_FILES).toContain(file);
    }
  });

  it.runIf(haveSeeds)('copies no sentence from the seeds: no run of 10 words of a card appears in a seed', () => {
    const normalise = (s: string) =>
      s
        .toLowerCase()
        .replace(/[^\p{L}\p{N}]+/gu, ' ')
        .trim();
    const seeds = SEED_FILES.map((f) => normalise(readFileSync(`${SEEDS_DIR}/${f}`, 'utf8'))).join(' | ');
    const deck = (result as { deck: Deck }).deck;
    const copied: string[] = [];
    for (const card of deck.cards) {
      const words = normalise(JSON.stringify(card)).split(' ');
      for (let i = 0; i + 10 <= words.length; i++) {
        const run = words.slice(i, i + 10).join(' ');
        if (seeds.includes(run)) copied.push(`${card.id}: ${run}`);
      }
    }
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
    expect(problem).toMatchObject({ cardNumber: 2, cardId: 'f-2', field: 'title.en' });
  });

  it('refuses an unknown kind of card', () => {
    const [problem] = problemsOf(withCards((cards) => (cards[0]!.kind = 'joker')));
    expect(problem).toMatchObject({ cardNumber: 1, cardId: 'f-1', field: 'kind' });
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

  it('refuses a card naming a file that is not a seed', () => {
    const [problem] = problemsOf(withCards((cards) => (cards[0]!.sources = ['wikipedia.txt'])));
    expect(problem).toMatchObject({ cardNumber: 1, field: 'sources.0' });
  });
});
