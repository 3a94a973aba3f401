import type { StateCreator } from 'zustand';

import { ANY_CARD, createDeal, currentCardId, drawCard, goBack, type Deal, type DealFilter } from '../domain/deal';
import { newSeed } from '../domain/random';
import { selectActiveDeck } from './deck-slice';
import type { AppState } from './store';

export interface HistoryEntry {
  cardId: string;
  deckId: string;
  at: number;
}

export interface SoloSlice {
  filter: DealFilter;
  deal: Deal | null;
  /** The deck the deal was made from; a deal of another deck is started anew. */
  dealDeckId: string | null;
  faceUp: boolean;
  /** Private notes per card id. */
  notes: Record<string, string>;
  history: HistoryEntry[];
  chooseFilter: (filter: DealFilter) => void;
  draw: () => void;
  back: () => void;
  flip: () => void;
  setNote: (cardId: string, text: string) => void;
  clearHistory: () => void;
}

const MAX_HISTORY = 500;

export const createSoloSlice: StateCreator<AppState, [], [], SoloSlice> = (set, get) => {
  /** The deal in play, started anew when there is none or the deck changed. */
  const dealInPlay = (): Deal | null => {
    const state = get();
    const deck = selectActiveDeck(state);
    if (!deck) return null;
    if (state.deal && state.dealDeckId === deck.id) return state.deal;
    return createDeal(deck.cards, newSeed(), state.filter);
  };

  return {
    filter: ANY_CARD,
    deal: null,
    dealDeckId: null,
    faceUp: false,
    notes: {},
    history: [],
    chooseFilter: (filter) => {
      const deck = selectActiveDeck(get());
      set({
        filter,
        deal: deck ? createDeal(deck.cards, newSeed(), filter) : null,
        dealDeckId: deck?.id ?? null,
        faceUp: false,
      });
    },
    draw: () => {
      const deal = dealInPlay();
      const deck = selectActiveDeck(get());
      if (!deal || !deck) return;
      const wasNew = deal.cursor === deal.drawn.length - 1;
      const next = drawCard(deal);
      const id = currentCardId(next);
      if (id === null) return;
      const history = wasNew
        ? [...get().history, { cardId: id, deckId: deck.id, at: Date.now() }].slice(-MAX_HISTORY)
        : get().history;
      set({ deal: next, dealDeckId: deck.id, faceUp: true, history });
    },
    back: () => {
      const deal = get().deal;
      if (deal) set({ deal: goBack(deal), faceUp: true });
    },
    flip: () => {
      if (get().deal && currentCardId(get().deal!) !== null) set({ faceUp: !get().faceUp });
    },
    setNote: (cardId, text) =>
      set((state) => {
        const notes = { ...state.notes };
        if (text.trim() === '') delete notes[cardId];
        else notes[cardId] = text;
        return { notes };
      }),
    clearHistory: () => set({ history: [] }),
  };
};
