/**
 * The floors of `npm run bench`: bare pages that do the least the app's path could do, served from the same
 * static server in the same run (written into the build folder under `bench-floor/` while the bench runs).
 *
 * - console.html + projector.html: a key goes down, a BroadcastChannel message, the other window sets a
 *   textContent; the probe (scripts/bench-frame-probe.ts) stops the clock at the next frame, as for the app.
 * - first-card.html?deck=<files>: fetches the same deck data the app fetched for its first card and renders one
 *   card title (the first of the files is the one holding the cards).
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const FLOOR_DIR = 'bench-floor';

const page = (title: string, body: string, script: string) => `<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title></head><body>${body}<script type="module">${script}</script></body></html>
`;

const CONSOLE = page(
  'floor console',
  '<main><h1>floor console</h1></main>',
  `const channel = new BroadcastChannel('bench-floor');
let n = 0;
window.addEventListener('keydown', (event) => channel.postMessage({ n: ++n, key: event.key }));`,
);

const PROJECTOR = page(
  'floor projector',
  '<main><h1 id="shown">0</h1></main>',
  `const channel = new BroadcastChannel('bench-floor');
const shown = document.getElementById('shown');
channel.onmessage = (event) => { shown.textContent = event.data.key + ' ' + event.data.n; };`,
);

/** `?deck=` names the file(s) the app fetched for its first card, relative to the build folder, comma separated. */
const FIRST_CARD = page(
  'floor first card',
  '<main><h1 id="title"></h1></main>',
  `const files = (new URLSearchParams(location.search).get('deck') ?? 'deck.json').split(',');
const [deck] = await Promise.all(files.map((file) => fetch(new URL('../' + file, document.baseURI)).then((r) => r.json())));
const card = deck.cards.find((c) => c.kind === 'dilemma') ?? deck.cards[0];
const title = card.title;
document.getElementById('title').textContent = typeof title === 'string' ? title : (title.nl ?? Object.values(title)[0]);
performance.mark('tegenwicht:drawable');`,
);

/** Writes the floor pages into `dist`; returns a function that removes them again. */
export function writeFloorPages(dist: string): () => void {
  const dir = join(dist, FLOOR_DIR);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'console.html'), CONSOLE);
  writeFileSync(join(dir, 'projector.html'), PROJECTOR);
  writeFileSync(join(dir, 'first-card.html'), FIRST_CARD);
  return () => rmSync(dir, { recursive: true, force: true });
}
