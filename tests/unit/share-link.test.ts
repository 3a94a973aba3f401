import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { createDeal } from '../../src/domain/deal';
import { CARD_KINDS, CLUSTERS } from '../../src/domain/deck-constants';
import {
  cardHash,
  checksum,
  dealHash,
  decodeDealLink,
  deckVersion,
  encodePayload,
  isCardId,
  MAX_PAYLOAD_CHARS,
  type DealLink,
} from '../../src/domain/share-link';
import { smallDeck } from '../helpers/decks';

const payloadOf = (hash: string) => hash.replace('#/deal/', '');
const link: DealLink = {
  deckVersion: deckVersion(smallDeck('tegenwicht', 6)),
  seed: 'k3j9x0a',
  filter: { kind: 'factor', cluster: 'client' },
};

describe('deal links', () => {
  it('round-trips every filter and seed', () => {
    const filters = fc.oneof(
      fc.constant({ kind: null, cluster: null }),
      fc.constantFrom(...CARD_KINDS).map((kind) => ({ kind, cluster: null })),
      fc.constantFrom(...CLUSTERS).map((cluster) => ({ kind: 'factor' as const, cluster })),
    );
    const seeds = fc.stringMatching(/^[A-Za-z0-9_-]{1,64}$/);
    fc.assert(
      fc.property(filters, seeds, (filter, seed) => {
        const value = { deckVersion: link.deckVersion, seed, filter };
        expect(decodeDealLink(payloadOf(dealHash(value)))).toEqual({ ok: true, value });
      }),
    );
  });

  it('gives the same order on another device from what the link carries', () => {
    const deck = smallDeck('tegenwicht', 9);
    const read = decodeDealLink(
      payloadOf(dealHash({ ...link, deckVersion: deckVersion(deck), filter: { kind: null, cluster: null } })),
    );
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(createDeal(deck.cards, read.value.seed, read.value.filter).pile).toEqual(
      createDeal(deck.cards, 'k3j9x0a').pile,
    );
  });

  it('refuses a damaged link with a reason instead of dealing something else', () => {
    const payload = payloadOf(dealHash(link));
    const flipped = payload.slice(0, 5) + (payload[5] === 'A' ? 'B' : 'A') + payload.slice(6);
    expect(decodeDealLink(flipped)).toEqual({ ok: false, problem: 'damaged' });
    expect(decodeDealLink(payload.slice(0, -3))).toEqual({ ok: false, problem: 'damaged' });
    expect(decodeDealLink(payload.slice(0, 20))).toEqual({ ok: false, problem: 'damaged' });
    expect(decodeDealLink('')).toEqual({ ok: false, problem: 'damaged' });
    expect(decodeDealLink('%%%.12345678')).toEqual({ ok: false, problem: 'damaged' });
  });

  it('refuses a forged payload whose checksum is right but whose content is not a deal', () => {
    const forged = (data: Record<string, unknown>) => decodeDealLink(encodePayload(data));
    expect(forged({ f: 1, t: 'deal', d: link.deckVersion, s: '<script>', k: null, c: null })).toEqual({
      ok: false,
      problem: 'invalid',
    });
    expect(forged({ f: 1, t: 'deal', d: link.deckVersion, s: 'abc', k: 'joker', c: null }).ok).toBe(false);
    expect(forged({ f: 1, t: 'deal', d: link.deckVersion, s: 'abc', k: 'dilemma', c: 'client' }).ok).toBe(false);
    expect(forged({ f: 1, t: 'plan', d: link.deckVersion, s: 'abc', k: null, c: null }).ok).toBe(false);
    expect(forged({ f: 2, t: 'deal', d: link.deckVersion, s: 'abc', k: null, c: null })).toEqual({
      ok: false,
      problem: 'unknownFormat',
    });
  });

  it('refuses an oversized link before reading it', () => {
    expect(decodeDealLink('a'.repeat(MAX_PAYLOAD_CHARS + 1))).toEqual({ ok: false, problem: 'tooLong' });
  });
});

describe('deck versions and card links', () => {
  it('changes the version when a card is added, removed or moved', () => {
    const deck = smallDeck('tegenwicht', 6);
    const version = deckVersion(deck);
    expect(version).toMatch(/^tegenwicht\.[0-9a-f]{8}$/);
    expect(deckVersion(smallDeck('tegenwicht', 6))).toBe(version);
    expect(deckVersion(smallDeck('tegenwicht', 7))).not.toBe(version);
    expect(deckVersion({ ...deck, cards: [...deck.cards].reverse() })).not.toBe(version);
  });

  it('accepts only card ids of the deck format in a card link', () => {
    expect(cardHash('factor-caseload')).toBe('#/card/factor-caseload');
    expect(isCardId('factor-caseload')).toBe(true);
    expect(isCardId('<img src=x>')).toBe(false);
    expect(isCardId('a'.repeat(121))).toBe(false);
  });

  it('uses a stable checksum', () => {
    expect(checksum('')).toBe('811c9dc5');
    expect(checksum('a')).toBe('e40c292c');
  });
});
