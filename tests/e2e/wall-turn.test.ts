import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';

import { assembleSourceDeck } from '../../scripts/deck-source';
import type { FactorCard } from '../../src/domain/deck-schema';
import { parseDeck } from '../../src/domain/parse-deck';
import type { WallView } from '../../src/domain/session/wall-view';
import { describeInBrowser, useBrowserAndApp } from '../helpers/browser';
import { postWallView, wallView } from '../helpers/wall-views';

const parsed = parseDeck(assembleSourceDeck());
if (!parsed.ok) throw new Error('the deck in cards/ does not parse');
const factor = parsed.deck.cards.find((c): c is FactorCard => c.kind === 'factor')!;

declare global {
  interface Window {
    turns: { name: string; duration: string }[];
  }
}

/** Every animation of the card that started on the wall, with how long it lasts. */
function recordTurns() {
  window.turns = [];
  document.addEventListener('animationstart', (event) => {
    if (event.animationName.startsWith('flip-card'))
      window.turns.push({
        name: event.animationName,
        duration: getComputedStyle(event.target as Element).animationDuration,
      });
  });
}

/** The card's animations that started, once `count` have. */
const turns = async (page: Page, count: number) => {
  await page.waitForFunction((n) => window.turns.length >= n, count);
  return page.evaluate(() => window.turns);
};

describeInBrowser('the card on the wall turning over (1920x1080, motion allowed)', () => {
  const app = useBrowserAndApp();

  it('folds flat across its middle for half a second when flipped, and opens a new card', async () => {
    const context = await app.browser.newContext({ viewport: { width: 1920, height: 1080 } });
    const page = await context.newPage();
    await page.addInitScript(recordTurns);
    await page.goto(`${app.server.url}#/projector?session=s1`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    let seq = 0;
    const show = async (view: Partial<WallView>) => {
      seq += 1;
      await postWallView(page, wallView({ ...view, seq }));
      await page.waitForFunction(
        (n) => performance.getEntriesByName('tegenwicht:shown').some((m) => (m as PerformanceMark).detail?.seq === n),
        seq,
      );
    };

    await show({ card: factor, faceUp: true });
    expect(await turns(page, 1)).toEqual([{ name: 'flip-card-open', duration: '0.25s' }]);
    // Flat, not in perspective: a card as large as the wall drawn in 3D each frame takes the display longer
    // than the turn lasts without a graphics processor.
    const drawn = await page.evaluate(() => ({
      perspective: getComputedStyle(document.querySelector('.flip-card')!).perspective,
      transformStyle: getComputedStyle(document.querySelector('.flip-card__inner')!).transformStyle,
    }));
    expect(drawn).toEqual({ perspective: 'none', transformStyle: 'flat' });

    await show({ card: factor, faceUp: false });
    expect(await turns(page, 2)).toEqual([
      { name: 'flip-card-open', duration: '0.25s' },
      { name: 'flip-card-fold-down', duration: '0.5s' },
    ]);
    await page.getByRole('article', { name: 'De kaart ligt omgekeerd' }).waitFor();
    await context.close();
  });
});
