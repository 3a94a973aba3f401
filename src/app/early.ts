/**
 * The first script of the page, a few hundred bytes: starts fetching the code of the view the address opens
 * (console, wall, phone, …) at once, beside the app's own script, instead of once that script has loaded and run
 * (a step more in the chain before such a view can draw; the start screen and the solo view are in the app's
 * script). The app finds the module loaded when it renders the view. It also starts fetching the deck file the
 * view will draw from.
 */
import { DEFAULT_LANGUAGE } from '../domain/deck-constants';
import { preloadWords } from '../i18n/locale-files';
import { savedLanguage } from '../state/saved-language';
import { parseRoute } from './routes';
import { preloadDeck, startViewCode, viewNamespaces, viewNeedsDeck } from './view-loads';

const view = parseRoute(window.location.hash).view;
const language = savedLanguage(() => globalThis.localStorage) ?? DEFAULT_LANGUAGE;
startViewCode(view);
preloadWords(language, viewNamespaces(view));
// The deck only where the view draws cards (a wall or a phone loads none).
if (viewNeedsDeck(view)) preloadDeck(language);
