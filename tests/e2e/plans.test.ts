import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterEach, expect, it } from 'vitest';

import { encodePayload } from '../../src/domain/share-link';
import { describeInBrowser, expectNoAxeViolations, useBrowserAndApp } from '../helpers/browser';
import { titleOnWall } from '../helpers/console-page';
import { shoot, shotsFolder } from '../helpers/shots';

const LAPTOP = { width: 1366, height: 768 };
const DILEMMA = 'Halverwege het plan een nieuwe wens';
const FACTOR = 'Wettelijke kaders rond de klantgroep';
const FACTOR_ID = 'factor-legal-frameworks-client-group';

/** Where an element lies, and whether all of it is inside the laptop's first screen. */
async function outsideFirstScreen(page: Page, selector: string): Promise<string[]> {
  return page.locator(selector).evaluateAll(
    (elements, { width, height }) =>
      elements
        .filter((e) => (e as HTMLElement).offsetParent !== null)
        .filter((e) => {
          const r = e.getBoundingClientRect();
          return !(r.top >= 0 && r.left >= 0 && r.bottom <= height && r.right <= width);
        })
        .map((e) => `${e.tagName.toLowerCase()} ${(e.textContent ?? '').trim().slice(0, 40)}`),
    LAPTOP,
  );
}

describeInBrowser('sharing a card, an order and a session plan without a server, in Chromium', () => {
  const app = useBrowserAndApp();
  const contexts: BrowserContext[] = [];
  const folder = shotsFolder('plans');
  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((c) => c.close()));
  });

  /** A fresh browser context: nothing stored, as on another device. */
  async function device(browser: Browser): Promise<Page> {
    const context = await browser.newContext({ viewport: LAPTOP, permissions: ['clipboard-read', 'clipboard-write'] });
    contexts.push(context);
    return context.newPage();
  }
  const copied = async (page: Page, button: string) => {
    const copy = page.getByRole('button', { name: button });
    await copy.click();
    await page.locator('.copy-address').filter({ has: copy }).getByText('Adres gekopieerd.').waitFor();
    return page.evaluate(() => navigator.clipboard.readText());
  };
  const card = (page: Page) => page.getByRole('article');

  it('copies the card on the table and the order of the deal in the console; both open on another device', async () => {
    const trainer = await device(app.browser);
    await trainer.goto(`${app.server.url}#/console`);
    await trainer.getByRole('button', { name: /Trek een kaart/ }).click();
    await trainer.getByRole('toolbar').waitFor();
    await trainer.getByLabel('Trek uit').selectOption({ label: 'Factoren' });
    const drawn: string[] = [];
    for (let i = 0; i < 3; i++) {
      await trainer.keyboard.press('d');
      drawn.push((await titleOnWall(trainer))!);
    }
    const cardAddress = await copied(trainer, 'Adres van deze kaart kopiëren');
    expect(cardAddress).toMatch(/#\/card\/factor-[a-z0-9-]+$/);
    const dealAddress = await copied(trainer, 'Adres van deze volgorde kopiëren');
    expect(dealAddress).toMatch(/#\/deal\/[A-Za-z0-9_-]+\.[0-9a-f]{8}$/);
    await shoot(trainer, folder, 'console-share');
    expect(await outsideFirstScreen(trainer, '.console-toolbar button, [role=timer], .timer-panel button')).toEqual([]);

    const other = await device(app.browser);
    await other.goto(cardAddress);
    await expect.poll(() => card(other).getAttribute('aria-label')).toBe(drawn[2]);
    await other.getByText('De kaart die met je gedeeld is, ligt open.').waitFor();

    const third = await device(app.browser);
    await third.goto(dealAddress);
    await third.getByText(/Je trekt nu in de volgorde die met je gedeeld is/).waitFor();
    const again: string[] = [];
    for (let i = 0; i < 3; i++) {
      await third.getByRole('button', { name: 'Trek een kaart' }).click();
      again.push((await card(third).getAttribute('aria-label'))!);
    }
    expect(again).toEqual(drawn);
  });

  it('prepares a plan, shares it as an address, and another device opens it ready to run, step by step', async () => {
    const trainer = await device(app.browser);
    await trainer.goto(`${app.server.url}#/console`);
    await trainer.getByRole('button', { name: 'Nieuw draaiboek' }).click();
    await trainer.getByLabel('Naam van het draaiboek').fill('Teamdag oktober');
    await trainer.getByLabel('Werkvorm', { exact: true }).selectOption({ label: 'Weeg de factoren' });
    await trainer.getByLabel('Minuten').fill('20');
    await trainer.getByLabel('Kaart zoeken voor stap 1').fill('halverwege wens');
    await trainer.getByRole('button', { name: `${DILEMMA} toevoegen` }).click();
    await trainer.getByLabel('Kaart zoeken voor stap 1').fill('wettelijke kaders');
    await trainer.getByRole('button', { name: `${FACTOR} toevoegen` }).click();
    await trainer.getByRole('button', { name: 'Stap toevoegen' }).click();
    await trainer.getByLabel('Werkvorm', { exact: true }).nth(1).selectOption({ label: 'Dilemma-duel' });
    await shoot(trainer, folder, 'plan-editor', true);
    await expectNoAxeViolations(trainer);
    await trainer.getByRole('button', { name: 'Draaiboek bewaren' }).click();
    const saved = trainer.getByRole('region', { name: 'Teamdag oktober' });
    await saved.waitFor();
    expect(await saved.textContent()).toContain(`Weeg de factoren · 20 min · ${DILEMMA}, ${FACTOR}`);
    await shoot(trainer, folder, 'plan-shelf', true);
    await expectNoAxeViolations(trainer);
    const address = await copied(trainer, 'Adres kopiëren');
    expect(address).toMatch(/#\/plan\/[A-Za-z0-9_-]+\.[0-9a-f]{8}$/);

    const [download] = await Promise.all([
      trainer.waitForEvent('download'),
      trainer.getByRole('button', { name: 'Bestand downloaden' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('draaiboek-teamdag-oktober.json');
    const file = await download.path();

    // Kept on this device across a reload.
    await trainer.reload();
    await trainer.getByRole('region', { name: 'Teamdag oktober' }).waitFor();

    const other = await device(app.browser);
    await other.goto(address);
    const offer = other.getByRole('region', { name: 'Gedeeld draaiboek: Teamdag oktober' });
    await offer.waitFor();
    expect(await offer.textContent()).toContain('Dit draaiboek past bij de stapel die hier geladen is.');
    await expect.poll(() => other.evaluate(() => location.hash)).toBe('#/console');
    // A reload does not lose the offer: the address it came from is gone by now.
    await other.reload();
    await offer.waitFor();
    expect(await offer.textContent()).toContain('Dit draaiboek past bij de stapel die hier geladen is.');
    await shoot(other, folder, 'plan-link-opened', true);
    await expectNoAxeViolations(other);
    await offer.getByRole('button', { name: 'Start het draaiboek' }).click();
    await other.getByRole('toolbar').waitFor();
    expect(await titleOnWall(other)).toBe(DILEMMA);
    const bar = other.getByRole('region', { name: 'Draaiboek Teamdag oktober' });
    expect(await bar.textContent()).toContain('Stap 1 van 2: Weeg de factoren, 20 min');
    expect(await other.getByRole('timer').first().textContent()).toContain('20:00');
    await shoot(other, folder, 'plan-step-1');
    expect(await outsideFirstScreen(other, '.console-toolbar button, [role=timer], .plan-bar button')).toEqual([]);
    expect(await outsideFirstScreen(other, '.console__column--format > section h2')).toEqual([]);
    await expectNoAxeViolations(other);

    await bar.getByRole('button', { name: 'Volgende stap: Dilemma-duel' }).click();
    await other.getByText('Stap 2 van 2: Dilemma-duel, 15 min').waitFor();
    await other.getByText('Dit is de laatste stap.').waitFor();
    expect(await other.locator('.console-toolbar__status').textContent()).toContain('Dilemma-duel');
    // The summary names the plan and the step the session is at.
    await other.getByRole('button', { name: 'Samenvatting bekijken en afdrukken' }).click();
    const summary = other.getByRole('dialog');
    await summary.getByText('Teamdag oktober (stap 2 van 2)').waitFor();
    await shoot(other, folder, 'plan-summary');
    await summary.getByRole('button', { name: 'Sluiten' }).click();

    // The same plan as a file, opened on a third device.
    const third = await device(app.browser);
    await third.goto(`${app.server.url}#/console`);
    await third.getByLabel('Draaiboek openen uit een bestand').setInputFiles(file);
    const fromFile = third.getByRole('region', { name: 'Gedeeld draaiboek: Teamdag oktober' });
    await fromFile.waitFor();
    expect(await fromFile.textContent()).toContain(`Weeg de factoren · 20 min · ${DILEMMA}, ${FACTOR}`);
    await fromFile.getByRole('button', { name: 'Start het draaiboek' }).click();
    await third.getByRole('toolbar').waitFor();
    expect(await titleOnWall(third)).toBe(DILEMMA);
  });

  it('refuses a damaged plan address with a message, and offers the closest match for another deck version', async () => {
    const page = await device(app.browser);
    const plan = encodePayload({
      f: 1,
      t: 'plan',
      d: 'tegenwicht.00000000',
      n: 'Oude versie',
      s: [['draw', 10, [FACTOR_ID, 'factor-no-longer-here']]],
    });
    const damaged = plan.slice(0, 12) + (plan[12] === 'A' ? 'B' : 'A') + plan.slice(13);
    await page.goto(`${app.server.url}#/plan/${damaged}`);
    const refused = page.getByRole('alert').filter({ hasText: 'Draaiboek niet geopend' });
    await refused.waitFor();
    expect(await refused.textContent()).toContain('beschadigd');
    await shoot(page, folder, 'plan-link-damaged');
    await expectNoAxeViolations(page);
    await refused.getByRole('button', { name: 'Sluiten' }).click();
    // The console still works.
    await page.getByRole('button', { name: /Trek een kaart/ }).waitFor();

    await page.goto(`${app.server.url}#/plan/${plan}`);
    const offer = page.getByRole('alert').filter({ hasText: 'Gedeeld draaiboek: Oude versie' });
    await offer.waitFor();
    expect(await offer.textContent()).toContain('andere versie van deze stapel');
    expect(await offer.textContent()).toContain('factor-no-longer-here');
    await shoot(page, folder, 'plan-other-version');
    await expectNoAxeViolations(page);
    await offer.getByRole('button', { name: 'Start met de kaarten die er zijn' }).click();
    await page.getByRole('toolbar').waitFor();
    expect(await titleOnWall(page)).toBe(FACTOR);
  });
});
