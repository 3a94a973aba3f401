import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';

import { assembleSourceDeck } from '../../scripts/deck-source';
import type { FactorCard } from '../../src/domain/deck-schema';
import { parseDeck } from '../../src/domain/parse-deck';
import type { WallView } from '../../src/domain/session/wall-view';
import { describeInBrowser, useBrowserAndApp } from '../helpers/browser';
import { postWallView, postWallMessage, wallView } from '../helpers/wall-views';

const parsed = parseDeck(assembleSourceDeck());
if (!parsed.ok) throw new Error('the deck in cards/ does not parse');
const [factor, other] = parsed.deck.cards.filter((c): c is FactorCard => c.kind === 'factor');

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

  /** A wall at 1920x1080 following session s1, recording the card's animations. */
  const openWall = async () => {
    const context = await app.browser.newContext({ viewport: { width: 1920, height: 1080 } });
    const page = await context.newPage();
    await page.addInitScript(recordTurns);
    await page.goto(`${app.server.url}#/projector?session=s1`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    return { context, page };
  };

  it('folds flat across its middle for half a second when flipped, and opens a new card', async () => {
    const { context, page } = await openWall();
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

  it('lays the next card out while it waits, shows it in one step, and opens it then', async () => {
    const { context, page } = await openWall();
    await postWallView(page, wallView({ card: factor!, seq: 1 }));
    await page.getByRole('heading', { level: 2, name: factor!.title.nl }).waitFor();
    await postWallMessage(page, { v: 1, type: 'nearby', sessionId: 's1', cards: [other!] });
    const found = await page.waitForFunction(
      (title) =>
        [...document.querySelectorAll<HTMLElement>('.fit-box[aria-hidden="true"]')].find((box) =>
          box.textContent?.includes(title),
        ),
      other!.title.nl,
    );
    const ahead = found.asElement()!;
    // Laid out, fitted, and out of sight: what the back row sees is still the first card.
    const seen = () =>
      page.evaluate(() => {
        const box = document.elementFromPoint(960, 600)?.closest('.fit-box');
        return box?.querySelector('.card-face__title')?.textContent ?? null;
      });
    expect(await seen()).toBe(factor!.title.nl);
    expect(await ahead.evaluate((box) => [getComputedStyle(box).opacity, box.dataset.overflow ?? null])).toEqual([
      '0',
      null,
    ]);
    const opened = (await turns(page, 1)).length;

    await postWallView(page, wallView({ card: other!, seq: 2 }));
    await page.getByRole('heading', { level: 2, name: other!.title.nl }).waitFor();
    expect(await seen()).toBe(other!.title.nl);
    // The card shown is the one laid out ahead, and it opens as a card just drawn does.
    expect(await ahead.evaluate((box) => box.isConnected && box.getAttribute('aria-hidden') === null)).toBe(true);
    expect((await turns(page, opened + 1)).at(-1)).toEqual({ name: 'flip-card-open', duration: '0.25s' });
    expect(await page.getByRole('article').count()).toBe(1);
    await context.close();
  });
});
