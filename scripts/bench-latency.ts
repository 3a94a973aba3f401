/**
 * Key down in one window -> the next painted frame of another window after its DOM changed, as the trainer feels
 * it: the console (1366x768) gets the key from Playwright's keyboard, the projector (1920x1080) is in front. The
 * same stopwatch (scripts/bench-frame-probe.ts) measures the app's windows and the floor page pair.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { installFrameProbe, type ProbeFrame } from './bench-frame-probe';

export const CONSOLE_SIZE = { width: 1366, height: 768 };
export const PROJECTOR_SIZE = { width: 1920, height: 1080 };

export interface PagePair {
  context: BrowserContext;
  console: Page;
  projector: Page;
}

export interface KeyToFrame {
  /** Key down -> the frame after the DOM change was painted, per action (ms). */
  painted: number[];
  /** Key down -> the first DOM change in the projector (ms). */
  changed: number[];
  /** Keys after which the projector did not change within the time allowed. */
  missed: number;
}

/** A browser context with the stopwatch in every page, and its two windows at their sizes. */
export async function openPair(browser: Browser): Promise<PagePair> {
  const context = await browser.newContext({ viewport: CONSOLE_SIZE });
  // tsx names functions with a helper (`__name`) that the page does not have: give it one.
  await context.addInitScript({ content: `var __name = (f) => f;(${installFrameProbe.toString()})();` });
  const consolePage = await context.newPage();
  const projector = await context.newPage();
  await projector.setViewportSize(PROJECTOR_SIZE);
  return { context, console: consolePage, projector };
}

/**
 * How long the projector is at rest before each key: no DOM change and no animation for this long. A trainer presses
 * the next key seconds after the last, with the wall at rest. Just after an animation (the card's fold, half a
 * second) the compositor still makes frames at the display's pace, and a key pressed then waits for the next of them
 * (up to 16.7 ms), in any page: measured here, the DOM change waited 4-9 ms for its frame 50 ms after the fold and
 * 0.1-0.7 ms 150 ms after it. The bench's wait before (120 ms of a still DOM, blind to the fold, which changes no
 * DOM) measured that wait for the app's windows, which fold, and not for the floor, which does not.
 * `BENCH_REST_MS` sets it.
 */
export const REST_MS = Number(process.env.BENCH_REST_MS ?? 150);

/**
 * Presses `actions` keys (taking turns through `keys`) in the console, one at a time: waits until the projector is
 * at rest (above), arms the probe, presses, and waits for the frame.
 */
export async function measureKeyToFrame(pair: PagePair, keys: readonly string[], actions: number): Promise<KeyToFrame> {
  const result: KeyToFrame = { painted: [], changed: [], missed: 0 };
  await pair.projector.bringToFront();
  for (let i = 0; i < actions; i++) {
    await pair.projector.evaluate((rest) => window.__bench.settle(rest, 3000), REST_MS);
    const before = await pair.projector.evaluate(() => (window.__bench.arm(), window.__bench.frames.length));
    const keysBefore = await pair.console.evaluate(() => window.__bench.keys.length);
    await pair.console.keyboard.press(keys[i % keys.length]!);
    const frame: ProbeFrame | null = await pair.projector.evaluate(
      (count) => window.__bench.frameAfter(count, 2000),
      before,
    );
    const key = await pair.console.evaluate((n) => window.__bench.keys[n] ?? null, keysBefore);
    if (!frame || !key) {
      result.missed++;
      continue;
    }
    result.painted.push(frame.paintedAt - key.at);
    result.changed.push(frame.changedAt - key.at);
  }
  return result;
}
