import type { StateCreator } from 'zustand';

import {
  ANY_CARD,
  createDeal,
  currentCardId,
  drawNew,
  goBack,
  goForward,
  type Deal,
  type DealFilter,
} from '../domain/deal';
import { newSeed } from '../domain/random';
import type { SharedOutcome } from '../domain/share-link';
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
  /** A card opened from the history or a shared address; shown instead of the deal's card until the next move. */
  openCardId: string | null;
  /** Private notes per card id. */
  notes: Record<string, string>;
  history: HistoryEntry[];
  /** What became of the shared address this view was opened with; not kept after a reload. */
  sharedOutcome: SharedOutcome | null;
  setSharedOutcome: (outcome: SharedOutcome | null) => void;
  chooseFilter: (filter: DealFilter) => void;
  /** Draws a card not seen yet this round. */
  draw: () => void;
  back: () => void;
  /** Forward again through the cards already drawn. */
  next: () => void;
  openCard: (cardId: string) => void;
  closeOpenCard: () => void;
  /** Starts a deal of the active deck from a given seed and filter (an address someone shared). */
  startDeal: (seed: string, filter: DealFilter) => void;
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
    openCardId: null,
    notes: {},
    history: [],
    sharedOutcome: null,
    setSharedOutcome: (outcome) => set({ sharedOutcome: outcome }),
    chooseFilter: (filter) => {
      const deck = selectActiveDeck(get());
      set({
        filter,
        deal: deck ? createDeal(deck.cards, newSeed(), filter) : null,
        dealDeckId: deck?.id ?? null,
        faceUp: false,
        openCardId: null,
      });
    },
    startDeal: (seed, filter) => {
      const deck = selectActiveDeck(get());
      if (!deck) return;
      set({ filter, deal: createDeal(deck.cards, seed, filter), dealDeckId: deck.id, faceUp: false, openCardId: null });
    },
    draw: () => {
      const deal = dealInPlay();
      const deck = selectActiveDeck(get());
      if (!deal || !deck) return;
      const next = drawNew(deal);
      const id = currentCardId(next);
      if (id === null) return;
      const history = [...get().history, { cardId: id, deckId: deck.id, at: Date.now() }].slice(-MAX_HISTORY);
      set({ deal: next, dealDeckId: deck.id, faceUp: true, history, openCardId: null, sharedOutcome: null });
    },
    back: () => {
      const deal = get().deal;
      if (deal) set({ deal: goBack(deal), faceUp: true, openCardId: null });
    },
    next: () => {
      const deal = get().deal;
      if (deal) set({ deal: goForward(deal), faceUp: true, openCardId: null });
    },
    openCard: (cardId) => set({ openCardId: cardId, faceUp: true }),
    closeOpenCard: () => set({ openCardId: null }),
    flip: () => {
      const { deal, openCardId } = get();
      if (openCardId !== null || (deal && currentCardId(deal) !== null)) set({ faceUp: !get().faceUp });
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
