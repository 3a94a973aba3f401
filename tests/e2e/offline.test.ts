import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, expect, it } from 'vitest';

import { serveDist, type StaticServer } from '../../scripts/static-server';
import { describeInBrowser, launchChromium } from '../helpers/browser';

/** Every file of the build, relative to dist/, but the service worker's own scripts. */
function builtFiles(dir = 'dist'): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split('\\').join('/'))
    .filter((file) => file !== 'sw.js' && !/^workbox-[\w-]+\.js$/.test(file))
    .sort();
}

/** Opens the app and waits until its service worker runs the page (the first worker claims it; else one reload). */
async function openControlled(page: Page, url: string) {
  await page.goto(url);
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  const controlled = () => page.evaluate(() => navigator.serviceWorker.controller !== null);
  try {
    await expect.poll(controlled, { timeout: 5_000 }).toBe(true);
  } catch {
    await page.reload();
    await expect.poll(controlled).toBe(true);
  }
}

/** What the precache holds: its URLs relative to the app's address, without Workbox's revision parameter. */
const cachedFiles = (page: Page, base: string) =>
  page.evaluate(async (base) => {
    const files: string[] = [];
    for (const name of await caches.keys()) {
      for (const request of await (await caches.open(name)).keys()) {
        const url = new URL(request.url);
        url.searchParams.delete('__WB_REVISION__');
        files.push(url.href.startsWith(base) ? url.href.slice(base.length) : url.href);
      }
    }
    return files.sort();
  }, base);

describeInBrowser('offline: the installed app in Chromium', () => {
  let browser: Browser;
  let server: StaticServer | undefined;
  let context: BrowserContext;

  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    server = await serveDist();
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  });
  afterEach(async () => {
    await context.close();
    await server?.close();
    server = undefined;
  });

  it('is installable: a manifest Chromium accepts, icons that load, the theme colour', async () => {
    const { url } = server!;
    const page = await context.newPage();
    await openControlled(page, `${url}#/`);

    const cdp = await context.newCDPSession(page);
    const { errors } = (await cdp.send('Page.getAppManifest')) as { errors: { message: string }[] };
    expect(errors).toEqual([]);
    const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as {
      installabilityErrors: { errorId: string }[];
    };
    // A test's browser context is incognito, which Chromium names too; every other check still runs.
    expect(installabilityErrors.filter((error) => error.errorId !== 'in-incognito')).toEqual([]);

    const head = await page.evaluate(() => ({
      manifest: document.querySelector<HTMLLinkElement>('link[rel="manifest"]')?.href,
      theme: document.querySelector<HTMLMetaElement>('meta[name="theme-color"]')?.content,
      touchIcon: document.querySelector<HTMLLinkElement>('link[rel="apple-touch-icon"]')?.href,
    }));
    expect(head.manifest).toBe(`${url}manifest.webmanifest`);
    expect(head.theme).toBe('#1f2a44');
    const manifest = (await (await page.request.get(head.manifest!)).json()) as {
      name: string;
      short_name: string;
      lang: string;
      start_url: string;
      scope: string;
      display: string;
      theme_color: string;
      background_color: string;
      icons: { src: string; sizes: string; purpose?: string }[];
    };
    expect(manifest).toMatchObject({
      name: 'Tegenwicht',
      short_name: 'Tegenwicht',
      lang: 'nl',
      start_url: './#/',
      scope: './',
      display: 'standalone',
      theme_color: '#1f2a44',
      background_color: '#fbf8f2',
    });
    const icons = [...manifest.icons.map((icon) => ({ ...icon, src: new URL(icon.src, head.manifest).href }))];
    icons.push({ src: head.touchIcon!, sizes: '180x180', purpose: 'any' });
    expect(icons.map((icon) => `${icon.sizes} ${icon.purpose ?? 'any'}`)).toEqual([
      '192x192 any',
      '512x512 any',
      '512x512 maskable',
      '180x180 any',
    ]);
    for (const icon of icons) {
      const size = await page.evaluate(async (src) => {
        const image = new Image();
        image.src = src;
        await image.decode();
        return `${image.naturalWidth}x${image.naturalHeight}`;
      }, icon.src);
      expect(size, icon.src).toBe(icon.sizes);
    }

    // The worker runs the app's folder, not the whole host: the app works from any sub-path.
    expect(await page.evaluate(() => navigator.serviceWorker.ready.then((r) => r.scope))).toBe(url);
  });

  it('precaches every file of the build, the lazily loaded views too, and nothing else', async () => {
    const { url } = server!;
    const page = await context.newPage();
    await openControlled(page, `${url}#/solo`);
    const files = builtFiles();
    for (const kind of [/^index\.html$/, /^deck\.json$/, /^deck\.schema\.json$/, /^manifest\.webmanifest$/])
      expect(files.some((file) => kind.test(file))).toBe(true);
    for (const view of ['console', 'projector', 'participant', 'print'])
      expect(
        files.some((file) => new RegExp(`^assets/${view}-view-[\\w-]+\\.js$`).test(file)),
        view,
      ).toBe(true);
    expect(await cachedFiles(page, url)).toEqual(files);
  });

  it('loads once, then plays with no network at all: solo, and console with projector in two windows', async () => {
    const { url } = server!;
    const solo = await context.newPage();
    await openControlled(solo, `${url}#/solo`);

    // No network: the browser is offline and the server is gone (Chromium's offline emulation does not reach a
    // service worker's own fetches, so only the stopped server proves that nothing came from the network).
    await context.setOffline(true);
    await server!.close();
    server = undefined;

    await solo.reload();
    // Only the worker answers: a file it does not hold cannot be fetched.
    expect(await solo.evaluate(() => fetch('./not-in-the-build.txt').then(String, () => 'unreachable'))).toBe(
      'unreachable',
    );
    await solo.getByRole('button', { name: 'Trek een kaart' }).click();
    const card = solo.getByRole('article');
    const title = await card.getAttribute('aria-label');
    expect(title).toBeTruthy();
    await expect.poll(() => card.locator('h2').first().textContent()).toBe(title);
    await solo.getByRole('button', { name: 'Omdraaien' }).click();
    await expect.poll(() => card.getAttribute('aria-label')).toBe('De kaart ligt omgekeerd');

    const consolePage = await context.newPage();
    await consolePage.goto(`${url}#/console`);
    await consolePage.getByRole('button', { name: /Trek een kaart/ }).click();
    await consolePage.getByRole('toolbar').waitFor();
    const [projector] = await Promise.all([context.waitForEvent('page'), consolePage.keyboard.press('o')]);
    await projector.waitForLoadState();
    await consolePage.bringToFront();
    await consolePage.keyboard.press('d');
    const wall = consolePage.getByRole('region', { name: 'Op de muur' }).locator('h2').nth(1);
    await expect.poll(() => wall.textContent()).toBeTruthy();
    const shown = await wall.textContent();
    await expect.poll(() => projector.getByRole('article').getAttribute('aria-label')).toBe(shown);
  });

  it('takes a new build as soon as it is online again, and keeps no file of the old one', async () => {
    // A copy of the build to change, served from the same address throughout.
    await server!.close();
    const dir = mkdtempSync(join(tmpdir(), 'tegenwicht-offline-'));
    try {
      cpSync('dist', dir, { recursive: true });
      server = await serveDist(dir);
      const { url } = server;
      const page = await context.newPage();
      await openControlled(page, `${url}#/solo`);
      const before = await cachedFiles(page, url);

      // The next build: a changed page and a new chunk, and so a new precache list in sw.js.
      const html = readFileSync(join(dir, 'index.html'), 'utf8').replace('<title>', '<!-- next build --><title>');
      writeFileSync(join(dir, 'index.html'), html);
      writeFileSync(join(dir, 'assets', 'next-build-0000.js'), 'export {};\n');
      rmSync(join(dir, 'favicon.svg'), { force: true });
      const md5 = (text: string) => createHash('md5').update(text).digest('hex');
      const sw = readFileSync(join(dir, 'sw.js'), 'utf8')
        .replace(/\{url:"index\.html",revision:"\w+"\}/, `{url:"index.html",revision:"${md5(html)}"}`)
        .replace(/\{url:"favicon\.svg",revision:"\w+"\},?/, '')
        .replace('{url:"index.html"', '{url:"assets/next-build-0000.js",revision:null},{url:"index.html"');
      expect(sw).toContain(md5(html));
      writeFileSync(join(dir, 'sw.js'), sw);

      // Opening the app again finds the new worker; it takes over and the page reloads onto the new build.
      await page.reload();
      await expect
        .poll(() => page.evaluate(() => document.head.innerHTML.includes('next build')), { timeout: 20_000 })
        .toBe(true);
      const after = await cachedFiles(page, url);
      expect(after).toContain('assets/next-build-0000.js');
      expect(after).not.toContain('favicon.svg');
      expect(after.filter((file) => file === 'index.html')).toHaveLength(1);
      expect(after.length).toBe(before.length);

      // And offline it is the new build that opens.
      await context.setOffline(true);
      await server.close();
      server = undefined;
      await page.reload();
      expect(await page.evaluate(() => document.head.innerHTML.includes('next build'))).toBe(true);
      await page.getByRole('button', { name: 'Trek een kaart' }).click();
      await page.getByRole('article').waitFor();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
