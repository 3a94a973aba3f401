import type { BrowserContext, Page } from 'playwright-core';
import { afterEach, beforeEach, expect, it } from 'vitest';

import { describeInBrowser, expectNoAxeViolations, useBrowserAndApp } from '../helpers/browser';
import { pickCard } from '../helpers/picker';
import { shoot, shotsFolder } from '../helpers/shots';

const folder = shotsFolder('console');

describeInBrowser('a trainer plays each format with the projector open, choosing the cards the group names', () => {
  const app = useBrowserAndApp();
  let context: BrowserContext;
  let consolePage: Page;
  let wall: Page;

  beforeEach(async () => {
    context = await app.browser.newContext({ viewport: { width: 1366, height: 768 } });
    consolePage = await context.newPage();
    await consolePage.goto(`${app.server.url}#/console`);
  });
  afterEach(async () => {
    await context.close();
  });

  const start = async (format: string, players: string[] = []) => {
    await consolePage.getByRole('button', { name: new RegExp(format) }).click();
    await consolePage.getByRole('toolbar').waitFor();
    if (players.length) {
      await consolePage.getByLabel(/Namen \(één per regel/).fill(players.join('\n'));
      await consolePage.getByRole('button', { name: 'Spelers opslaan' }).click();
    }
    [wall] = await Promise.all([context.waitForEvent('page'), consolePage.keyboard.press('o')]);
    await wall.setViewportSize({ width: 1920, height: 1080 });
    await wall.waitForLoadState();
    await consolePage.bringToFront();
  };
  const preview = () => consolePage.getByRole('region', { name: 'Op de muur' });
  /** The card on the wall as the console's preview names it, and as the projector shows it. */
  const agreeOnCard = async (title: string) => {
    await expect.poll(() => preview().locator('.card-face__title').first().textContent()).toBe(title);
    await expect.poll(() => wall.getByRole('article').first().getAttribute('aria-label')).toBe(title);
  };
  /** Both windows show the text: the console in its panels, the wall on the screen. */
  const bothShow = async (text: string) => {
    await expect.poll(async () => (await consolePage.locator('main').textContent()) ?? '').toContain(text);
    await expect.poll(async () => (await wall.locator('body').textContent()) ?? '').toContain(text);
  };
  const shots = async (name: string) => {
    await consolePage.evaluate(() => window.scrollTo(0, 0));
    await shoot(consolePage, folder, `${name}-console`);
    await shoot(wall, folder, `${name}-wall`);
  };

  it('Trek een kaart: the named card on the table, then the clicker on the wall window drives the console', async () => {
    await start('Trek een kaart');
    await pickCard(consolePage, 'belastbaar', 'Belastbaarheid van de klant', 'Op tafel leggen');
    await agreeOnCard('Belastbaarheid van de klant');
    await shots('draw-picked');

    // The trainer clicked the wall to make it fullscreen; the clicker's keys now go to the wall window.
    await wall.bringToFront();
    await wall.keyboard.press('PageDown');
    await expect
      .poll(() => preview().locator('.card-face__title').first().textContent())
      .not.toBe('Belastbaarheid van de klant');
    const next = (await preview().locator('.card-face__title').first().textContent())!;
    await agreeOnCard(next);
    await wall.keyboard.press('PageUp');
    await agreeOnCard('Belastbaarheid van de klant');
    await wall.keyboard.press('.');
    await preview().getByText('De muur is zwart').waitFor();
    await wall.getByText('Scherm zwart').waitFor();
    await wall.keyboard.press('.');
    await agreeOnCard('Belastbaarheid van de klant');
    await consolePage.bringToFront();
    // Only what was put on the table counts as played; browsing the picker plays nothing.
    const played = () =>
      consolePage.evaluate(
        () =>
          (
            JSON.parse(localStorage.getItem('tegenwicht/session') ?? 'null') as {
              state: { session: { played: string[] } };
            } | null
          )?.state.session.played.length ?? 0,
      );
    await expect.poll(played).toBe(2);
    await expectNoAxeViolations(consolePage);
  });

  it('Weeg de factoren: a named dilemma as the case, named factors on each side, weights, reveal', async () => {
    await start('Weeg de factoren');
    await pickCard(consolePage, 'uren zijn op', 'De uren zijn op', 'Als casus op tafel leggen');
    await bothShow('De uren zijn op');
    await pickCard(consolePage, 'caseload', 'Caseload', /^Op Kant A/);
    await pickCard(consolePage, 'prestatiedoel', 'Prestatiedoelen', /^Op Kant B/);
    const scale = consolePage.getByRole('list', { name: 'Op de weegschaal' });
    await expect.poll(() => scale.textContent()).toContain('Caseload');
    expect(await scale.textContent()).toContain('Prestatiedoelen');
    await bothShow('De uren zijn op');
    await shots('weigh-placed');

    await consolePage.getByRole('group', { name: /weegt: Caseload/ }).waitFor();
    await consolePage.keyboard.press('4');
    await consolePage.getByRole('group', { name: /weegt: Prestatiedoelen/ }).waitFor();
    await consolePage.keyboard.press('2');
    await consolePage.keyboard.press('r');
    await wall.getByRole('table').waitFor();
    const table = (await wall.getByRole('table').textContent()) ?? '';
    expect(table).toContain('Caseload');
    expect(table).toContain('Prestatiedoelen');
    await expect.poll(async () => (await consolePage.getByRole('table').textContent()) ?? '').toContain('Caseload');
    await shots('weigh-revealed');
    await expectNoAxeViolations(consolePage);
    await expectNoAxeViolations(wall);
  });

  it('Vertragen: the decision, a named factor on step 0, the next step, another named factor', async () => {
    await start('Vertragen');
    await consolePage.getByLabel('De beslissing die we vertragen').fill('Wel of geen jobcoach inzetten');
    await consolePage.keyboard.press('Tab');
    await bothShow('0 Vooraf');
    await pickCard(consolePage, 'intuitie', 'Intuïtie', /Koppelen aan stap 0/);
    // The wall names the factors of the step the group is at; the console lists every step's.
    await bothShow('Intuïtie');
    await consolePage.keyboard.press(']');
    await bothShow('1 Waarnemen');
    await pickCard(consolePage, 'caseload', 'Caseload', /Koppelen aan stap 1/);
    const steps = consolePage.locator('.steps-list');
    await expect.poll(() => steps.textContent()).toContain('Caseload');
    expect(await steps.textContent()).toContain('Intuïtie');
    await bothShow('Caseload');
    await shots('slow-down');
    await expectNoAxeViolations(consolePage);
  });

  it('Dilemma-duel: the named dilemma on the table, three secret choices, the split on both screens', async () => {
    await start('Dilemma-duel', ['Anna', 'Bo', 'Cem']);
    await pickCard(consolePage, 'betaald plaatsing', 'Betaald per plaatsing', 'Als casus op tafel leggen');
    await bothShow('Betaald per plaatsing');
    await consolePage.getByRole('group', { name: 'Anna kiest in het geheim' }).waitFor();
    await consolePage.keyboard.press('a');
    await consolePage.getByRole('group', { name: 'Bo kiest in het geheim' }).waitFor();
    await consolePage.keyboard.press('l');
    await consolePage.getByRole('group', { name: 'Cem kiest in het geheim' }).waitFor();
    await consolePage.keyboard.press('l');
    await shots('duel-chosen');
    await consolePage.keyboard.press('r');
    await expect.poll(async () => (await wall.textContent('body')) ?? '').toContain('1 van de 3 (33%)');
    expect(await wall.textContent('body')).toContain('2 van de 3 (67%)');
    await shots('duel-revealed');
    await expectNoAxeViolations(consolePage);
  });

  it('Intervisie-ronde: a case owner, a named question card, the next questioner, the closing loop', async () => {
    await start('Intervisie-ronde', ['Anna', 'Bo', 'Cem']);
    await consolePage.getByLabel('Casuseigenaar').selectOption({ label: 'Anna' });
    await pickCard(consolePage, 'wat je al dacht', 'Zie je wat je al dacht?', 'Op tafel leggen');
    await agreeOnCard('Zie je wat je al dacht?');
    await consolePage.getByText('Bo stelt de volgende vraag').waitFor();
    await pickCard(consolePage, 'dossier', 'Het dossier dat je vooraf leest', 'Op tafel leggen');
    await agreeOnCard('Het dossier dat je vooraf leest');
    await shots('intervision');
    await consolePage.getByRole('button', { name: 'Afsluiten met de triple feedbackloop' }).click();
    await bothShow('De triple feedbackloop');
    await shots('intervision-closing');
    await expectNoAxeViolations(consolePage);
  });
});
