import type { BrowserContext } from 'playwright-core';
import { afterEach, expect, it } from 'vitest';

import { describeInBrowser, expectNoAxeViolations, useBrowserAndApp } from '../helpers/browser';
import { shoot, shotsFolder } from '../helpers/shots';

const A = 'Wettelijke kaders rond de klantgroep';
const B = 'Beschikbare instrumenten';
const C = 'Opleidingsachtergrond';
const D = "Intervisie met collega's";
const PLAYERS = ['Ans', 'Bram', 'Cem'];
// Two ties on purpose: A and B share the first place, C and D the third.
const PICKS = [
  [A, B, C],
  [B, C, A],
  [D, A, B],
];

/** The Borda count worked out by hand: with k picks the first gets k points, the last 1; ties share a place. */
function expectedPlaces(picks: string[][]): Record<string, string> {
  const points = new Map<string, number>();
  for (const pick of picks) pick.forEach((title, i) => points.set(title, (points.get(title) ?? 0) + pick.length - i));
  const places: Record<string, string> = {};
  for (const [title, own] of points) {
    const place = 1 + [...points.values()].filter((p) => p > own).length;
    const tied = [...points.values()].filter((p) => p === own).length > 1;
    places[title] = tied ? `gedeeld ${place}e` : `${place}e`;
  }
  return places;
}

describeInBrowser('Rangorde on one shared screen', () => {
  const app = useBrowserAndApp();
  const contexts: BrowserContext[] = [];
  const folder = shotsFolder('plans');
  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((c) => c.close()));
  });

  it('players pick in turn in the console, hidden, and the wall ranks the group by Borda count', async () => {
    const context = await app.browser.newContext({ viewport: { width: 1366, height: 768 } });
    contexts.push(context);
    const page = await context.newPage();
    await page.goto(`${app.server.url}#/console`);
    await page.getByRole('button', { name: /Rangorde/ }).click();
    await page.getByRole('toolbar').waitFor();
    await page.getByLabel('Aantal factoren per persoon').selectOption('3');
    await page.getByLabel(/^Namen/).fill(PLAYERS.join('\n'));
    await page.getByRole('button', { name: 'Spelers opslaan' }).click();
    await page.getByText('3 spelers').waitFor();
    const [wall] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('o')]);
    await wall.setViewportSize({ width: 1920, height: 1080 });

    for (const [index, name] of PLAYERS.entries()) {
      const turn = page.getByRole('group', { name: `${name} kiest 3 factoren, de zwaarste eerst` });
      await turn.waitFor();
      const confirm = turn.getByRole('button', { name: 'Keuze vastleggen' });
      for (const title of PICKS[index]!) await turn.getByRole('button', { name: title, exact: true }).click();
      expect(await turn.getByRole('list', { name: 'Gekozen, op volgorde' }).textContent()).toBe(PICKS[index]!.join(''));
      if (index === 0) await shoot(page, folder, 'rank-screen-pick');
      await confirm.click();
      // What was picked is hidden again before the next player's turn; the wall counts, never shows what.
      expect(await page.getByRole('list', { name: 'Gekozen, op volgorde' }).count()).toBe(0);
      await wall
        .getByText(`${index + 1} van 3`)
        .first()
        .waitFor();
      expect(await wall.locator('.rank-board__table').count()).toBe(0);
    }
    await page.getByText('Iedereen heeft gekozen. Onthul de rangorde.').waitFor();
    await page.getByRole('button', { name: 'Onthul de rangorde' }).click();

    const table = wall.locator('.rank-board__table tbody tr');
    await table.first().waitFor();
    const rows = await table.evaluateAll((trs) =>
      trs.map((tr) => [...tr.querySelectorAll('th, td')].slice(0, 2).map((c) => c.textContent?.trim() ?? '')),
    );
    const places = Object.fromEntries(rows.filter(([place]) => place !== 'niet gekozen').map(([p, t]) => [t, p]));
    expect(places).toEqual(expectedPlaces(PICKS));
    expect(places).toEqual({ [A]: 'gedeeld 1e', [B]: 'gedeeld 1e', [C]: 'gedeeld 3e', [D]: 'gedeeld 3e' });
    // The best places come first on the wall.
    expect(
      rows
        .slice(0, 2)
        .map(([, title]) => title)
        .sort(),
    ).toEqual([A, B].sort());
    await shoot(wall, folder, 'rank-screen-wall');
    await expectNoAxeViolations(wall);
    await expectNoAxeViolations(page);
  });
});
