import { useShallow } from 'zustand/react/shallow';

import { selectActiveDeck } from './deck-slice';
import { useAppStore } from './store';

/** The deck loader's view of the store: the deck in play, why the last one was refused, and the loaders. */
export function useDeckLoader() {
  const { customName, cardCount, problems, loaded } = useAppStore(
    useShallow((s) => ({
      customName: s.customDeck?.name ?? null,
      cardCount: selectActiveDeck(s)?.cards.length ?? 0,
      problems: s.deckProblems,
      loaded: s.deckLoaded,
    })),
  );
  const { loadDeckFile, loadDeckUrl, useBuiltInDeck } = useAppStore.getState();
  return {
    customName,
    cardCount,
    problems,
    loaded,
    onLoadFile: loadDeckFile,
    onLoadUrl: loadDeckUrl,
    onUseBuiltIn: useBuiltInDeck,
  };
}
