/**
 * `npm run bench` (after the build), each figure beside its floor measured in the same run, medians and p95:
 *
 * 1. Console key -> projector frame (scripts/bench-latency.ts): the key goes down in the console (1366x768), the
 *    projector window (1920x1080, in front) paints its next frame after its DOM changed; next and flip, BENCH_ACTIONS
 *    (200) each for the floor page pair, a fresh session, and a session as after 90 minutes (5,000 actions in its
 *    log, 60 notes, an own deck of 1 MB), in blocks that take turns so that a busy moment hits all three alike.
 * 2. The first card (scripts/bench-first-card.ts): the gzipped bytes the solo view loads before its first card can
 *    be drawn, and navigation -> first drawable card against a floor page fetching the same deck data
 *    (BENCH_RUNS cold loads each, 11).
 * 3. Lighthouse (scripts/bench-lighthouse.ts): start, solo, console, join and projector, mobile preset, median of 3.
 *
 * A Chromium trace of the key -> frame path: `npm run bench:trace` (scripts/bench-trace.ts).
 * BENCH_ONLY=latency|first-card|lighthouse runs one part.
 */
import { benchFirstCard, FIRST_CARD_BUDGET } from './bench-first-card';
import { writeFloorPages, FLOOR_DIR } from './bench-floor-pages';
import { benchLighthouse } from './bench-lighthouse';
import { freshSession, LONG_SESSION, longSession } from './bench-console-session';
import { measureKeyToFrame, openPair, REST_MS, type KeyToFrame, type PagePair } from './bench-latency';
import { median, percentile } from './bench-tools';
import { launchChromium } from './chromium';
import { serveDist } from './static-server';

const DIST = 'dist';
const ACTIONS = Number(process.env.BENCH_ACTIONS ?? 200);
const RUNS = Number(process.env.BENCH_RUNS ?? 11);
const BLOCK = 25;
const only = process.env.BENCH_ONLY;
const part = (name: string) => !only || only === name;

const ms = (value: number) => `${value.toFixed(1)} ms`;
const ratio = (value: number, floor: number) => `${(value / floor).toFixed(2)}x`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** Medians and p95 of a set beside the floor's. */
function row(name: string, values: number[], floor: number[] | null) {
  const p50 = median(values);
  const p95 = percentile(values, 95);
  const vs = floor ? `  ratio p50 ${ratio(p50, median(floor))}, p95 ${ratio(p95, percentile(floor, 95))}` : '';
  return `  ${name.padEnd(34)} p50 ${ms(p50).padStart(9)}  p95 ${ms(p95).padStart(9)}${vs}`;
}

async function latency(url: string) {
  const browser = await launchChromium();
  try {
    const floor = await openPair(browser);
    await floor.console.goto(`${url}${FLOOR_DIR}/console.html`);
    await floor.projector.goto(`${url}${FLOOR_DIR}/projector.html`);
    const fresh = await openPair(browser);
    await freshSession(fresh, url);
    const long = await openPair(browser);
    const how = await longSession(long, url, DIST);
    const keys = ['f', 'ArrowRight', 'f', 'ArrowLeft'];
    const runs: [string, PagePair, KeyToFrame][] = [
      ['floor (BroadcastChannel + frame)', floor, { painted: [], changed: [], missed: 0 }],
      ['app, fresh session', fresh, { painted: [], changed: [], missed: 0 }],
      ['app, as after 90 minutes', long, { painted: [], changed: [], missed: 0 }],
    ];
    for (let done = 0; done < ACTIONS; done += BLOCK)
      for (const [, pair, total] of runs) {
        const block = await measureKeyToFrame(pair, keys, Math.min(BLOCK, ACTIONS - done));
        total.painted.push(...block.painted);
        total.changed.push(...block.changed);
        total.missed += block.missed;
      }
    const [floorRun, freshRun, longRun] = runs.map(([, , total]) => total) as [KeyToFrame, KeyToFrame, KeyToFrame];
    console.log(
      `\nConsole key -> projector frame, ${ACTIONS} actions each (flip, next, flip, back), same run, each after ${REST_MS} ms at rest:`,
    );
    console.log(
      `  90 minutes = ${LONG_SESSION.actions} actions in the log, ${LONG_SESSION.notes} notes, an own deck of ${kb(LONG_SESSION.deckBytes)} (${how})`,
    );
    console.log(row(runs[0]![0], floorRun.painted, null));
    console.log(row(runs[1]![0], freshRun.painted, floorRun.painted));
    console.log(row(runs[2]![0], longRun.painted, floorRun.painted));
    console.log(
      `  90 minutes against fresh: p50 ${ratio(median(longRun.painted), median(freshRun.painted))}, p95 ${ratio(percentile(longRun.painted, 95), percentile(freshRun.painted, 95))} (goal: within 1.2x)`,
    );
    console.log('  of which key -> first DOM change in the projector:');
    for (const [name, , total] of runs) console.log(row(name, total.changed, null));
    const missed = runs.map(([name, , total]) => `${name} ${total.missed}`).join(', ');
    console.log(`  keys the projector did not show within 2 s: ${missed}`);
    for (const [, pair] of runs) await pair.context.close();
  } finally {
    await browser.close();
  }
}

async function firstCard(url: string) {
  const browser = await launchChromium();
  try {
    const result = await benchFirstCard(browser, url, DIST, RUNS);
    const counted = result.files.filter((file) => ['js', 'css', 'json'].includes(file.type));
    const total = counted.reduce((sum, file) => sum + file.gzip, 0);
    console.log('\nSolo view: loaded before the first card can be drawn (gzip -9 of the built files)');
    for (const type of ['js', 'css', 'json'] as const) {
      const files = counted.filter((file) => file.type === type);
      const gzip = files.reduce((sum, file) => sum + file.gzip, 0);
      const raw = files.reduce((sum, file) => sum + file.raw, 0);
      console.log(`  ${type.padEnd(4)} ${kb(gzip).padStart(9)} gzipped (${kb(raw)} raw, ${files.length} files)`);
    }
    for (const file of counted) console.log(`    ${file.path}: ${kb(file.gzip)}`);
    console.log(
      `  in all ${kb(total)}, budget ${kb(FIRST_CARD_BUDGET)}: ${total <= FIRST_CARD_BUDGET ? 'within' : 'OVER'}`,
    );
    console.log(`\nNavigation -> first drawable card, ${RUNS} cold loads each, taking turns:`);
    console.log(row(`floor page (fetches ${result.deckFiles.join(', ')})`, result.floor, null));
    console.log(row('solo view', result.app, result.floor));
  } finally {
    await browser.close();
  }
}

const removeFloor = writeFloorPages(DIST);
try {
  const server = await serveDist(DIST);
  try {
    console.log(
      `bench: ${new Date().toISOString()}, load average ${(await import('node:os'))
        .loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')}`,
    );
    if (part('latency')) await latency(server.url);
    if (part('first-card')) await firstCard(server.url);
  } finally {
    await server.close();
  }
  // Lighthouse last, with the browser above closed, so that it does not compete for the cores.
  if (part('lighthouse')) {
    const lighthouseServer = await serveDist(DIST);
    try {
      await benchLighthouse(lighthouseServer.url);
    } finally {
      await lighthouseServer.close();
    }
  }
} finally {
  removeFloor();
}
