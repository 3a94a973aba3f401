import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';

import { LANGUAGES, type Language } from '../domain/deck-constants';
import { deckFileName, joinLanguages } from '../domain/deck-languages';
import type { Deck } from '../domain/deck-schema';
import { startI18n } from '../i18n/start';
import { followOtherWindows, useAppStore } from '../state/store';
import { App } from './app';
import { registerOffline } from './register-offline';
import './styles.css';

followOtherWindows();
document.documentElement.lang = useAppStore.getState().language;

/** One language of the built-in deck (validated when the app was built; it ships beside the page). */
async function fetchDeck(language: Language): Promise<Deck> {
  const name = deckFileName(language);
  const response = await fetch(new URL(name, document.baseURI));
  if (!response.ok) throw new Error(`${name}: HTTP ${response.status}`);
  return (await response.json()) as Deck;
}

const afterNextPaint = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

/**
 * The language in use first, so that the first card needs only its own words; the other languages once that card
 * is on the screen (a switch of language, or a window of the session in the other language, finds them there).
 */
async function loadBuiltInDeck() {
  const first = useAppStore.getState().language;
  let deck: Deck;
  try {
    deck = await fetchDeck(first);
    useAppStore.getState().setBuiltInDeck(deck);
  } catch (error) {
    console.error(error);
    useAppStore.getState().setBuiltInDeck(null);
    return;
  }
  await afterNextPaint();
  try {
    for (const language of LANGUAGES) if (language !== first) deck = joinLanguages(deck, await fetchDeck(language));
    useAppStore.getState().setBuiltInDeck(deck);
  } catch (error) {
    // The deck stays in the language in use.
    console.error(error);
  }
}
// The service worker precaches the whole build: only once the deck is in, so that it never competes with the first card.
void loadBuiltInDeck().finally(registerOffline);

// What the first screen says is in the bundle in Dutch; in English it loads beside the deck before the first render.
const i18n = await startI18n(useAppStore.getState().language);
// The other language's common words after the first paint (the wall view carries both languages' side labels).
void afterNextPaint().then(() => i18n.loadLanguages([...LANGUAGES]));
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <App />
    </I18nextProvider>
  </StrictMode>,
);
