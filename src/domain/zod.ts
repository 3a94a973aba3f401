import * as z from 'zod/mini';

// zod's functional build (`zod/mini`): the classic build's method chains cost several times as much to build and
// to download.
//
// zod tries `new Function` once to compile faster validators; the app's Content Security Policy forbids
// eval, so that try would be reported as a violation in every view that validates. Plain validation is
// fast enough for decks and messages.
z.config({ jitless: true });

/**
 * A schema built when it first validates, not when its module loads. The console, the wall and a phone load the
 * session's schemas before their first screen but validate with them only once a session runs. Building the deck's,
 * the wall view's and the actions' schemas was half of the console's module start (112 ms, now 60, at the 4x slower
 * CPU of Lighthouse's phone); the first session action or message builds them now. The plan's schemas too: 209 -> 203 ms of module evaluation
 * before the console's first screen, at 4x.
 */
export const builtOnFirstUse = <T extends z.ZodMiniType>(build: () => T) => z.lazy(build);

/** zod, set up for this app: import it from here, not from 'zod'. */
export { z };
