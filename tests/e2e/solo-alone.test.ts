import { mkdirSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterEach, beforeAll, expect, it } from 'vitest';

import { describeInBrowser, expectNoAxeViolations, useBrowserAndApp } from '../helpers/browser';

const SHOTS = '/tmp/shots/solo';

describeInBrowser('a professional alone, in Chromium', () => {
  const app = useBrowserAndApp();
  const contexts: BrowserContext[] = [];
  beforeAll(() => mkdirSync(SHOTS, { recursive: true }));
  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((c) => c.close()));
  });

  /** A fresh browser context: nothing stored, as on another device. */
  async function device(browser: Browser, options: Parameters<Browser['newContext']>[0] = {}): Promise<Page> {
    const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'], ...options });
    contexts.push(context);
    return context.newPage();
  }
  const phone = { viewport: { width: 360, height: 640 }, isMobile: true, hasTouch: true };
  const card = (page: Page) => page.getByRole('article');
  const cardTop = (page: Page) => card(page).evaluate((el) => Math.round(el.getBoundingClientRect().top));

  it('on a 360x640 phone, taps Trek een kaart and has the card in view, focused, with no keyboard hint', async () => {
    const page = await device(app.browser, phone);
    await page.goto(`${app.server.url}#/solo`);
    await page.getByRole('button', { name: 'Trek een kaart' }).tap();
    await expect.poll(() => cardTop(page)).toBeLessThan(100);
    expect(await cardTop(page)).toBeGreaterThanOrEqual(0);
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('ARTICLE');
    expect(await page.getByText(/Sneltoetsen/).count()).toBe(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.screenshot({ path: `${SHOTS}/phone-drawn-card.png` });

    await page.getByLabel(/Jouw notitie bij deze kaart/).fill('Denk aan vorige week');
    await page.getByRole('status').filter({ hasText: 'Bewaard' }).waitFor();
    await page.getByLabel(/Jouw notitie bij deze kaart/).screenshot({ path: `${SHOTS}/phone-note.png` });
    await page.getByRole('button', { name: 'Trek een kaart' }).tap();
    await page.getByRole('button', { name: 'Geschiedenis wissen' }).tap();
    await page.getByRole('button', { name: 'Ja, wissen' }).waitFor();
    await page
      .getByRole('region', { name: 'Getrokken kaarten' })
      .screenshot({ path: `${SHOTS}/phone-history-confirm.png` });
    await expectNoAxeViolations(page);
  });

  it('shows the keyboard hint on a laptop with a mouse', async () => {
    const page = await device(app.browser, { viewport: { width: 1366, height: 768 } });
    await page.goto(`${app.server.url}#/solo`);
    await page.getByText('Sneltoetsen: D trekken · F omdraaien · ← vorige · → volgende').waitFor();
  });

  it('opens a card link in a fresh browser, on another device', async () => {
    const first = await device(app.browser);
    await first.goto(`${app.server.url}#/solo`);
    await first.getByRole('button', { name: 'Trek een kaart' }).click();
    const title = await card(first).getAttribute('aria-label');
    await first.getByRole('button', { name: 'Adres van deze kaart kopiëren' }).click();
    await first.getByText('Adres gekopieerd.').waitFor();
    const address = await first.evaluate(() => navigator.clipboard.readText());
    expect(address).toMatch(/#\/card\/[a-z0-9-]+$/);

    const other = await device(app.browser, phone);
    await other.goto(address);
    await expect.poll(() => card(other).getAttribute('aria-label')).toBe(title);
    await other.getByText('De kaart die met je gedeeld is, ligt open.').waitFor();
    expect(await other.evaluate(() => location.hash)).toBe('#/solo');
    await other.screenshot({ path: `${SHOTS}/card-link-opened.png`, fullPage: true });
    await expectNoAxeViolations(other);
  });

  it('opens a deal link in a fresh browser and draws the same cards in the same order', async () => {
    const first = await device(app.browser);
    await first.goto(`${app.server.url}#/solo`);
    await first.getByLabel('Trek uit').selectOption({ label: 'Factoren' });
    const drawn: string[] = [];
    await first.getByRole('button', { name: 'Trek een kaart' }).click();
    await first.getByRole('button', { name: 'Adres van deze volgorde kopiëren' }).click();
    await first.getByText('Adres gekopieerd.').waitFor();
    const address = await first.evaluate(() => navigator.clipboard.readText());
    drawn.push((await card(first).getAttribute('aria-label'))!);
    for (let i = 0; i < 3; i++) {
      await first.getByRole('button', { name: 'Trek een kaart' }).click();
      drawn.push((await card(first).getAttribute('aria-label'))!);
    }

    const other = await device(app.browser);
    await other.goto(address);
    await other.getByText(/Je trekt nu in de volgorde die met je gedeeld is/).waitFor();
    const again: string[] = [];
    for (let i = 0; i < 4; i++) {
      await other.getByRole('button', { name: 'Trek een kaart' }).click();
      again.push((await card(other).getAttribute('aria-label'))!);
    }
    expect(again).toEqual(drawn);
    expect(await other.getByLabel('Trek uit').inputValue()).toBe('kind:factor');
  });

  it('opens a deal link on a device with a deal of its own saved, even when the save is read last', async () => {
    const first = await device(app.browser);
    await first.goto(`${app.server.url}#/solo`);
    await first.getByLabel('Trek uit').selectOption({ label: 'Factoren' });
    await first.getByRole('button', { name: 'Trek een kaart' }).click();
    await first.getByRole('button', { name: 'Adres van deze volgorde kopiëren' }).click();
    await first.getByText('Adres gekopieerd.').waitFor();
    const address = await first.evaluate(() => navigator.clipboard.readText());
    const firstCard = await card(first).getAttribute('aria-label');

    const other = await device(app.browser);
    await other.goto(`${app.server.url}#/solo`);
    await other.getByRole('button', { name: 'Trek een kaart' }).click();
    await other.getByRole('button', { name: 'Trek een kaart' }).click();
    // The deck arrives before the code that reads this device's save, which holds a deal of its own.
    let deckLoaded!: () => void;
    const deck = new Promise<void>((resolve) => (deckLoaded = resolve));
    other.on('requestfinished', (request) => {
      if (/\/deck\.nl\.json$/.test(request.url())) deckLoaded();
    });
    await other.route(/\/assets\/saved-state-[^/]+\.js$/, async (route) => {
      await deck;
      await route.continue();
    });
    await other.goto('about:blank');
    await other.goto(address);
    await other.getByText(/Je trekt nu in de volgorde die met je gedeeld is/).waitFor();
    await other.getByRole('button', { name: 'Trek een kaart' }).click();
    expect(await card(other).getAttribute('aria-label')).toBe(firstCard);
    expect(await other.getByLabel('Trek uit').inputValue()).toBe('kind:factor');
  });

  it('refuses a damaged deal link with a message and keeps the app working', async () => {
    const page = await device(app.browser);
    await page.goto(`${app.server.url}#/deal/eyJmIjoxLCJ0IjoiZGVhbCJ9.00000000`);
    await page.getByRole('alert').waitFor();
    expect(await page.getByRole('alert').textContent()).toContain('Dit adres is beschadigd');
    await page.screenshot({ path: `${SHOTS}/deal-link-damaged.png`, fullPage: true });
    await page.getByRole('button', { name: 'Trek een kaart' }).click();
    await card(page).waitFor();
    await expectNoAxeViolations(page);
  });
});
