import { expect, it } from 'vitest';

import { describeInBrowser, useBrowserAndApp } from '../helpers/browser';

/** The files a script imports statically (`import … from "./x.js"`, `import "./x.js"`), as the build writes them. */
const staticImports = (code: string) =>
  [...code.matchAll(/(?:^|[;}\s])import\s*(?:[^'"`()]*?from\s*)?["'](\.\/[^"']+\.js)["']/g)].map((m) => m[1]!);

describeInBrowser('what a view loads before its first screen', () => {
  const app = useBrowserAndApp();

  it("runs the first script without waiting for the app's code: what it imports is a few kilobytes", async () => {
    const base = new URL('assets/', app.server.url);
    const html = await (await fetch(app.server.url)).text();
    const early = /<script[^>]+async[^>]+src="\.\/assets\/([^"]+\.js)"/.exec(html)?.[1];
    expect(early, 'the page starts with the first script').toBeTruthy();
    const seen = new Map<string, number>();
    const walk = async (file: string): Promise<void> => {
      if (seen.has(file)) return;
      const code = await (await fetch(new URL(file, base))).text();
      seen.set(file, code.length);
      for (const next of staticImports(code)) await walk(next.slice(2));
    };
    await walk(early!);
    const bytes = [...seen.values()].reduce((sum, n) => sum + n, 0);
    // The app's own code is over 300 KB; the first script's part under 16 KB (vite.config.ts, EARLY_MODULES).
    expect(bytes, [...seen.keys()].join(', ')).toBeLessThan(16_000);
    expect(seen.size).toBeGreaterThan(1);
  });

  it('opens the console with a handful of files, not dozens', async () => {
    const context = await app.browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    // The files that had arrived when the console's first screen (its list of formats) came into the page.
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (!document.querySelector('.format-list')) return;
        observer.disconnect();
        (window as unknown as { firstScreenFiles: string[] }).firstScreenFiles = performance
          .getEntriesByType('resource')
          .map((entry) => new URL(entry.name).pathname.split('/').pop()!)
          .filter((name) => /\.(js|css)$/.test(name));
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(`${app.server.url}#/console`);
    await page.getByRole('heading', { level: 1, name: 'Sessie leiden' }).waitFor();
    const files = await page.evaluate(() => (window as unknown as { firstScreenFiles: string[] }).firstScreenFiles);
    // Code, styles and the console's words; the bundler left to itself made 36 files of them.
    expect(files.length, files.join(', ')).toBeLessThanOrEqual(16);
    await context.close();
  });

  /**
   * React holds a view's content back for 300 ms once its loading line has shown, however soon the code came: a view
   * whose code is already on its way must open without that line (src/app/lazy-view.tsx, use-ready-route.ts).
   */
  it('opens a view whose code loads when opened without a loading line, from an address and from a link', async () => {
    const context = await app.browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { loadingLines: string[] }).loadingLines = seen;
      new MutationObserver(() => {
        for (const status of document.querySelectorAll('[role="status"]'))
          if (status.textContent?.includes('wordt geladen')) seen.push(window.location.hash);
      }).observe(document, { childList: true, subtree: true, characterData: true });
    });
    const loadingLines = () => page.evaluate(() => (window as unknown as { loadingLines: string[] }).loadingLines);

    await page.goto(`${app.server.url}#/join/KXT7PWR`);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await page.locator('.participant').waitFor();
    expect(await loadingLines()).toEqual([]);

    // From the start screen by its link: the start screen stays until the console can show.
    await page.goto(`${app.server.url}#/`);
    await page.getByRole('navigation').getByRole('link', { name: 'Sessie leiden' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sessie leiden' }).waitFor();
    await page.getByRole('navigation').getByRole('link', { name: 'Over', exact: true }).click();
    await page.locator('.format-list').waitFor({ state: 'detached' });
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    expect(await loadingLines()).toEqual([]);
    await context.close();
  });

  it('shows the loading line, and then the view, when its code is slow to come', async () => {
    const context = await app.browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/assets\/about-view-[^/]+\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    // The app waits for the view's code a moment only (VIEW_WAIT_MS), not for as long as the code takes.
    await page.goto(`${app.server.url}#/about`);
    await page.getByRole('status').filter({ hasText: 'Het scherm wordt geladen' }).waitFor();
    release();
    await page.getByRole('heading', { level: 1, name: 'Over Tegenwicht' }).waitFor();
    expect(await page.getByRole('status').filter({ hasText: 'Het scherm wordt geladen' }).count()).toBe(0);
    await context.close();
  });
});
