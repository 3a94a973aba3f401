import { z } from 'zod';

// zod tries `new Function` once to compile faster validators; the app's Content Security Policy forbids
// eval, so that try would be reported as a violation in every view that validates. Plain validation is
// fast enough for decks and messages.
z.config({ jitless: true });

/** zod, set up for this app: import it from here, not from 'zod'. */
export { z };
