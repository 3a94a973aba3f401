import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';

import { deckFileName, LANGUAGES, type Language } from '../domain/deck-constants';
import { joinLanguages } from '../domain/deck-languages';
import type { Deck } from '../domain/deck-schema';
import { startI18n } from '../i18n/start';
import { followOtherWindows, useAppStore } from '../state/store';
import { App } from './app';
import { registerOffline } from './register-offline';
import { parseRoute } from './routes';
import { whenViewReady } from './use-ready-route';
import { viewNeedsDeck } from './view-loads';
import { viewCode } from './views';
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
/** Once the main thread has nothing else to do (or after a second at the latest). */
const whenIdle = () =>
  new Promise<void>((resolve) =>
    'requestIdleCallback' in window ? requestIdleCallback(() => resolve(), { timeout: 1000 }) : setTimeout(resolve, 50),
  );
/** After the next paint, once the browser is idle: the time for work that must not compete with the first screen. */
const whenPaintedAndIdle = () => afterNextPaint().then(whenIdle);

let showFirstScreen = () => {};
/**
 * Once React has put the first view into the page: a view that loads when opened (console, wall, phone) counts once
 * its code and words are there, not while it shows its loading line.
 */
const firstScreenCommitted = new Promise<void>((resolve) => (showFirstScreen = resolve));

/**
 * The language in use first, so that the first card needs only its own words; the other languages once that card
 * is on the screen (a switch of language, or a window of the session in the other language, finds them there).
 */
async function loadFirstDeck(): Promise<{ deck: Deck; language: Language } | null> {
  const language = useAppStore.getState().language;
  try {
    const deck = await fetchDeck(language);
    useAppStore.getState().setBuiltInDeck(deck);
    return { deck, language };
  } catch (error) {
    console.error(error);
    useAppStore.getState().setBuiltInDeck(null);
    return null;
  }
}

let otherLanguages: Promise<void> | null = null;
/** Ends the watch for a switch of language (below): it runs on every change of the store until then. */
let stopWatchingLanguage = () => {};
/** The built-in deck's other languages, joined to the one loaded first; once. */
function loadOtherDeckLanguages({ deck, language: first }: { deck: Deck; language: Language }) {
  stopWatchingLanguage();
  otherLanguages ??= (async () => {
    try {
      for (const language of LANGUAGES) if (language !== first) deck = joinLanguages(deck, await fetchDeck(language));
      useAppStore.getState().setBuiltInDeck(deck);
    } catch (error) {
      // The deck stays in the language it has.
      console.error(error);
    }
  })();
  return otherLanguages;
}

const needsDeck = () => viewNeedsDeck(parseRoute(window.location.hash).view);

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
// The view's code and words (the first script started fetching them) before the first render, so that it does not
// suspend: React would hold a loading line for 300 ms however soon they came (see lazy-view.tsx).
const viewReady = whenViewReady(parseRoute(window.location.hash).view, i18n);
// A window in another language than the deck loaded first asks for the other languages at once.
void firstDeck.then((first) => {
  if (!first) return;
  const ask = () => useAppStore.getState().language !== first.language && void loadOtherDeckLanguages(first);
  stopWatchingLanguage = useAppStore.subscribe(ask);
  ask();
});
// Nothing else competes with the first card: the other language and then the service worker's precache (the
// whole build) come once the first screen is in the page with its deck, painted, and the browser is idle.
void Promise.all([firstDeck, firstScreenCommitted])
  .then(async ([first]) => {
    await whenPaintedAndIdle();
    // The other language's words (the wall view carries both languages' side labels), then its cards.
    void i18n.loadLanguages([...LANGUAGES]);
    if (first) await loadOtherDeckLanguages(first);
  })
  .finally(registerOffline);
// A wall or a phone that never needs a deck still gets its offline copy, once it has painted.
if (!needsDeck()) void firstScreenCommitted.then(whenPaintedAndIdle).then(registerOffline);
await viewReady;
const root = createRoot(document.getElementById('root')!);
const app = (
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <App onViewShown={showFirstScreen} />
    </I18nextProvider>
  </StrictMode>
);
// The start screen and the solo view in one go: on a quiet machine a transition made the first card come later and
// blocked the main thread longer in all (figures in the commit that made this so). A view that loads when opened (the
// console, the wall, a phone) is larger: as a transition its first render yields to the browser every few
// milliseconds instead of holding the main thread for the whole of it.
if (viewCode(parseRoute(window.location.hash).view)) startTransition(() => root.render(app));
else root.render(app);
