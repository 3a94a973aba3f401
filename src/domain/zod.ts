import * as z from 'zod/mini';

// zod's functional build (`zod/mini`): the app's schemas are built when their module loads, before a view's
// first paint, and the classic build's method chains cost several times as much to build and to download.
//
// zod tries `new Function` once to compile faster validators; the app's Content Security Policy forbids
// eval, so that try would be reported as a violation in every view that validates. Plain validation is
// fast enough for decks and messages.
z.config({ jitless: true });

/** zod, set up for this app: import it from here, not from 'zod'. */
export { z };
