import english from 'zod/v4/locales/en.js';

import { DECK_SCHEMA_VERSION, MAX_DECK_BYTES } from './deck-constants';
import { deckSchema, type Deck, type Localized } from './deck-schema';
import { STUDY_SOURCES } from './study';

/** One thing wrong with a deck, pinned to the card and field where possible. */
export interface DeckProblem {
  /** 1-based position of the card in the deck, when the problem is inside a card. */
  cardNumber?: number;
  cardId?: string;
  /** Dotted path inside the card (or the deck), such as `title.en` or `questions.1.nl`. */
  field: string;
  message: string;
}

export type DeckParseResult = { ok: true; deck: Deck } | { ok: false; problems: DeckProblem[] };

const fail = (message: string, field = ''): DeckParseResult => ({ ok: false, problems: [{ field, message }] });

/** Reads a deck from the text of a file; never throws. */
export function parseDeckText(text: string): DeckParseResult {
  const tooLarge = checkDeckSize(new TextEncoder().encode(text).length);
  if (tooLarge) return tooLarge;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return fail(`the file is not valid JSON (${(error as Error).message})`);
  }
  return parseDeck(json);
}

/** Refuses a deck file over the size limit before it is read; `null` when the size is fine. */
export function checkDeckSize(bytes: number): DeckParseResult | null {
  if (bytes <= MAX_DECK_BYTES) return null;
  return fail(`the file is ${(bytes / 1024 / 1024).toFixed(1)} MB; a deck may be at most 2 MB`);
}

/**
 * zod's English wording for what the deck schema does not word itself ("Invalid input: expected string,
 * received undefined"). The functional build the app uses carries no wording, so a deck author would read
 * only "Invalid input"; the wording loads with this module, when someone brings a deck of their own.
 */
const deckMessages = english().localeError;

/** Checks parsed JSON against the deck schema; never throws. */
export function parseDeck(input: unknown): DeckParseResult {
  const json = upgradeDeck(input);
  const result = deckSchema.safeParse(json, { error: deckMessages });
  if (result.success) return { ok: true, deck: result.data };
  const cards = isRecord(json) && Array.isArray(json.cards) ? json.cards : [];
  const problems = result.error.issues.slice(0, 50).map((issue): DeckProblem => {
    const path = issue.path.map(String);
    if (path[0] === 'cards' && path.length >= 2) {
      const index = Number(path[1]);
      const card: unknown = cards[index];
      const id = isRecord(card) && typeof card.id === 'string' ? card.id : undefined;
      return { cardNumber: index + 1, cardId: id, field: path.slice(2).join('.'), message: issue.message };
    }
    return { field: path.join('.'), message: issue.message };
  });
  return { ok: false, problems };
}

/** How a version 1 deck's citation of a seed file reads on the card, by source id. */
const ORIGIN_OF_SOURCE: Record<string, Localized> = {
  literatuurstudie: { nl: 'Onderzoek, literatuurstudie', en: 'Study, literature review' },
  nieuwsbericht: { nl: 'Nieuwsbericht over het onderzoek', en: 'News item on the study' },
  'rwi-vak-apart': { nl: 'RWI, Een vak apart (2012)', en: 'RWI, Een vak apart (2012)' },
  'interview-blonk': { nl: 'Interview met Roland Blonk', en: 'Interview with Roland Blonk' },
  managementsamenvatting: { nl: 'Onderzoek, managementsamenvatting', en: 'Study, management summary' },
};

/**
 * Reads a version 1 deck (cards citing the study's seed files by file name) as the current version: the
 * files become the sources list's ids and each card says in words where it comes from. Anything else is
 * returned as it is, for the schema to judge.
 */
export function upgradeDeck(json: unknown): unknown {
  if (!isRecord(json) || json.schemaVersion !== 1 || !Array.isArray(json.cards)) return json;
  const idOfFile = new Map(STUDY_SOURCES.map((source) => [source.file, source.id]));
  const cited = new Set<string>();
  const cards = json.cards.map((card: unknown) => {
    if (!isRecord(card) || !Array.isArray(card.sources)) return card;
    const sources = card.sources.map((file: unknown) =>
      typeof file === 'string' ? (idOfFile.get(file) ?? file) : file,
    );
    for (const id of sources) if (typeof id === 'string') cited.add(id);
    const first = typeof sources[0] === 'string' ? ORIGIN_OF_SOURCE[sources[0]] : undefined;
    return { ...(first ? { origin: first } : {}), ...card, sources };
  });
  const sources = STUDY_SOURCES.filter((source) => cited.has(source.id));
  return { ...json, schemaVersion: DECK_SCHEMA_VERSION, sources, cards };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
