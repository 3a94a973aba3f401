import { describe, expect, it } from 'vitest';

import {
  cardsLeft,
  createDeal,
  currentCardId,
  discardCard,
  drawCard,
  drawNew,
  goBack,
  goForward,
  nearbyCardIds,
  putBack,
  reshuffle,
  type Deal,
} from '../../src/domain/deal';
import { smallDeck } from '../helpers/decks';

const cards = smallDeck('d', 9).cards;
const drawN = (deal: Deal, n: number) => {
  let d = deal;
  for (let i = 0; i < n; i++) d = drawCard(d);
  return d;
};

describe('the deal', () => {
  it('deals the same order from the same seed, and survives a JSON round trip', () => {
    const a = drawN(createDeal(cards, 'seed-1'), 5);
    const b = drawN(createDeal(cards, 'seed-1'), 5);
    expect(b).toEqual(a);
    expect(JSON.parse(JSON.stringify(a))).toEqual(a);
    expect(drawN(createDeal(cards, 'seed-2'), 5).drawn).not.toEqual(a.drawn);
  });

  it('repeats no card until the pile is used up, then starts a new round', () => {
    let deal = createDeal(cards, 's');
    const seen: string[] = [];
    for (let i = 0; i < cards.length; i++) {
      deal = drawCard(deal);
      seen.push(currentCardId(deal)!);
    }
    expect(new Set(seen).size).toBe(cards.length);
    expect(cardsLeft(deal)).toBe(0);
    deal = drawCard(deal);
    expect(deal.round).toBe(1);
    expect(currentCardId(deal)).not.toBe(seen.at(-1));
    expect(cardsLeft(deal)).toBe(cards.length - 1);
  });

  it('goes back through what was drawn and forward again without drawing new cards', () => {
    let deal = drawN(createDeal(cards, 'b'), 3);
    const third = currentCardId(deal);
    deal = goBack(goBack(deal));
    expect(currentCardId(deal)).toBe(deal.drawn[0]);
    expect(goBack(deal)).toBe(deal);
    deal = drawN(deal, 2);
    expect(currentCardId(deal)).toBe(third);
    expect(deal.pile).toHaveLength(cards.length - 3);
  });

  it('draws a new card from an earlier one, and goes forward only through cards already drawn', () => {
    let deal = drawN(createDeal(cards, 'n'), 3);
    deal = goBack(goBack(deal));
    const forward = goForward(deal);
    expect(currentCardId(forward)).toBe(deal.drawn[1]);
    expect(forward.pile).toEqual(deal.pile);
    const fresh = drawNew(deal);
    expect(fresh.drawn).toHaveLength(4);
    expect(currentCardId(fresh)).toBe(deal.pile[0]);
    expect(goForward(fresh)).toBe(fresh);
  });

  it('filters by kind and by cluster', () => {
    const dilemmas = createDeal(cards, 'f', { kind: 'dilemma', cluster: null });
    expect(dilemmas.pile.every((id) => id.startsWith('d-'))).toBe(true);
    expect(dilemmas.pile).toHaveLength(3);
    const clustered = createDeal(cards, 'f', { kind: 'factor', cluster: 'organisation' });
    expect(clustered.pile).toEqual([]);
    expect(drawCard(clustered)).toBe(clustered);
  });

  it('takes a discarded card out of play for good, also after a reshuffle', () => {
    let deal = drawN(createDeal(cards, 'x'), 2);
    const gone = currentCardId(deal)!;
    deal = discardCard(deal);
    expect(deal.discarded).toEqual([gone]);
    expect(currentCardId(deal)).not.toBe(gone);
    deal = reshuffle(deal);
    expect(deal.pile).not.toContain(gone);
    expect(deal.pile).toHaveLength(cards.length - 1);
  });

  it('puts the card on the table back into the pile, and a discarded card back into play', () => {
    let deal = drawN(createDeal(cards, 'p'), 2);
    const [first, second] = deal.drawn;
    deal = putBack(deal);
    expect(deal.drawn).toEqual([first]);
    expect(currentCardId(deal)).toBe(first);
    expect(deal.pile).toContain(second);
    deal = discardCard(deal);
    expect(deal.discarded).toEqual([first]);
    deal = putBack(deal, first!);
    expect(deal.discarded).toEqual([]);
    expect(deal.pile).toContain(first);
    expect(putBack(deal, 'not-a-card')).toBe(deal);
  });

  it('names the cards one step back and one step forward, as the steps themselves would show them', () => {
    expect(nearbyCardIds(createDeal(cards, 'n'))).toEqual([currentCardId(drawCard(createDeal(cards, 'n')))]);
    let deal = drawN(createDeal(cards, 'n'), 3);
    expect(nearbyCardIds(deal)).toEqual([deal.drawn[1], deal.pile[0]]);
    deal = goBack(deal);
    expect(nearbyCardIds(deal)).toEqual([deal.drawn[0], deal.drawn[2]]);
    // At the end of the pile the next step starts a new round: its first card is named, never the one on the table.
    deal = drawN(createDeal(cards, 'n'), cards.length);
    const [, forward] = nearbyCardIds(deal);
    expect(forward).toBe(currentCardId(drawCard(deal)));
    expect(forward).not.toBe(currentCardId(deal));
  });
});
