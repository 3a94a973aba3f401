import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';

import { assembleSourceDeck } from '../../scripts/deck-source';
import type { Card, FactorCard } from '../../src/domain/deck-schema';
import { parseDeck } from '../../src/domain/parse-deck';
import type { WallView } from '../../src/domain/session/wall-view';
import { describeInBrowser, useBrowserAndApp } from '../helpers/browser';
import { shoot, shotsFolder } from '../helpers/shots';
import { postWallView, wallView } from '../helpers/wall-views';

const parsed = parseDeck(assembleSourceDeck());
if (!parsed.ok) throw new Error('the deck in cards/ does not parse');
const deck = parsed.deck.cards;
const longest = <C extends Card>(cards: C[]) =>
  cards.reduce((a, b) => (JSON.stringify(b.text).length > JSON.stringify(a.text).length ? b : a));
const factors = deck.filter((c): c is FactorCard => c.kind === 'factor');
const dilemma = longest(deck.filter((c) => c.kind === 'dilemma'));

/** A room on a server of its own: the join address carries that server's address, the longest the app makes. */
const room = {
  code: 'KXT7PWR',
  joinUrl:
    'https://training.tegenwicht.voorbeeld.nl/kaarten/tegenwicht/#/join/KXT7PWR?relay=' +
    encodeURIComponent('https://deelnemers.tegenwicht.voorbeeld.nl:4444'),
};

/** Rangorde revealed with twelve rows: nine the group picked, three of the study's that nobody did. */
function rankResults(): Partial<WallView> {
  const rows = [...factors]
    .sort((a, b) => b.title.nl.length - a.title.nl.length)
    .slice(0, 12)
    .map((f, i) => ({
      id: f.id,
      title: f.title,
      points: 40 - i * 3,
      place: i < 9 ? i + 1 : null,
      tied: false,
      picks: i < 9 ? 8 - (i % 4) : 0,
      best: i < 9 ? 1 : null,
      worst: i < 9 ? 7 : null,
      study: i % 3 === 0 ? null : ((i * 5) % 15) + 1,
      mark: i === 0 ? ('group-only' as const) : i >= 9 ? ('missed' as const) : null,
    }));
  return {
    format: 'rank',
    phase: 'discuss',
    card: null,
    revealed: true,
    results: { kind: 'rank', size: 7, voters: 12, rows },
  };
}

const layouts: { name: string; view: Partial<WallView> }[] = [
  { name: 'intro', view: { format: 'dilemma-duel', phase: 'intro', card: null, room } },
  { name: 'draw', view: { format: 'draw', phase: 'play', card: longest(factors), room } },
  { name: 'duel', view: { format: 'dilemma-duel', phase: 'play', card: dilemma, room } },
  { name: 'rank', view: { ...rankResults(), room } },
];

interface Panel {
  /** Elements and text of the join panel that reach outside it, with how far. */
  outside: string[];
  scrollWidth: number;
  clientWidth: number;
  addressSize: number;
  qr: { width: number; height: number; inView: boolean };
}

/** Everything in the join panel, measured against the panel's own box. */
function measurePanel(): Panel | null {
  const panel = document.querySelector<HTMLElement>('.wall__room');
  if (!panel) return null;
  const box = panel.getBoundingClientRect();
  const outside: string[] = [];
  const check = (what: string, r: DOMRect) => {
    if (r.width < 0.5 || r.height < 0.5) return;
    if (r.left < box.left - 1 || r.right > box.right + 1 || r.top < box.top - 1 || r.bottom > box.bottom + 1)
      outside.push(
        `${what}: ${Math.round(r.left)}-${Math.round(r.right)} in ${Math.round(box.left)}-${Math.round(box.right)}`,
      );
  };
  for (const element of panel.querySelectorAll('*'))
    check(element.tagName.toLowerCase(), element.getBoundingClientRect());
  const walker = document.createTreeWalker(panel, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const range = document.createRange();
    range.selectNodeContents(node);
    for (const r of range.getClientRects()) check(`"${(node.textContent ?? '').trim().slice(0, 30)}"`, r);
  }
  const qr = panel.querySelector('.qr-code')!.getBoundingClientRect();
  return {
    outside,
    scrollWidth: panel.scrollWidth,
    clientWidth: panel.clientWidth,
    addressSize: parseFloat(getComputedStyle(panel.querySelector('.wall__address-url')!).fontSize),
    qr: {
      width: qr.width,
      height: qr.height,
      inView: qr.top >= 0 && qr.bottom <= window.innerHeight && qr.right <= window.innerWidth,
    },
  };
}

describeInBrowser('the join panel on the wall at 1920x1080, with a long join address', () => {
  const app = useBrowserAndApp();
  let context: BrowserContext;
  let page: Page;
  let seq = 0;
  const folder = shotsFolder('wall');

  beforeAll(async () => {
    context = await app.browser.newContext({ viewport: { width: 1920, height: 1080 }, reducedMotion: 'reduce' });
    page = await context.newPage();
    await page.goto(`${app.server.url}#/projector?session=s1`);
    await page.getByRole('heading', { level: 1 }).waitFor();
  });
  afterAll(async () => {
    await context?.close();
  });

  /** Sends a view as the console does; resolves once the wall has shown it and its layout stands still. */
  async function show(view: Partial<WallView>) {
    seq += 1;
    await postWallView(page, wallView({ ...view, seq }));
    await page.waitForFunction(
      (n) =>
        performance.getEntriesByName('tegenwicht:shown').some((m) => (m as PerformanceMark).detail?.seq === n) &&
        document.querySelector('.wall__room') !== null &&
        // With reduced motion a card fades in: one face per card, fully there.
        [...document.querySelectorAll('.flip-card')].every((card) => {
          const faces = card.querySelectorAll('.flip-card__plain');
          return faces.length === 1 && getComputedStyle(faces[0]!).opacity === '1';
        }),
      seq,
    );
    let last = '';
    for (let i = 0; i < 30; i++) {
      const now = JSON.stringify(await page.evaluate(measurePanel));
      if (now === last) return JSON.parse(now) as Panel;
      last = now;
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    }
    throw new Error('the wall did not come to rest');
  }

  it('keeps the fullscreen hint of its first seconds off the join panel', async () => {
    await show(layouts[0]!.view);
    const boxes = await page.evaluate(() => {
      const box = (selector: string) => document.querySelector(selector)?.getBoundingClientRect().toJSON() as DOMRect;
      return { hint: box('.projector__hint'), panel: box('.wall__room') };
    });
    // The wall opened moments ago: its hint is still there.
    expect(boxes.hint).toBeDefined();
    const { hint, panel } = boxes;
    const apart =
      hint.right <= panel.left || hint.left >= panel.right || hint.bottom <= panel.top || hint.top >= panel.bottom;
    expect(apart).toBe(true);
  });

  it.each(layouts)(
    '$name: the address wraps inside the panel at body size, beside a QR code that scans',
    async ({ name, view }) => {
      const panel = await show(view);
      await shoot(page, folder, `room-long-address-${name}`);
      expect(panel.outside).toEqual([]);
      expect(panel.scrollWidth).toBeLessThanOrEqual(panel.clientWidth);
      expect(panel.addressSize).toBeGreaterThanOrEqual(40);
      // A fifth of the wall's width or more: a phone reads it from the back rows of a training room.
      expect(panel.qr.width).toBeGreaterThanOrEqual(360);
      expect(Math.abs(panel.qr.width - panel.qr.height)).toBeLessThanOrEqual(1);
      expect(panel.qr.inView).toBe(true);
      // The address is there in words, readable: the server's address is not escaped.
      const address = await page.locator('.wall__address-url').textContent();
      expect(address).toBe(
        'training.tegenwicht.voorbeeld.nl/kaarten/tegenwicht/#/join/KXT7PWR?relay=https://deelnemers.tegenwicht.voorbeeld.nl:4444',
      );
    },
  );

  it('shows more of the ranking beside the QR code than four rows, all of them whole', async () => {
    await show({ ...rankResults(), room });
    const rows = await page.locator('.rank-board__table tbody tr').count();
    expect(rows).toBeGreaterThanOrEqual(6);
    expect(await page.locator('.rank-board').getAttribute('data-overflow')).toBeNull();
    const lastRow = (await page.locator('.rank-board__table tbody tr').last().boundingBox())!;
    const board = (await page.locator('.rank-board').boundingBox())!;
    expect(lastRow.y + lastRow.height).toBeLessThanOrEqual(board.y + board.height + 1);
    // The group's own ranking first, then one of the study's factors nobody picked.
    expect(await page.locator('.rank-board__table tbody tr').last().locator('td').first().textContent()).toBe(
      'niet gekozen',
    );
  });
});
