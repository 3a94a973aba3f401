import type { BrowserContext, Page } from 'playwright-core';
import { afterEach, beforeEach, expect, it } from 'vitest';

import { describeInBrowser, expectNoAxeViolations, useBrowserAndApp } from '../helpers/browser';
import { drawUntil, titleOnWall } from '../helpers/console-page';
import { tabTo } from '../helpers/keyboard';

describeInBrowser('console and projector in Chromium', () => {
  const app = useBrowserAndApp();
  let context: BrowserContext;
  let consolePage: Page;

  beforeEach(async () => {
    context = await app.browser.newContext({ viewport: { width: 1280, height: 900 } });
    consolePage = await context.newPage();
    await consolePage.goto(`${app.server.url}#/console`);
  });
  afterEach(async () => {
    await context.close();
  });

  const wallTitle = () => titleOnWall(consolePage);
  const deckFilesFetched = (page: Page) =>
    page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((entry) => new URL(entry.name).pathname.split('/').pop()!)
        .filter((file) => /^deck(\.[a-z]{2})?\.json$/.test(file)),
    );
  const projectorCard = (projector: Page) => projector.getByRole('article');
  const start = async (format: RegExp) => {
    await consolePage.getByRole('button', { name: format }).click();
    await consolePage.getByRole('toolbar').waitFor();
  };
  const openProjector = async () => {
    const [projector] = await Promise.all([context.waitForEvent('page'), consolePage.keyboard.press('o')]);
    await projector.waitForLoadState();
    return projector;
  };
  /** A draw session with the projector open and the first card drawn, once the wall shows it. */
  const drawFirstCard = async () => {
    await start(/Trek een kaart/);
    const projector = await openProjector();
    await consolePage.bringToFront();
    await consolePage.keyboard.press('d');
    const first = await wallTitle();
    await expect.poll(() => projectorCard(projector).getAttribute('aria-label')).toBe(first);
    return { projector, first };
  };

  it('shows every console action on the projector, and the projector catches up after a reload', async () => {
    const { projector, first } = await drawFirstCard();

    await consolePage.keyboard.press('ArrowRight');
    const second = await wallTitle();
    expect(second).not.toBe(first);
    await expect.poll(() => projectorCard(projector).getAttribute('aria-label')).toBe(second);

    await consolePage.keyboard.press('ArrowLeft');
    await expect.poll(() => projectorCard(projector).getAttribute('aria-label')).toBe(first);

    await consolePage.keyboard.press('f');
    await expect.poll(() => projectorCard(projector).getAttribute('aria-label')).toBe('De kaart ligt omgekeerd');
    await consolePage.keyboard.press('f');

    await consolePage.keyboard.press('b');
    await expect.poll(() => projector.getByText('Scherm zwart').count()).toBe(1);
    expect(await projectorCard(projector).count()).toBe(0);
    await consolePage.keyboard.press('b');
    await expect.poll(() => projectorCard(projector).getAttribute('aria-label')).toBe(first);

    // Hold: the wall keeps the card while the console moves on.
    await consolePage.keyboard.press('h');
    await consolePage.keyboard.press('ArrowRight');
    await consolePage.keyboard.press('ArrowRight');
    await expect.poll(() => consolePage.getByText('Achter de vastgehouden muur:').count()).toBe(1);
    expect(await projectorCard(projector).getAttribute('aria-label')).toBe(first);
    await consolePage.keyboard.press('h');
    const live = await wallTitle();
    await expect.poll(() => projectorCard(projector).getAttribute('aria-label')).toBe(live);

    await consolePage.keyboard.press('t');
    await expect.poll(() => projector.getByRole('timer').count()).toBe(1);

    await projector.reload();
    await expect.poll(() => projectorCard(projector).getAttribute('aria-label')).toBe(live);
    // The wall shows the card the console sent; it fetched no deck of its own for it.
    expect(await deckFilesFetched(projector)).toEqual([]);

    // A second projector window follows too.
    const second2 = await context.newPage();
    await second2.goto(projector.url());
    await expect.poll(() => projectorCard(second2).getAttribute('aria-label')).toBe(live);
    await consolePage.keyboard.press('x');
    const afterDiscard = await wallTitle();
    await expect.poll(() => projectorCard(projector).getAttribute('aria-label')).toBe(afterDiscard);
    await expect.poll(() => projectorCard(second2).getAttribute('aria-label')).toBe(afterDiscard);
  });

  it('has the card a step leads to laid out on the wall before the step, over one channel in each window', async () => {
    // Every channel a window opens, and every message each one hears.
    await context.addInitScript(() => {
      const heard: string[] = [];
      Object.assign(window, { channels: 0, heard });
      const Channel = window.BroadcastChannel;
      window.BroadcastChannel = class extends Channel {
        constructor(name: string) {
          super(name);
          (window as unknown as { channels: number }).channels += 1;
          this.addEventListener('message', (event) => heard.push(String(event.data).slice(0, 30)));
        }
      };
    });
    await consolePage.reload();
    const { projector } = await drawFirstCard();
    const laidOut = () =>
      projector.evaluate(() =>
        [...document.querySelectorAll('.fit-box[aria-hidden="true"] .card-face__title')].map((t) => t.textContent),
      );
    await expect.poll(laidOut).toHaveLength(1);
    const [ahead] = await laidOut();

    const heardBefore = await projector.evaluate(() => (window as unknown as { heard: string[] }).heard.length);
    await consolePage.keyboard.press('ArrowRight');
    expect(await wallTitle()).toBe(ahead);
    await expect.poll(() => projectorCard(projector).getAttribute('aria-label')).toBe(ahead);
    // The view came once: a second channel in the wall would hear it twice, each time a task before its frame.
    const views = await projector.evaluate(
      (from) => (window as unknown as { heard: string[] }).heard.slice(from).filter((m) => m.includes('"view"')),
      heardBefore,
    );
    expect(views).toHaveLength(1);
    for (const page of [consolePage, projector])
      expect(await page.evaluate(() => (window as unknown as { channels: number }).channels)).toBe(1);
  });

  it('resumes the session after the console is reloaded', async () => {
    await start(/Trek een kaart/);
    const projector = await openProjector();
    await consolePage.bringToFront();
    await consolePage.keyboard.press('d');
    await consolePage.keyboard.press('ArrowRight');
    const shown = await wallTitle();
    await consolePage.reload();
    await consolePage.getByRole('toolbar').waitFor();
    expect(await wallTitle()).toBe(shown);
    await consolePage.keyboard.press('ArrowLeft');
    const back = await wallTitle();
    expect(back).not.toBe(shown);
    await expect.poll(() => projectorCard(projector).getAttribute('aria-label')).toBe(back);
  });

  it('ignores and counts messages of another session or malformed ones, and keeps showing the card', async () => {
    await start(/Trek een kaart/);
    const projector = await openProjector();
    await consolePage.bringToFront();
    await consolePage.keyboard.press('d');
    const shown = await wallTitle();
    await expect.poll(() => projectorCard(projector).getAttribute('aria-label')).toBe(shown);
    await consolePage.evaluate(() => {
      const channel = new BroadcastChannel('tegenwicht-session');
      channel.postMessage('{not json');
      channel.postMessage({ v: 1, type: 'view' });
      channel.postMessage('x'.repeat(300_000));
      channel.postMessage(JSON.stringify({ v: 1, type: 'view', view: { sessionId: 'someone-else' } }));
      channel.close();
    });
    await expect.poll(() => projector.locator('[data-ignored]').getAttribute('data-ignored')).toBe('4');
    expect(await projectorCard(projector).getAttribute('aria-label')).toBe(shown);
  });

  it('plays a whole Dilemma-duel with the keyboard only', async () => {
    await consolePage.getByRole('button', { name: /Dilemma-duel/ }).waitFor();
    await tabTo(consolePage, /Dilemma-duel/);
    await consolePage.keyboard.press('Enter');
    await consolePage.getByRole('toolbar').waitFor();
    await tabTo(consolePage, /Namen \(één per regel/);
    await consolePage.keyboard.type('Anna\nBo\nCem');
    await tabTo(consolePage, /Spelers opslaan/);
    await consolePage.keyboard.press('Enter');
    // Draw until a dilemma is on the table, then put it down as the case.
    await drawUntil(consolePage, (kind) => kind === 'Dilemma');
    await consolePage.keyboard.press('c');
    await consolePage.getByRole('group', { name: 'Anna kiest in het geheim' }).waitFor();
    await consolePage.keyboard.press('a');
    await consolePage.keyboard.press('l');
    await consolePage.keyboard.press('l');
    await consolePage.getByText('3 van 3 hebben gekozen').waitFor();
    const projector = await openProjector();
    await consolePage.bringToFront();
    await consolePage.keyboard.press('r');
    await expect.poll(async () => (await projector.textContent('body')) ?? '').toContain('1 van de 3 (33%)');
    expect(await projector.textContent('body')).toContain('2 van de 3 (67%)');
    await expectNoAxeViolations(consolePage);
    await expectNoAxeViolations(projector);
  });

  it('plays a whole Weeg de factoren with the keyboard only, and the wall shows the spread', async () => {
    await consolePage.getByRole('button', { name: /Weeg de factoren/ }).waitFor();
    await tabTo(consolePage, /Weeg de factoren/);
    await consolePage.keyboard.press('Enter');
    await consolePage.getByRole('toolbar').waitFor();
    await tabTo(consolePage, /Namen \(één per regel/);
    await consolePage.keyboard.type('Anna\nBo');
    await tabTo(consolePage, /Spelers opslaan/);
    await consolePage.keyboard.press('Enter');
    let hasCase = false;
    let placed = 0;
    await drawUntil(consolePage, async (kind) => {
      if (kind === 'Dilemma' && !hasCase) {
        await consolePage.keyboard.press('c');
        hasCase = true;
      } else if (kind === 'Factor' && placed < 2) {
        await consolePage.keyboard.press(placed === 0 ? '[' : ']');
        placed++;
      }
      return hasCase && placed === 2;
    });
    await consolePage.getByRole('group', { name: /Anna weegt/ }).waitFor();
    for (const key of ['5', '2', '1', '4']) await consolePage.keyboard.press(key);
    await consolePage.getByText('2 van 2 hebben gewogen').waitFor();
    const projector = await openProjector();
    await consolePage.bringToFront();
    await consolePage.keyboard.press('r');
    const table = projector.getByRole('table');
    await table.waitFor();
    const text = (await table.textContent()) ?? '';
    expect(text).toMatch(/3/);
    expect(await projector.getByRole('img', { name: /balans/i }).count()).toBeGreaterThan(0);
    await expectNoAxeViolations(consolePage);
    await expectNoAxeViolations(projector);

    // Weeg opnieuw: after the talk the same question again, in secret; then both rounds side by side.
    await consolePage.keyboard.press('w');
    await projector.getByRole('table').waitFor({ state: 'detached' });
    await consolePage.getByText('Ronde 2', { exact: true }).waitFor();
    await consolePage.getByRole('group', { name: /Anna weegt/ }).waitFor();
    for (const key of ['4', '3', '4', '3']) await consolePage.keyboard.press(key);
    await consolePage.getByText('2 van 2 hebben gewogen').waitFor();
    await consolePage.keyboard.press('r');
    await projector.getByText('Ronde 2 naast ronde 1').waitFor();
    const rounds = (await projector.getByRole('table').textContent()) ?? '';
    // The first factor went from 5 and 1 to 4 and 4, the second from 2 and 4 to 3 and 3.
    expect(rounds).toContain('ronde 1: 3,0; ronde 2: 4,0 (1,0 zwaarder)');
    expect(rounds).toContain('ronde 1: 1–5; ronde 2: 4–4');
    expect(rounds).toContain('ronde 1: 3,0; ronde 2: 3,0 (gelijk gebleven)');
    expect(await projector.textContent('body')).toContain(
      'Dichter bij elkaar: 2 · even ver uiteen: 0 · verder uiteen: 0',
    );
    await projector.screenshot({ path: '/tmp/shots/console/weigh-again-wall.png' });
    await expectNoAxeViolations(projector);
  });
});
