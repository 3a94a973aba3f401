import i18next from 'i18next';

import { nearbyCardIds, type Deal } from '../domain/deal';
import type { Language } from '../domain/deck-constants';
import type { Card, Deck } from '../domain/deck-schema';
import { buildWallView, type WallView, type WallViewContext } from '../domain/session/wall-view';
import type { SessionState } from '../domain/session/session-state';
import { selectActiveDeck } from './deck-slice';
import type { AppState } from './store';

const sideLabel = (key: 'card.sideA' | 'card.sideB') => ({
  nl: i18next.getFixedT('nl', 'common')(key),
  en: i18next.getFixedT('en', 'common')(key),
});

/**
 * The two side labels in both languages, looked up once for as long as no words are loaded: four lookups in
 * i18next were a fifth of what the console did between a key and the view going out.
 */
let sideLabels: WallViewContext['sideLabels'] | null = null;
const forgetSideLabels = () => void (sideLabels = null);
i18next.on('initialized', forgetSideLabels);
i18next.on('loaded', forgetSideLabels);
export const defaultSideLabels = (): WallViewContext['sideLabels'] =>
  (sideLabels ??= [sideLabel('card.sideA'), sideLabel('card.sideB')]);

let last: { session: SessionState; deck: Deck; language: Language; view: WallView } | null = null;
let index: { deck: Deck; byId: Map<string, Card> } | null = null;
const cardsOf = (deck: Deck) => {
  if (index?.deck !== deck) index = { deck, byId: new Map(deck.cards.map((c) => [c.id, c])) };
  return index.byId;
};

/**
 * The projection of the console's session: what the wall, the phones and the console's own panels show.
 * Built once per change of the session, the deck or the language (the same object until then, so it can be selected
 * from the store as it is); null without a session or deck. `sentAt` is 0 here: the publisher stamps it.
 */
export function selectWallView(state: AppState): WallView | null {
  const { session, language } = state;
  const deck = selectActiveDeck(state);
  if (!session || !deck) return null;
  if (last?.session === session && last.deck === deck && last.language === language) return last.view;
  const byId = cardsOf(deck);
  const view = buildWallView(session, {
    card: (id) => byId.get(id),
    sideLabels: defaultSideLabels(),
    instruction: (format) => deck.cards.find((c) => c.kind === 'instruction' && c.format === format),
    factors: () => deck.cards.filter((c) => c.kind === 'factor'),
    now: 0,
    language,
  });
  last = { session, deck, language, view };
  return view;
}

const NO_CARDS: readonly Card[] = [];
let lastNearby: { deal: Deal; deck: Deck; cards: readonly Card[] } | null = null;

/**
 * The cards one step back and one step forward from the one on the table (nearbyCardIds), for the walls of this
 * device to lay out ahead; the same array until the deal or the deck changes.
 */
export function selectNearbyCards(state: AppState): readonly Card[] {
  const deal = state.session?.deal;
  const deck = selectActiveDeck(state);
  if (!deal || !deck) return NO_CARDS;
  if (lastNearby?.deal === deal && lastNearby.deck === deck) return lastNearby.cards;
  const byId = cardsOf(deck);
  const cards = nearbyCardIds(deal).flatMap((id) => byId.get(id) ?? []);
  lastNearby = { deal, deck, cards };
  return cards;
}
