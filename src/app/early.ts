/**
 * The first script of the page, a few hundred bytes: starts fetching the code of the view the address opens
 * (console, wall, phone, …) at once, beside the app's own script, instead of once that script has loaded and run
 * (a step more in the chain before such a view can draw; the start screen and the solo view are in the app's
 * script). The app finds the module loaded when it renders the view.
 */
import { parseRoute } from './routes';
import { startViewCode } from './view-loads';

startViewCode(parseRoute(window.location.hash).view);
