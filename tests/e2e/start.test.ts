import { expect, it } from 'vitest';

import { describeInBrowser, expectNoAxeViolations, useBrowserAndApp } from '../helpers/browser';

describeInBrowser('first run, help and every view in Chromium', () => {
  const app = useBrowserAndApp();

  it('gets a newcomer from the start screen to a first card in two clicks', async () => {
    const context = await app.browser.newContext();
    const page = await context.newPage();
    await page.goto(app.server.url);
    await page.getByRole('heading', { level: 1, name: 'Wat wil je doen?' }).waitFor();
    await page.getByRole('link', { name: /Alleen een kaart trekken/ }).click();
    await page.getByRole('button', { name: 'Trek een kaart' }).click();
    await page.getByRole('article').getByRole('heading', { level: 2 }).waitFor();
    await context.close();
  });

  it("shows the app's name while its code is still loading, never a blank page, and the app in its place after", async () => {
    // With scripts off, the page stays as it is before the app's code has run.
    const still = await app.browser.newContext({ javaScriptEnabled: false });
    const before = await still.newPage();
    await before.goto(app.server.url);
    expect(await before.locator('#root').textContent()).toBe('⚖ Tegenwicht');
    expect(
      await before.locator('#root').evaluate((root) => getComputedStyle(root.firstElementChild!).backgroundColor),
    ).not.toBe('rgba(0, 0, 0, 0)');
    await still.close();
    const context = await app.browser.newContext();
    const page = await context.newPage();
    await page.goto(app.server.url);
    await page.getByRole('heading', { level: 1, name: 'Wat wil je doen?' }).waitFor();
    expect(await page.getByText('⚖ Tegenwicht').count()).toBe(1);
    await context.close();
  });

  it('keeps the wall legible in a small window: no text under 12 px on a phone-sized projector', async () => {
    const context = await app.browser.newContext({ viewport: { width: 412, height: 823 }, isMobile: true });
    const page = await context.newPage();
    await page.goto(`${app.server.url}#/projector`);
    await page.getByRole('heading', { level: 1, name: 'Wacht op de sessie…' }).waitFor();
    const sizes = await page.evaluate(() => {
      const found: { text: string; px: number }[] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      while (walker.nextNode()) {
        const text = walker.currentNode.textContent?.trim();
        if (text) found.push({ text, px: parseFloat(getComputedStyle(walker.currentNode.parentElement!).fontSize) });
      }
      return found;
    });
    expect(sizes.length).toBeGreaterThan(2);
    expect(sizes.filter((s) => s.px < 12)).toEqual([]);
    await context.close();
  });

  it('credits the study and its authors on the about page and guides every format', async () => {
    const context = await app.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${app.server.url}#/about`);
    const about = (await page.getByRole('main').textContent()) ?? '';
    for (const name of [
      'Panteia',
      'ZINZIZ',
      'Muzus',
      'UWV',
      'Anne Drijvers',
      'Silvia Rossetti',
      'Rosanne Oomkens',
      'Aida Buckle',
      'Femke Bennenbroek',
      'Een vak apart!',
      'Roland Blonk',
      'geen bron bevestigt',
    ])
      expect(about).toContain(name);
    expect(about, 'sources are shown by name, never by file name').not.toMatch(/\.txt/);
    await page.goto(`${app.server.url}#/guide`);
    for (const format of ['Trek een kaart', 'Weeg de factoren', 'Vertragen', 'Dilemma-duel', 'Intervisie-ronde'])
      await page.getByRole('region', { name: format, exact: true }).waitFor();
    await context.close();
  });

  const views = ['', '#/solo', '#/console', '#/join', '#/guide', '#/about', '#/print'];

  it('has no axe violations on any view', async () => {
    const context = await app.browser.newContext();
    const page = await context.newPage();
    for (const view of views) {
      await page.goto(`${app.server.url}${view}`);
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      await expectNoAxeViolations(page);
    }
    await context.close();
  });

  it('stays usable at 200% zoom: no view scrolls sideways', async () => {
    // A 1280 px window at 200% zoom lays out like a 640 px window.
    const context = await app.browser.newContext({ viewport: { width: 640, height: 400 } });
    const page = await context.newPage();
    for (const view of views.filter((v) => v !== '#/print')) {
      await page.goto(`${app.server.url}${view}`);
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `${view || 'start'} scrolls sideways`).toBeLessThanOrEqual(0);
    }
    await context.close();
  });
});
