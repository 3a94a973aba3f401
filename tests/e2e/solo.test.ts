import type { BrowserContext, Page } from 'playwright-core';
import { afterEach, beforeEach, expect, it } from 'vitest';

import { describeInBrowser, expectNoAxeViolations, useBrowserAndApp } from '../helpers/browser';

describeInBrowser('solo view in Chromium', () => {
  const app = useBrowserAndApp();
  let context: BrowserContext;
  let page: Page;

  beforeEach(async () => {
    context = await app.browser.newContext();
    page = await context.newPage();
  });
  afterEach(async () => {
    await context.close();
  });

  const drawButton = () => page.getByRole('button', { name: 'Trek een kaart' });
  const card = () => page.getByRole('article');

  it('draws, flips, keeps a note across a reload', async () => {
    await page.goto(`${app.server.url}#/solo`);
    await drawButton().click();
    const title = await card().getAttribute('aria-label');
    expect(title).toBeTruthy();
    await expect.poll(() => card().locator('h2').first().textContent()).toBe(title);

    await page.getByRole('button', { name: 'Omdraaien' }).click();
    await expect.poll(() => card().getAttribute('aria-label')).toBe('De kaart ligt omgekeerd');
    await page.keyboard.press('f');
    await expect.poll(() => card().getAttribute('aria-label')).toBe(title);

    await page.getByLabel(/Jouw notitie bij deze kaart/).fill('Mijn klant van vorige week');
    await page.reload();
    await expect.poll(() => card().getAttribute('aria-label')).toBe(title);
    expect(await page.getByLabel(/Jouw notitie bij deze kaart/).inputValue()).toBe('Mijn klant van vorige week');
    expect(await page.getByRole('region', { name: 'Getrokken kaarten' }).textContent()).toContain('met notitie');
  });

  it('switches to English and remembers it after a reload', async () => {
    await page.goto(`${app.server.url}#/solo`);
    // At once: the English cards load in the background only once the page is idle; a switch before then asks for them.
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('button', { name: 'Draw a card' }).click();
    const english = (
      (await (await fetch(`${app.server.url}deck.en.json`)).json()) as { cards: { title: { en: string } }[] }
    ).cards.map((c) => c.title.en);
    await expect.poll(async () => english.includes((await card().getAttribute('aria-label')) ?? '')).toBe(true);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.reload();
    await page.getByRole('button', { name: 'Draw a card' }).waitFor();
    // After the reload the English cards are the first the page asks for, not the Dutch ones.
    const decks = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((entry) => new URL(entry.name).pathname.split('/').pop())
        .filter((file) => /^deck\.[a-z]{2}\.json$/.test(file ?? '')),
    );
    expect(decks[0]).toBe('deck.en.json');
  });

  it('names the card and field of a broken deck and keeps playing with the deck it had', async () => {
    await page.goto(`${app.server.url}#/solo`);
    await drawButton().click();
    const title = await card().getAttribute('aria-label');
    const broken = JSON.stringify({
      schemaVersion: 1,
      id: 'kapot',
      title: { nl: 'Kapot', en: 'Broken' },
      cards: [{ id: 'x-1', kind: 'joker', title: { nl: 'a', en: 'b' } }],
    });
    await page
      .getByLabel('Eigen stapel laden (JSON-bestand)')
      .setInputFiles({ name: 'kapot.json', mimeType: 'application/json', buffer: Buffer.from(broken) });
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('Kaart 1 (x-1), veld kind');
    expect(await card().getAttribute('aria-label')).toBe(title);
    expect(await page.getByText(/Je speelt met: Standaardstapel/).count()).toBe(1);
  });

  it('shows markup in a loaded deck as text, never runs it', async () => {
    await page.goto(`${app.server.url}#/solo`);
    const sneaky = {
      schemaVersion: 1,
      id: 'sneaky',
      title: { nl: 'S', en: 'S' },
      cards: [
        {
          id: 'f-1',
          kind: 'factor',
          cluster: 'client',
          title: { nl: 'Titel', en: 'Title' },
          text: { nl: '<img src=x onerror="window.pwned=1">', en: 'x' },
          questions: [
            { nl: 'a?', en: 'a?' },
            { nl: 'b?', en: 'b?' },
          ],
          sources: ['000_9230cb403256021f.txt'],
        },
      ],
    };
    await page
      .getByLabel('Eigen stapel laden (JSON-bestand)')
      .setInputFiles({ name: 's.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(sneaky)) });
    await page.getByRole('alert').waitFor();
    expect(await page.getByRole('alert').textContent()).toContain('veld text.nl: contains markup');
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
  });

  it('has no axe violations, with a card on the table', async () => {
    await page.goto(`${app.server.url}#/solo`);
    await drawButton().click();
    await page.getByLabel(/Jouw notitie/).waitFor();
    await expectNoAxeViolations(page);
  });

  it('shows every cluster with a label and colours that pass AA contrast', async () => {
    await page.goto(`${app.server.url}#/solo`);
    const clusters = [
      'Wet- en regelgeving & beleid',
      'Beroep',
      'Organisatie',
      'De professional zelf',
      'De klant',
      'Werkgever & arbeidsmarkt',
    ];
    for (const cluster of clusters) {
      await page.getByLabel('Trek uit').selectOption({ label: cluster });
      await drawButton().click();
      await card().getByText(cluster, { exact: true }).waitFor();
      await expectNoAxeViolations(page, ['color-contrast']);
    }
  });

  it('fits a 360 px phone and fades instead of turning with reduced motion', async () => {
    const phone = await app.browser.newContext({ viewport: { width: 360, height: 740 }, reducedMotion: 'reduce' });
    const p = await phone.newPage();
    await p.goto(`${app.server.url}#/solo`);
    await p.getByRole('button', { name: 'Trek een kaart' }).click();
    await p.locator('.flip-card__plain').waitFor();
    expect(await p.locator('.flip-card__inner').count()).toBe(0);
    expect(await p.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await phone.close();
  });
});
