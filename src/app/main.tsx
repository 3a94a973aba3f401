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
import { parseRoute } from './routes';
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
async function loadFirstDeck(): Promise<Deck | null> {
  try {
    const deck = await fetchDeck(useAppStore.getState().language);
    useAppStore.getState().setBuiltInDeck(deck);
    return deck;
  } catch (error) {
    console.error(error);
    useAppStore.getState().setBuiltInDeck(null);
    return null;
  }
}

async function loadOtherDeckLanguages(deck: Deck) {
  const first = useAppStore.getState().language;
  try {
    for (const language of LANGUAGES) if (language !== first) deck = joinLanguages(deck, await fetchDeck(language));
    useAppStore.getState().setBuiltInDeck(deck);
  } catch (error) {
    // The deck stays in the language in use.
    console.error(error);
  }
}

/** The wall and a phone show what the console sends them, cards included: they need no deck of their own. */
const needsDeck = () => !['projector', 'join'].includes(parseRoute(window.location.hash).view);

/** Now, or once the window moves on to a view that draws its own cards. */
function whenDeckNeeded(): Promise<void> {
  if (needsDeck()) return Promise.resolve();
  return new Promise((resolve) => {
    const onHashChange = () => {
      if (!needsDeck()) return;
      window.removeEventListener('hashchange', onHashChange);
      resolve();
    };
    window.addEventListener('hashchange', onHashChange);
  });
}

const firstDeck = whenDeckNeeded().then(loadFirstDeck);
// What the first screen says is in the bundle in Dutch; in English it loads beside the deck before the first render.
const i18n = await startI18n(useAppStore.getState().language);
// Nothing else competes with the first card: the other language and then the service worker's precache (the
// whole build) come once the deck is in and painted.
void firstDeck
  .then(async (deck) => {
    await afterNextPaint();
    // The other language's words (the wall view carries both languages' side labels), then its cards.
    void i18n.loadLanguages([...LANGUAGES]);
    if (deck) await loadOtherDeckLanguages(deck);
  })
  .finally(registerOffline);
// A wall or a phone that never needs a deck still gets its offline copy, once it has painted.
if (!needsDeck()) void afterNextPaint().then(registerOffline);
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <App />
    </I18nextProvider>
  </StrictMode>,
);
