import { MAX_DECK_BYTES } from './deck-constants';
import { deckSchema, type Deck } from './deck-schema';

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

/** Checks parsed JSON against the deck schema; never throws. */
export function parseDeck(json: unknown): DeckParseResult {
  const result = deckSchema.safeParse(json);
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

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
