/**
 * Lighthouse on the built app. `npm run bench` runs it last; alone: `npm run build && npx tsx
 * scripts/bench-lighthouse.ts`, with LIGHTHOUSE_STRICT=1 to exit non-zero when a category is below the bar.
 *
 * Lighthouse 12 from npm, Debian's Chromium (or CHROMIUM_PATH), the default config: the mobile preset with
 * simulated throttling. Each page is measured LIGHTHOUSE_RUNS times (default 3), the pages taking turns so that a
 * busy moment of the machine does not fall on one page only; a fresh Chromium for every run. Prints per page the
 * median score per category, the median FCP, LCP, TBT and CLS, a PASS/FAIL line against the bar (98, TBT < 100 ms), and the
 * audits that cost points. Stops by itself: a run gives up after 90 s, no run starts after 6 minutes, and a
 * watchdog ends the process after 10.
 */
import { launch, type LaunchedChrome } from 'chrome-launcher';
import lighthouse, { type Flags, type Result } from 'lighthouse';
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { median } from './bench-tools';
import { QUIET_CHROMIUM_FLAGS, chromiumPath } from './chromium';
import { serveDist } from './static-server';

export const LIGHTHOUSE_BAR = 98;
/** Total blocking time each page must stay under (ms). */
export const TBT_BAR = 100;
const CATEGORIES = ['performance', 'accessibility', 'best-practices'] as const;
type Category = (typeof CATEGORIES)[number];
const PAGES = [
  { name: 'start', hash: '#/' },
  { name: 'solo', hash: '#/solo' },
  { name: 'console', hash: '#/console' },
  { name: 'join', hash: '#/join' },
  { name: 'projector', hash: '#/projector' },
];
const METRICS = [
  { id: 'first-contentful-paint', label: 'FCP', unit: 'ms' },
  { id: 'largest-contentful-paint', label: 'LCP', unit: 'ms' },
  { id: 'total-blocking-time', label: 'TBT', unit: 'ms' },
  { id: 'cumulative-layout-shift', label: 'CLS', unit: '' },
] as const;
/**
 * Lighthouse 12 dropped the PWA category and its audits; should any of them be there, they are shown as information.
 * Installability and offline play are checked by tests/e2e/offline.test.ts.
 */
const PWA_AUDITS = [
  'installable-manifest',
  'service-worker',
  'splash-screen',
  'themed-omnibox',
  'maskable-icon',
  'offline-start-url',
  'works-offline',
];

const CHROME_FLAGS = ['--headless=new', ...QUIET_CHROMIUM_FLAGS, '--disable-dev-shm-usage'];

interface PageResult {
  scores: Record<Category, number[]>;
  metrics: Record<string, number[]>;
  /** Audits that scored below 1 in a category below 100, with how many runs they did so in. */
  failing: Map<string, { title: string; displayValue: string; category: Category; weight: number; runs: number }>;
  info: Map<string, string>;
  errors: string[];
}

export interface LighthouseSummary {
  pass: boolean;
  medians: Record<string, Record<Category, number>>;
}

async function runOnce(url: string): Promise<Result> {
  if (!chromiumPath) throw new Error('No Chromium: apt-get install -y chromium (or set CHROMIUM_PATH)');
  let chrome: LaunchedChrome | undefined;
  try {
    chrome = await launch({ chromePath: chromiumPath, chromeFlags: CHROME_FLAGS, logLevel: 'silent' });
    const flags: Flags = {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: [...CATEGORIES],
      maxWaitForLoad: 30_000,
    };
    const result = await withTimeout(lighthouse(url, flags), 90_000, `Lighthouse on ${url}`);
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    if (result.lhr.runtimeError) throw new Error(`${result.lhr.runtimeError.code}: ${result.lhr.runtimeError.message}`);
    return result.lhr;
  } finally {
    chrome?.kill();
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took longer than ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

function record(result: PageResult, lhr: Result) {
  for (const category of CATEGORIES) {
    const cat = lhr.categories[category];
    if (!cat || cat.score === null) continue;
    result.scores[category].push(Math.round(cat.score * 100));
    if (cat.score >= 1) continue;
    for (const ref of cat.auditRefs) {
      const audit = lhr.audits[ref.id];
      if (!audit || audit.score === null || audit.score >= 1) continue;
      if (['notApplicable', 'manual', 'informative', 'error'].includes(audit.scoreDisplayMode)) continue;
      // A metric's score below 1 is its share of the performance score; below 0.9 (not green) it costs points.
      if (ref.group === 'metrics' && audit.score >= 0.9) continue;
      const known = result.failing.get(ref.id);
      result.failing.set(ref.id, {
        title: audit.title,
        displayValue: audit.displayValue ?? '',
        category,
        weight: ref.weight,
        runs: (known?.runs ?? 0) + 1,
      });
    }
  }
  for (const metric of METRICS) {
    const value = lhr.audits[metric.id]?.numericValue;
    if (typeof value === 'number') (result.metrics[metric.id] ??= []).push(value);
  }
  for (const id of PWA_AUDITS) {
    const audit = lhr.audits[id];
    if (audit) result.info.set(id, `${audit.title}${audit.displayValue ? ` (${audit.displayValue})` : ''}`);
  }
}

/**
 * Asks once for every file of the build, so that the server has compressed each before the first measured run (a
 * static host compresses at deploy time; Lighthouse would otherwise count the first compression as server time).
 */
async function warmUp(baseUrl: string, dir: string) {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  for (const file of files) {
    const path = relative(dir, join(file.parentPath, file.name));
    for (const encoding of ['br', 'gzip'])
      await (await fetch(`${baseUrl}${path}`, { headers: { 'accept-encoding': encoding } })).arrayBuffer();
  }
}

/** Runs Lighthouse on the app in `dir`, served at `baseUrl` (ending in a slash), and prints the medians. */
export async function benchLighthouse(
  baseUrl: string,
  { dir = 'dist', runs = Number(process.env.LIGHTHOUSE_RUNS ?? 3) } = {},
) {
  const watchdog = setTimeout(() => {
    console.error('Lighthouse bench: gave up after 10 minutes');
    process.exit(2);
  }, 10 * 60_000);
  watchdog.unref();
  await warmUp(baseUrl, dir);
  const started = Date.now();
  // 15 runs take about 2 minutes on a quiet machine; on a much busier one, no new run starts after 6 minutes.
  const budgetMs = 6 * 60_000;
  const results = new Map<string, PageResult>(
    PAGES.map((page) => [
      page.name,
      {
        scores: { performance: [], accessibility: [], 'best-practices': [] },
        metrics: {},
        failing: new Map(),
        info: new Map(),
        errors: [],
      },
    ]),
  );
  let version = '';
  for (let run = 1; run <= runs; run++) {
    for (const page of PAGES) {
      const result = results.get(page.name)!;
      if (Date.now() - started > budgetMs) {
        result.errors.push(`run ${run}: skipped, the Lighthouse part ran over ${budgetMs / 60_000} minutes`);
        continue;
      }
      try {
        const lhr = await runOnce(`${baseUrl}${page.hash}`);
        const chrome = lhr.environment.hostUserAgent.match(/Chrome\/[\d.]+/)?.[0] ?? '';
        const benchmarkIndex = Math.round(lhr.environment.benchmarkIndex);
        version ||= `Lighthouse ${lhr.lighthouseVersion}, ${chrome}, benchmarkIndex ${benchmarkIndex}`;
        record(result, lhr);
        for (const warning of lhr.runWarnings) if (run === 1) result.errors.push(`warning: ${warning}`);
      } catch (error) {
        result.errors.push(`run ${run}: ${(error as Error).message}`);
      }
    }
  }

  const seconds = ((Date.now() - started) / 1000).toFixed(0);
  console.log(`\nLighthouse, mobile preset (simulated throttling), median of ${runs} runs per page, ${seconds} s:`);
  if (version) console.log(`  ${version}`);
  const pad = (s: string, n: number) => s.padEnd(n);
  console.log(
    `  ${pad('page', 19)}${CATEGORIES.map((c) => pad(c, 16)).join('')}${METRICS.map((m) => pad(m.label, 10)).join('')}`,
  );
  const summary: LighthouseSummary = { pass: true, medians: {} };
  for (const page of PAGES) {
    const result = results.get(page.name)!;
    const medians = {} as Record<Category, number>;
    for (const c of CATEGORIES) medians[c] = result.scores[c].length ? median(result.scores[c]) : NaN;
    summary.medians[page.name] = medians;
    const metricCells = METRICS.map((m) => {
      const values = result.metrics[m.id] ?? [];
      if (!values.length) return pad('-', 10);
      const value = median(values);
      return pad(m.unit === 'ms' ? `${Math.round(value)} ms` : value.toFixed(3), 10);
    });
    const scoreCells = CATEGORIES.map((c) => pad(Number.isNaN(medians[c]) ? '-' : String(medians[c]), 16));
    console.log(`  ${pad(`${page.name} ${page.hash}`, 19)}${scoreCells.join('')}${metricCells.join('')}`);
  }
  for (const page of PAGES) {
    const result = results.get(page.name)!;
    const medians = summary.medians[page.name]!;
    const verdicts = CATEGORIES.map((c) => {
      const ok = medians[c] >= LIGHTHOUSE_BAR && result.scores[c].length === runs;
      if (!ok) summary.pass = false;
      return `${c} ${Number.isNaN(medians[c]) ? '-' : medians[c]} ${ok ? 'PASS' : 'FAIL'}`;
    });
    const tbt = result.metrics['total-blocking-time'] ?? [];
    const tbtOk = tbt.length === runs && median(tbt) < TBT_BAR;
    if (!tbtOk) summary.pass = false;
    verdicts.push(
      `TBT ${tbt.length ? `${Math.round(median(tbt))} ms` : '-'} < ${TBT_BAR} ms ${tbtOk ? 'PASS' : 'FAIL'}`,
    );
    console.log(`  ${pad(page.name, 8)} >= ${LIGHTHOUSE_BAR}: ${verdicts.join(', ')}`);
    // Audits with a weight take points off directly; the others (opportunities, diagnostics) say where time goes.
    const failing = [...result.failing.entries()].sort(
      ([, a], [, b]) => a.category.localeCompare(b.category) || b.weight - a.weight,
    );
    for (const [id, audit] of failing) {
      const weight = audit.weight > 0 ? `weight ${audit.weight}` : 'no weight';
      const value = audit.displayValue ? `: ${audit.displayValue}` : '';
      console.log(`    ${audit.category}: ${id} [${weight}, ${audit.runs}/${runs} runs] ${audit.title}${value}`);
    }
    for (const [id, text] of result.info) console.log(`    info (PWA): ${id}: ${text}`);
    for (const error of result.errors) console.log(`    ${error}`);
  }
  if (PAGES.every((page) => results.get(page.name)!.info.size === 0))
    console.log('  info (PWA): Lighthouse 12 has no PWA audits; tests/e2e/offline.test.ts checks installability');
  console.log(
    `  Lighthouse bar (each category >= ${LIGHTHOUSE_BAR} and TBT < ${TBT_BAR} ms on every page): ${summary.pass ? 'PASS' : 'FAIL'}`,
  );
  clearTimeout(watchdog);
  return summary;
}

// Run alone: serve dist/ and measure.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const server = await serveDist();
  try {
    const summary = await benchLighthouse(server.url);
    if (process.env.LIGHTHOUSE_STRICT === '1' && !summary.pass) process.exitCode = 1;
  } finally {
    await server.close();
  }
}
