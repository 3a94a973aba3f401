import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';

import { encodePayload } from '../../src/domain/share-link';
import { describeInBrowser, useBrowserAppAndRelay } from '../helpers/browser';
import { shoot, shotsFolder } from '../helpers/shots';

const FORMATS = ['Trek een kaart', 'Weeg de factoren', 'Vertragen', 'Dilemma-duel', 'Intervisie-ronde'];
/** The formats whose question counts answers: there the console asks how the group answers. */
const ANSWERED = ['Weeg de factoren', 'Dilemma-duel'];
const VIEWPORT = { width: 1366, height: 768 };

/** Where an element lies, and whether all of it is inside the laptop's first screen. */
async function inFirstScreen(page: Page, selector: string): Promise<{ what: string; box: string; inside: boolean }[]> {
  return page.locator(selector).evaluateAll(
    (elements, { width, height }) =>
      elements
        .filter((e) => (e as HTMLElement).offsetParent !== null)
        .map((e) => {
          const r = e.getBoundingClientRect();
          return {
            what: `${e.tagName.toLowerCase()} ${(e.textContent ?? '').trim().slice(0, 40)}`,
            box: `${Math.round(r.left)},${Math.round(r.top)} ${Math.round(r.width)}x${Math.round(r.height)}`,
            inside: r.top >= 0 && r.left >= 0 && r.bottom <= height && r.right <= width,
          };
        }),
    VIEWPORT,
  );
}

describeInBrowser('the console on a 1366x768 laptop', () => {
  const app = useBrowserAppAndRelay();
  const folder = shotsFolder('console');

  it.each(FORMATS)(
    '%s: its controls, the room status and the timer lie in the first screen, without scrolling',
    async (format) => {
      const context = await app.context({ viewport: VIEWPORT });
      try {
        const page = await context.newPage();
        await page.goto(`${app.server.url}#/console?relay=${encodeURIComponent(app.relay.url)}`);
        await page.getByRole('button', { name: new RegExp(format) }).click();
        await page.getByRole('toolbar').waitFor();
        await page.getByRole('button', { name: 'Groepssessie openen' }).click();
        await page
          .locator('.room-status')
          .filter({ hasText: /^Verbonden · 0 deelnemers$/ })
          .waitFor();
        await page.keyboard.press('d');

        await shoot(page, folder, `fit-${format.replace(/\W+/g, '-').toLowerCase()}`);
        const formatPanel = page.locator('.console__column--format > section').first();
        const controls = await inFirstScreen(
          page,
          '.console__column--format > section :is(h2, button, input, select, textarea, [role=status])',
        );
        expect(controls.length).toBeGreaterThan(0);
        expect(controls.filter((c) => !c.inside)).toEqual([]);
        expect(await formatPanel.getByRole('heading', { level: 2 }).first().isVisible()).toBe(true);
        // How the group answers sits above the format's controls where the format counts answers.
        const answerMode = await inFirstScreen(page, '.console__column--format > .answer-mode :is(legend, input)');
        if (ANSWERED.includes(format)) {
          expect(answerMode.length).toBeGreaterThanOrEqual(3);
          expect(answerMode.filter((c) => !c.inside)).toEqual([]);
          expect(await page.getByRole('radio', { name: 'Op hun telefoon' }).isChecked()).toBe(true);
        } else expect(answerMode).toEqual([]);
        expect((await inFirstScreen(page, '.console-toolbar button')).filter((c) => !c.inside)).toEqual([]);
        const essentials = await inFirstScreen(page, '[role=timer], .room-status, .timer-panel button');
        expect(essentials.length).toBeGreaterThanOrEqual(4);
        expect(essentials.filter((c) => !c.inside)).toEqual([]);
        expect(await page.evaluate(() => window.scrollY)).toBe(0);
      } finally {
        await context.close();
      }
    },
  );

  it('with a plan running and a group session open, the plan, the room status and the timer stay in view', async () => {
    const context = await app.context({ viewport: VIEWPORT });
    try {
      const page = await context.newPage();
      const plan = encodePayload({
        f: 1,
        t: 'plan',
        d: 'tegenwicht.00000000',
        n: 'Teamdag oktober',
        s: [
          ['weigh', 20, ['factor-legal-frameworks-client-group']],
          ['dilemma-duel', 15, []],
        ],
      });
      await page.goto(`${app.server.url}#/plan/${plan}`);
      await page.getByRole('button', { name: 'Start met de kaarten die er zijn' }).click();
      await page.getByRole('toolbar').waitFor();
      // The plan's address gave way to the console's; the test's relay goes on it as a trainer's link would.
      await page.evaluate(
        (relay) => (window.location.hash = `#/console?relay=${encodeURIComponent(relay)}`),
        app.relay.url,
      );
      await page.getByRole('button', { name: 'Groepssessie openen' }).click();
      await page
        .locator('.room-status')
        .filter({ hasText: /^Verbonden · 0 deelnemers$/ })
        .waitFor();
      await shoot(page, folder, 'fit-plan-in-a-room');
      const inView = await inFirstScreen(
        page,
        '.plan-bar :is(h2, button, [role=status]), [role=timer], .room-status, .timer-panel button, .console-toolbar button',
      );
      expect(inView.filter((c) => c.what.startsWith('button Volgende stap'))).toHaveLength(1);
      expect(inView.filter((c) => !c.inside)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('shows the whole heading of the shortcut overlay', async () => {
    const context = await app.context({ viewport: VIEWPORT });
    try {
      const page = await context.newPage();
      await page.goto(`${app.server.url}#/console`);
      await page.getByRole('button', { name: /Weeg de factoren/ }).click();
      await page.getByRole('toolbar').waitFor();
      await page.keyboard.press('?');
      const dialog = page.getByRole('dialog', { name: 'Sneltoetsen' });
      await dialog.waitFor();
      const heading = await inFirstScreen(page, 'dialog[open] h2');
      expect(heading).toHaveLength(1);
      expect(heading[0]!.inside).toBe(true);
      const box = (await dialog.getByRole('heading', { name: 'Sneltoetsen' }).boundingBox())!;
      const dialogBox = (await dialog.boundingBox())!;
      expect(box.y).toBeGreaterThanOrEqual(dialogBox.y);
      await shoot(page, folder, 'shortcuts-overlay');
    } finally {
      await context.close();
    }
  });
});
