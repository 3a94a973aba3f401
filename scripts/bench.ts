/**
 * `npm run bench` (after the build): what the solo view loads before the first card can be drawn, gzipped,
 * and the time from navigation to that moment in headless Chromium. Prints medians and p95.
 * Last, Lighthouse's scores for the start screen, solo, console and join views (scripts/bench-lighthouse.ts).
 */
import { gzipSync } from 'node:zlib';
import { median, percentile } from './bench-tools';
import { benchLighthouse } from './bench-lighthouse';
import { launchChromium } from './chromium';
import { serveDist } from './static-server';

const RUNS = Number(process.env.BENCH_RUNS ?? 21);

const server = await serveDist();
const browser = await launchChromium();
try {
  // 1. Bytes loaded before the first card is drawable.
  const context = await browser.newContext();
  const page = await context.newPage();
  const bodies: { url: string; type: string; raw: number; gzip: number }[] = [];
  page.on('response', async (response) => {
    const url = response.url();
    const type = url.endsWith('.js') ? 'js' : url.endsWith('.css') ? 'css' : url.endsWith('.json') ? 'json' : 'other';
    try {
      const body = await response.body();
      bodies.push({ url, type, raw: body.length, gzip: gzipSync(body, { level: 9 }).length });
    } catch {
      // A response without a body (a redirect) weighs nothing.
    }
  });
  await page.goto(`${server.url}#/solo`);
  await page.waitForFunction(() => performance.getEntriesByName('tegenwicht:drawable').length > 0);
  await page.waitForLoadState('networkidle');
  const sum = (type: string, key: 'raw' | 'gzip') =>
    bodies.filter((b) => b.type === type).reduce((total, b) => total + b[key], 0);
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  console.log('\nSolo view: loaded before the first card can be drawn');
  for (const type of ['js', 'css', 'json'])
    console.log(`  ${type.padEnd(4)} ${kb(sum(type, 'gzip')).padStart(9)} gzipped (${kb(sum(type, 'raw'))} raw)`);
  for (const b of bodies.filter((b) => b.type !== 'other'))
    console.log(`    ${new URL(b.url).pathname.split('/').pop()}: ${kb(b.gzip)} gz`);
  const jsGzip = sum('js', 'gzip');
  console.log(`  JavaScript budget 150 KB: ${jsGzip <= 150 * 1024 ? 'within' : 'OVER'} (${kb(jsGzip)})`);
  await context.close();

  // 2. Navigation to first card drawable, fresh context (cold cache) each run.
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const ctx = await browser.newContext();
    const p = await ctx.newPage();
    await p.goto(`${server.url}#/solo`);
    await p.waitForFunction(() => performance.getEntriesByName('tegenwicht:drawable').length > 0);
    times.push(await p.evaluate(() => performance.getEntriesByName('tegenwicht:drawable')[0]!.startTime));
    await ctx.close();
  }
  console.log(`\nNavigation to first card drawable, ${RUNS} cold loads on loopback:`);
  console.log(
    `  median ${median(times).toFixed(1)} ms, p95 ${percentile(times, 95).toFixed(1)} ms, min ${Math.min(...times).toFixed(1)} ms`,
  );

  // 3. Console action to projector showing it, over BroadcastChannel, two windows of one browser.
  const ACTIONS = Number(process.env.BENCH_ACTIONS ?? 240);
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const consolePage = await ctx.newPage();
  await consolePage.goto(`${server.url}#/console`);
  await consolePage.getByRole('button', { name: /Trek een kaart/ }).click();
  const sessionId = await consolePage
    .waitForFunction(
      () =>
        (
          JSON.parse(localStorage.getItem('tegenwicht/session') ?? 'null') as {
            state: { session: { sessionId: string } };
          }
        )?.state.session?.sessionId,
    )
    .then((handle) => handle.jsonValue());
  const wall = await ctx.newPage();
  await wall.goto(`${server.url}#/projector?session=${sessionId}`);
  await consolePage.bringToFront();
  await consolePage.keyboard.press('d');
  await wall.waitForFunction(() => performance.getEntriesByName('tegenwicht:shown').length > 0);
  const keys = ['ArrowRight', 'f', 'f', 'ArrowLeft', 'ArrowRight', 'b', 'b'];
  for (let i = 0; i < ACTIONS; i++) {
    const before = await wall.evaluate(() => performance.getEntriesByName('tegenwicht:shown').length);
    await consolePage.keyboard.press(keys[i % keys.length]!);
    await wall.waitForFunction((n) => performance.getEntriesByName('tegenwicht:shown').length > n, before);
  }
  const latencies = await wall.evaluate(() =>
    (performance.getEntriesByName('tegenwicht:shown') as PerformanceMark[])
      .map((m) => performance.timeOrigin + m.startTime - (m.detail as { sentAt: number }).sentAt)
      .slice(1),
  );
  console.log(`\nConsole action to projector showing it (BroadcastChannel), ${latencies.length} actions:`);
  console.log(
    `  median ${median(latencies).toFixed(2)} ms, p95 ${percentile(latencies, 95).toFixed(2)} ms, max ${Math.max(...latencies).toFixed(2)} ms (one frame: 16.7 ms)`,
  );
  await ctx.close();
} finally {
  await browser.close();
  await server.close();
}

// 4. Lighthouse, mobile preset: performance, accessibility and best practices per view (the browser above is closed,
// so it does not compete for the two cores).
const lighthouseServer = await serveDist();
try {
  await benchLighthouse(lighthouseServer.url);
} finally {
  await lighthouseServer.close();
}
