import type { StateCreator } from 'zustand';

import type { Deck } from '../domain/deck-schema';
import type { DeckProblem } from '../domain/parse-deck';
import type { AppState } from './store';

export interface DeckSlice {
  builtInDeck: Deck | null;
  builtInStatus: 'loading' | 'ready' | 'failed';
  /** A deck the user loaded; kept on the device. */
  customDeck: { name: string; deck: Deck } | null;
  /** Why the last deck the user tried to load was refused. */
  deckProblems: DeckProblem[] | null;
  /** The name and size of the deck that was just loaded, for a short confirmation. */
  deckLoaded: { name: string; count: number } | null;
  setBuiltInDeck: (deck: Deck | null) => void;
  loadDeckText: (name: string, text: string) => Promise<boolean>;
  loadDeckFile: (file: File) => Promise<boolean>;
  /** Loads a deck from an address the user gives (their own site); nothing else is ever fetched from afar. */
  loadDeckUrl: (url: string) => Promise<boolean>;
  useBuiltInDeck: () => void;
}

export const createDeckSlice: StateCreator<AppState, [], [], DeckSlice> = (set, get) => ({
  builtInDeck: null,
  builtInStatus: 'loading',
  customDeck: null,
  deckProblems: null,
  deckLoaded: null,
  setBuiltInDeck: (deck) => set({ builtInDeck: deck, builtInStatus: deck ? 'ready' : 'failed' }),
  loadDeckText: async (name, text) => {
    // The schema library loads only when someone brings a deck of their own.
    const { parseDeckText } = await import('../domain/parse-deck');
    const result = parseDeckText(text);
    if (!result.ok) {
      set({ deckProblems: result.problems, deckLoaded: null });
      return false;
    }
    set({
      customDeck: { name, deck: result.deck },
      deckProblems: null,
      deckLoaded: { name, count: result.deck.cards.length },
    });
    return true;
  },
  loadDeckFile: async (file) => {
    const { checkDeckSize } = await import('../domain/parse-deck');
    const tooLarge = checkDeckSize(file.size);
    if (tooLarge && !tooLarge.ok) {
      // Refused before reading, so a huge file never freezes the page.
      set({ deckProblems: tooLarge.problems, deckLoaded: null });
      return false;
    }
    return get().loadDeckText(file.name, await file.text());
  },
  loadDeckUrl: async (address) => {
    const { checkDeckSize } = await import('../domain/parse-deck');
    const refuse = (message: string) => {
      set({ deckProblems: [{ field: '', message }], deckLoaded: null });
      return false;
    };
    let url: URL;
    try {
      url = new URL(address, window.location.href);
    } catch {
      return refuse('this is not a web address');
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:')
      return refuse('only http and https addresses can be loaded');
    let text: string;
    try {
      const response = await fetch(url, { credentials: 'omit', signal: AbortSignal.timeout(15_000) });
      if (!response.ok) return refuse(`the address answered ${response.status} ${response.statusText}`.trim());
      const tooLarge = checkDeckSize(Number(response.headers.get('content-length') ?? 0));
      if (tooLarge && !tooLarge.ok) return refuse(tooLarge.problems[0]!.message);
      text = await response.text();
    } catch (error) {
      return refuse(`the deck could not be fetched (${(error as Error).message})`);
    }
    const name = url.pathname.split('/').pop() || url.host;
    return get().loadDeckText(name, text);
  },
  useBuiltInDeck: () => set({ customDeck: null, deckProblems: null, deckLoaded: null }),
});

/** The deck in play: the user's own when loaded, else the built-in one. */
export const selectActiveDeck = (state: AppState): Deck | null => state.customDeck?.deck ?? state.builtInDeck;
