import { mkdirSync, readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { afterEach, beforeAll, expect, it } from 'vitest';

import { describeInBrowser, expectNoAxeViolations, useBrowserAndApp } from '../helpers/browser';

const SHOTS = '/tmp/shots/solo';

describeInBrowser('Leg je afweging uit, in Chromium', () => {
  const app = useBrowserAndApp();
  let context: BrowserContext;
  let page: Page;
  beforeAll(() => mkdirSync(SHOTS, { recursive: true }));
  afterEach(async () => {
    await context?.close();
  });

  it('walks a decision, prints the explanation to one PDF page with the chosen factors, and keeps the walk', async () => {
    context = await app.browser.newContext({ viewport: { width: 1024, height: 900 } });
    page = await context.newPage();
    await page.goto(`${app.server.url}#/`);
    await page.getByRole('link', { name: 'Leg een afweging uit aan je klant' }).click();
    await page.getByRole('button', { name: 'Begin een nieuwe uitleg' }).click();
    await page
      .getByLabel('Wat heb je besloten?')
      .fill('Je start met een proefplaatsing van drie maanden bij een bakkerij.');
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Volgende' }).click();
    await page.getByRole('heading', { name: 'Stap 0: Vooraf' }).waitFor();
    await page.getByRole('button', { name: 'Volgende' }).click();

    await page.getByLabel('Zoek een factor').fill('belastbaarheid');
    await page.getByRole('checkbox', { name: /Belastbaarheid van de klant/ }).check();
    await page
      .getByRole('checkbox', { name: 'De klant kan hier invloed op hebben (Belastbaarheid van de klant)' })
      .check();
    await page.screenshot({ path: `${SHOTS}/explain-step.png`, fullPage: true });
    await expectNoAxeViolations(page);

    await page.getByRole('button', { name: 'Stap 4' }).click();
    await page.getByLabel('Cluster').selectOption({ label: 'Organisatie' });
    await page.getByRole('checkbox', { name: /^Caseload/ }).check();
    await page.getByLabel(/Hoe woog dit mee\?.*\(Caseload\)/).fill('Ik kan je elke week zien, niet vaker.');
    await page.getByRole('button', { name: 'Uitleg', exact: true }).click();
    await page.getByLabel('Hoe kan de klant reageren?').fill('Bel of mail mij binnen twee weken.');

    const doc = page.getByRole('article', { name: 'Uitleg voor de klant' });
    await doc.waitFor();
    await page.getByRole('heading', { name: /Voor jezelf, tot slot/ }).waitFor();
    await page.screenshot({ path: `${SHOTS}/explain-result.png`, fullPage: true });
    await expectNoAxeViolations(page);

    await page.emulateMedia({ media: 'print' });
    const printed = await page.evaluate(() => document.body.innerText);
    expect(printed).toContain('Uitleg over een besluit');
    expect(printed).toContain('Je start met een proefplaatsing van drie maanden bij een bakkerij.');
    expect(printed).toMatch(/Waar jij invloed op hebt\s+Aan deze dingen[^\n]*\s+Belastbaarheid van de klant/);
    expect(printed).toMatch(/Waar jij geen invloed op hebt\s+Deze dingen[^\n]*\s+Caseload/);
    expect(printed).toContain('Caseload: Ik kan je elke week zien, niet vaker.');
    expect(printed).toContain('Bel of mail mij binnen twee weken.');
    for (const hidden of ['Zoek een factor', 'Sessie leiden', 'Voor jezelf, tot slot', 'Afdrukken of opslaan als pdf'])
      expect(printed).not.toContain(hidden);
    await page.screenshot({ path: `${SHOTS}/explain-print.png`, fullPage: true });
    const pdfPath = `${SHOTS}/explain.pdf`;
    await page.pdf({ path: pdfPath, format: 'A4', preferCSSPageSize: true });
    const pages = readFileSync(pdfPath, 'latin1').match(/\/Type\s*\/Page(?!s)/g) ?? [];
    expect(pages).toHaveLength(1);
    await page.emulateMedia({ media: 'screen' });

    await page.goto(`${app.server.url}#/solo`);
    const walks = page.getByRole('region', { name: 'Uitgelegde afwegingen' });
    await walks.getByRole('link', { name: /Je start met een proefplaatsing/ }).click();
    await page.getByRole('article', { name: 'Uitleg voor de klant' }).waitFor();
  }, 180_000);

  it('explains in English too, with no Dutch left in the document', async () => {
    context = await app.browser.newContext({ viewport: { width: 360, height: 640 }, isMobile: true, hasTouch: true });
    page = await context.newPage();
    await page.goto(`${app.server.url}#/explain`);
    await page.getByRole('button', { name: 'English' }).tap();
    await page.getByRole('button', { name: 'Start a new explanation' }).tap();
    await page.getByLabel('What did you decide?').fill('You start with a trial placement.');
    await page.getByRole('button', { name: 'Step 3' }).tap();
    await page.getByLabel('Search for a factor').fill('caseload');
    await page.getByRole('checkbox', { name: /^Caseload/ }).check();
    await page.getByRole('button', { name: 'Explanation', exact: true }).tap();
    const doc = page.getByRole('article', { name: 'Explanation for the client' });
    expect(await doc.innerText()).toContain('What the options were');
    expect(await doc.innerText()).not.toMatch(/Wat |besluit/);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.screenshot({ path: `${SHOTS}/explain-phone-en.png`, fullPage: true });
    await expectNoAxeViolations(page);
  });
});
