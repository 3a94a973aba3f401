/**
 * The first card: what the solo view loads before its first card can be drawn (the `tegenwicht:drawable` mark),
 * gzipped, and the time from navigation to that mark, against the floor page (scripts/bench-floor-pages.ts) that
 * fetches the same deck data and renders one card title, cold loads taking turns in the same run.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { FLOOR_DIR } from './bench-floor-pages';

export const FIRST_CARD_BUDGET = 150 * 1024;

export interface LoadedFile {
  path: string;
  type: 'js' | 'css' | 'json' | 'html' | 'other';
  gzip: number;
  raw: number;
}

const typeOf = (path: string): LoadedFile['type'] =>
  path.endsWith('.js')
    ? 'js'
    : path.endsWith('.css')
      ? 'css'
      : path.endsWith('.json')
        ? 'json'
        : path.endsWith('.html') || path.endsWith('/')
          ? 'html'
          : 'other';

interface ColdLoad {
  /** Navigation start -> first card drawable (ms). */
  drawableAt: number;
  /** Files of the build (paths relative to it) whose response ended before that moment. */
  files: string[];
}

async function coldLoad(browser: Browser, url: string, base: string): Promise<ColdLoad> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForFunction(() => performance.getEntriesByName('tegenwicht:drawable').length > 0, null, {
      timeout: 30_000,
    });
    const { drawableAt, urls } = await page.evaluate(() => {
      const drawableAt = performance.getEntriesByName('tegenwicht:drawable')[0]!.startTime;
      const urls = (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
        .filter((entry) => entry.responseEnd <= drawableAt)
        .map((entry) => entry.name);
      return { drawableAt, urls: [location.href.split('#')[0]!, ...urls] };
    });
    const files = urls
      .filter((u) => u.startsWith(base))
      .map((u) => new URL(u).pathname.slice(new URL(base).pathname.length) || 'index.html');
    return { drawableAt, files: [...new Set(files)] };
  } finally {
    await context.close();
  }
}

/** The gzipped (level 9) and raw size of each file, read from the build folder. */
export function weigh(dist: string, files: string[]): LoadedFile[] {
  return files.map((path) => {
    const body = readFileSync(join(dist, path.split('?')[0]!));
    return { path, type: typeOf(path), raw: body.length, gzip: gzipSync(body, { level: 9 }).length };
  });
}

export interface FirstCardResult {
  files: LoadedFile[];
  deckFiles: string[];
  app: number[];
  floor: number[];
}

/** `runs` cold loads of the solo view and of the floor page, taking turns. */
export async function benchFirstCard(browser: Browser, appUrl: string, dist: string, runs: number) {
  const first = await coldLoad(browser, `${appUrl}#/solo`, appUrl);
  const files = weigh(dist, first.files);
  const deckFiles = first.files.filter((path) => path.endsWith('.json') && !path.includes('manifest'));
  const floorUrl = `${appUrl}${FLOOR_DIR}/first-card.html?deck=${encodeURIComponent(deckFiles.join(','))}`;
  const result: FirstCardResult = { files, deckFiles, app: [], floor: [] };
  for (let i = 0; i < runs; i++) {
    result.app.push((await coldLoad(browser, `${appUrl}#/solo`, appUrl)).drawableAt);
    result.floor.push((await coldLoad(browser, floorUrl, appUrl)).drawableAt);
  }
  return result;
}
