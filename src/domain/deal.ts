import type { CardKind, Cluster } from './deck-constants';
import { createRandom } from './random';
import { shuffle } from './shuffle';

/** Which cards a deal draws from; `null` means any. A cluster only applies to factor cards. */
export interface DealFilter {
  kind: CardKind | null;
  cluster: Cluster | null;
}

export const ANY_CARD: DealFilter = { kind: null, cluster: null };

/**
 * A deal in progress, as plain JSON. The same seed and the same steps give the same deal on every device.
 * `drawn` is this round's history (oldest first) and `cursor` points at the card on the table.
 */
export interface Deal {
  seed: string;
  round: number;
  filter: DealFilter;
  /** Cards still to come this round, the next one first. */
  pile: string[];
  drawn: string[];
  /** Index in `drawn` of the card on the table; -1 when no card is on the table. */
  cursor: number;
  /** Cards taken out of play; they do not come back on a reshuffle. */
  discarded: string[];
}

interface FilterableCard {
  id: string;
  kind: CardKind;
  cluster?: Cluster;
}

export function matchesFilter(card: FilterableCard, filter: DealFilter): boolean {
  if (filter.kind !== null && card.kind !== filter.kind) return false;
  if (filter.cluster !== null && card.cluster !== filter.cluster) return false;
  return true;
}

export function createDeal(cards: readonly FilterableCard[], seed: string, filter: DealFilter = ANY_CARD): Deal {
  return createDealFromIds(
    cards.filter((card) => matchesFilter(card, filter)).map((card) => card.id),
    seed,
    filter,
  );
}

/** A deal of the given card ids (already filtered), shuffled from the seed; duplicate ids count once. */
export function createDealFromIds(ids: readonly string[], seed: string, filter: DealFilter = ANY_CARD): Deal {
  return {
    seed,
    round: 0,
    filter,
    pile: shuffle([...new Set(ids)], createRandom(`${seed}/0`)),
    drawn: [],
    cursor: -1,
    discarded: [],
  };
}

export function currentCardId(deal: Deal): string | null {
  return deal.drawn[deal.cursor] ?? null;
}

/** Cards left to draw before the pile is used up. */
export function cardsLeft(deal: Deal): number {
  return deal.pile.length + Math.max(0, deal.drawn.length - 1 - deal.cursor);
}

/**
 * Shuffles every card still in play into a new pile. Nothing repeats within a round; the card that was on
 * the table does not open the new round when another card can.
 */
export function reshuffle(deal: Deal): Deal {
  const round = deal.round + 1;
  const pile = shuffle([...deal.drawn, ...deal.pile], createRandom(`${deal.seed}/${round}`));
  const last = currentCardId(deal);
  if (pile.length > 1 && pile[0] === last) pile.push(pile.shift()!);
  return { ...deal, round, pile, drawn: [], cursor: -1 };
}

/** Goes forward: to the next card already drawn, or draws a new one; starts a new round when the pile is empty. */
export function drawCard(deal: Deal): Deal {
  if (deal.cursor < deal.drawn.length - 1) return { ...deal, cursor: deal.cursor + 1 };
  let from = deal;
  if (from.pile.length === 0) {
    if (from.drawn.length === 0) return deal;
    from = reshuffle(from);
  }
  const [next, ...pile] = from.pile;
  const drawn = [...from.drawn, next!];
  return { ...from, pile, drawn, cursor: drawn.length - 1 };
}

/**
 * Puts a chosen card on the table as the current card, wherever it was (still to come, drawn before, or
 * discarded); the cards that were to follow still follow it.
 */
export function playCard(deal: Deal, id: string): Deal {
  if (currentCardId(deal) === id) return deal;
  const at = deal.drawn.indexOf(id);
  const cursor = at !== -1 && at < deal.cursor ? deal.cursor - 1 : deal.cursor;
  const drawn = deal.drawn.filter((card) => card !== id);
  drawn.splice(cursor + 1, 0, id);
  return {
    ...deal,
    pile: deal.pile.filter((card) => card !== id),
    discarded: deal.discarded.filter((card) => card !== id),
    drawn,
    cursor: cursor + 1,
  };
}

/** Draws a card not seen yet this round, even when the cursor is back on an earlier card. */
export function drawNew(deal: Deal): Deal {
  return drawCard({ ...deal, cursor: deal.drawn.length - 1 });
}

/** Goes forward to the next card already drawn; never draws a new one. */
export function goForward(deal: Deal): Deal {
  return deal.cursor < deal.drawn.length - 1 ? { ...deal, cursor: deal.cursor + 1 } : deal;
}

export function goBack(deal: Deal): Deal {
  return deal.cursor > 0 ? { ...deal, cursor: deal.cursor - 1 } : deal;
}

/**
 * The cards one step away from the one on the table: where going back and going forward (drawing the next card, a
 * new round's first when the pile is empty) would lead. A wall lays them out ahead, so that either step shows at once.
 */
export function nearbyCardIds(deal: Deal): string[] {
  const current = currentCardId(deal);
  const ids = [currentCardId(goBack(deal)), currentCardId(drawCard(deal))];
  return [...new Set(ids)].filter((id): id is string => id !== null && id !== current);
}

/** Takes the card on the table out of play for good and puts the next one on the table. */
export function discardCard(deal: Deal): Deal {
  const id = currentCardId(deal);
  if (id === null) return deal;
  const drawn = deal.drawn.filter((_, i) => i !== deal.cursor);
  return drawCard({ ...deal, drawn, cursor: deal.cursor - 1, discarded: [...deal.discarded, id] });
}

/**
 * Puts a card back into the pile at a random place: the card on the table when no id is given, or a
 * discarded card. The previous card goes back on the table.
 */
export function putBack(deal: Deal, id: string | null = currentCardId(deal)): Deal {
  if (id === null) return deal;
  const index = deal.drawn.indexOf(id);
  const wasDiscarded = deal.discarded.includes(id);
  if (index === -1 && !wasDiscarded) return deal;
  const random = createRandom(`${deal.seed}/${deal.round}/put/${id}/${deal.drawn.length}/${deal.pile.length}`);
  const at = random.below(deal.pile.length + 1);
  const pile = [...deal.pile.slice(0, at), id, ...deal.pile.slice(at)];
  if (wasDiscarded) return { ...deal, pile, discarded: deal.discarded.filter((d) => d !== id) };
  const drawn = deal.drawn.filter((_, i) => i !== index);
  const cursor = index <= deal.cursor ? Math.max(deal.cursor - 1, drawn.length ? 0 : -1) : deal.cursor;
  return { ...deal, pile, drawn, cursor };
}
