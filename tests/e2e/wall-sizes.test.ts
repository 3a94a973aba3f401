import { mkdirSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';

import { assembleSourceDeck } from '../../scripts/deck-source';
import type { Language } from '../../src/domain/deck-constants';
import type { Card, DilemmaCard, FactorCard } from '../../src/domain/deck-schema';
import { parseDeck } from '../../src/domain/parse-deck';
import type { WallView } from '../../src/domain/session/wall-view';
import { describeInBrowser, expectNoAxeViolations, useBrowserAndApp } from '../helpers/browser';
import { cardLength, cardsAtBounds, postWallView, wallView } from '../helpers/wall-views';

/** What the back row of a training room reads at 1920x1080 (about 8 m from a 2 m wide image). */
const MIN = { body: 40, title: 64, table: 28 } as const;
const SHOTS = '/tmp/shots/wall';

const parsed = parseDeck(assembleSourceDeck());
if (!parsed.ok) throw new Error('the deck in cards/ does not parse');
const deck = parsed.deck.cards;
const bounds = cardsAtBounds();
const ofKind = <K extends Card['kind']>(kind: K, cards: Card[] = deck) =>
  cards.filter((c): c is Extract<Card, { kind: K }> => c.kind === kind);
const longest = <C extends Card>(cards: C[], language: Language = 'nl') =>
  cards.reduce((a, b) => (cardLength(b, language) > cardLength(a, language) ? b : a));
const longestTitles = (cards: Card[], count: number) =>
  [...cards].sort((a, b) => b.title.nl.length - a.title.nl.length).slice(0, count);

interface Measured {
  text: string;
  size: number;
  role: keyof typeof MIN;
  /** What cuts it off, if anything. */
  clipped: string | null;
}

/**
 * Every text node on the wall that a person can see: its rendered font size (SVG text scaled to the screen),
 * whether it is a card title, a results table cell or body text, and whether it is cut off by the window or
 * by a box that hides its overflow.
 */
function measureWall(): Measured[] {
  const out: Measured[] = [];
  const root = document.querySelector('.projector');
  if (!root) return out;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const view = { right: window.innerWidth, bottom: window.innerHeight };
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = (node.textContent ?? '').trim();
    const element = node.parentElement;
    if (!text || !element || element.closest('[inert], .visually-hidden')) continue;
    const style = getComputedStyle(element);
    if (style.visibility !== 'visible') continue;
    let opacity = 1;
    for (let e: Element | null = element; e; e = e.parentElement) opacity *= Number(getComputedStyle(e).opacity);
    if (opacity < 0.01) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    const rects = [...range.getClientRects()].filter((r) => r.width > 0.5 && r.height > 0.5);
    if (rects.length === 0) continue;
    let size = parseFloat(style.fontSize);
    if (element instanceof SVGGraphicsElement) size *= element.getScreenCTM()?.a ?? 1;
    const role = element.closest('.card-face__title, .projector__title')
      ? 'title'
      : element.closest('.weigh-table, .rank-board__table')
        ? 'table'
        : 'body';
    let clipped: string | null = rects.some(
      (r) => r.left < -1 || r.top < -1 || r.right > view.right + 1 || r.bottom > view.bottom + 1,
    )
      ? 'the window'
      : null;
    for (let e: Element | null = element.parentElement; e && !clipped; e = e.parentElement) {
      const s = getComputedStyle(e);
      if (s.overflowX === 'visible' && s.overflowY === 'visible') continue;
      const box = e.getBoundingClientRect();
      const out = rects.some(
        (r) => r.left < box.left - 1 || r.top < box.top - 1 || r.right > box.right + 1 || r.bottom > box.bottom + 1,
      );
      if (out) clipped = `${e.tagName.toLowerCase()}.${[...e.classList].join('.')}`;
    }
    out.push({ text: text.slice(0, 48), size: Math.round(size * 10) / 10, role, clipped });
  }
  return out;
}

interface Layout {
  name: string;
  view: Partial<WallView>;
  /** Also saved as a screenshot, once per language. */
  shot?: boolean;
}

const text = (nl: string, en = nl) => ({ nl, en });
const factors = ofKind('factor');
const dilemmas = ofKind('dilemma');
const stepCards = ofKind('step');
const room = { code: 'KXT7PWR', joinUrl: 'https://tegenwicht.voorbeeld.nl/#/join/KXT7PWR' };
/** A room on a server of its own: the longest join address the app makes, and a wider panel beside the stage. */
const longRoom = {
  code: 'KXT7PWR',
  joinUrl: `https://training.tegenwicht.voorbeeld.nl/kaarten/tegenwicht/#/join/KXT7PWR?relay=${encodeURIComponent('https://deelnemers.tegenwicht.voorbeeld.nl:4444')}`,
};

function weighPlay(caseCard: DilemmaCard, current: FactorCard): Partial<WallView> {
  const placed = longestTitles(factors, 6);
  return {
    format: 'weigh',
    phase: 'play',
    caseCard,
    card: current,
    question: {
      kind: 'weights',
      id: 'q',
      factors: placed.map((f, i) => ({ id: f.id, title: f.title, side: i % 2 ? 'b' : 'a' })),
    },
  };
}

function weighResults(caseCard: DilemmaCard, count: number): Partial<WallView> {
  const placed = longestTitles(factors, count);
  const weights = [1, 2, 2, 3, 3, 3, 4, 4, 5, 5, 5, 5];
  return {
    format: 'weigh',
    phase: 'discuss',
    caseCard,
    card: placed[0] ?? null,
    revealed: true,
    results: {
      kind: 'weigh',
      sides: [caseCard.sides[0].label, caseCard.sides[1].label],
      tilt: -0.18,
      totals: { a: 12.5, b: 9.8 },
      factors: placed.map((f, i) => ({
        id: f.id,
        title: f.title,
        side: i % 2 ? 'b' : 'a',
        weights: weights.slice(i % 3),
        mean: 3.6,
        min: 1 + (i % 3),
        max: 5,
      })),
    },
  };
}

/** Weeg opnieuw: the same results as a second round, each factor beside a wider first round. */
function weighAgain(view: Partial<WallView>): Partial<WallView> {
  const results = view.results;
  if (results?.kind !== 'weigh') return view;
  return {
    ...view,
    results: {
      ...results,
      rounds: [1, 2],
      ranges: { narrower: 4, same: 1, wider: 3 },
      factors: results.factors.map((f) => ({ ...f, before: { count: 12, mean: 2.85, min: 1, max: 5 } })),
    },
  };
}

function slowDown(card: Card, step: number): Partial<WallView> {
  const attached = longestTitles(factors, 12).map((f) => f.title);
  return {
    format: 'slow-down',
    phase: 'play',
    card,
    step,
    results: {
      kind: 'steps',
      steps: [0, 1, 2, 3, 4, 5].map((s) => ({ step: s, factors: s <= step ? attached.slice(s * 2, s * 2 + 2) : [] })),
    },
  };
}

const singleCard: Layout[] = [...deck, ...bounds].map((card) => ({
  name: `single ${card.id}`,
  view:
    card.kind === 'instruction'
      ? { format: card.format, phase: 'intro', card }
      : { format: 'draw', phase: 'play', card, turn: { index: 2, name: 'Annemarie' } },
  shot: card.id.startsWith('bound-'),
}));

const longestDilemma = longest(dilemmas);
const boundDilemma = ofKind('dilemma', bounds)[0]!;
const boundFactor = ofKind('factor', bounds)[0]!;
/** Rangorde revealed: the longest factor titles, ties, study ranks, every kind of mark and the spread. */
function rankResults(cards: Card[]): Partial<WallView> {
  const rows = longestTitles(ofKind('factor', cards), 12).map((f, i) => ({
    id: f.id,
    title: f.title,
    points: 40 - i * 3,
    place: i < 9 ? (i === 2 ? 2 : i + 1) : null,
    tied: i === 1 || i === 2,
    picks: i < 9 ? 8 - (i % 4) : 0,
    best: i < 9 ? 1 : null,
    worst: i < 9 ? 7 : null,
    study: i % 3 === 0 ? null : ((i * 5) % 15) + 1,
    mark: i === 0 ? ('group-only' as const) : i === 4 ? ('shift' as const) : i >= 9 ? ('missed' as const) : null,
  }));
  return {
    format: 'rank',
    phase: 'discuss',
    card: null,
    revealed: true,
    results: { kind: 'rank', size: 7, voters: 12, rows },
  };
}

const formats: Layout[] = [
  { name: 'weigh play', view: weighPlay(longestDilemma, longest(factors)), shot: true },
  { name: 'weigh play at bounds', view: weighPlay(boundDilemma, boundFactor) },
  {
    // The case put on the table as the card: sent once, as the card; its sides still name the scale.
    name: 'weigh play, the case as the card',
    view: (() => {
      const view = weighPlay(longestDilemma, longest(factors));
      const question = view.question?.kind === 'weights' ? { ...view.question, caseId: longestDilemma.id } : null;
      return { ...view, card: longestDilemma, caseCard: null, question };
    })(),
    shot: true,
  },
  { name: 'weigh play in a room', view: { ...weighPlay(longestDilemma, longest(factors)), room }, shot: true },
  { name: 'weigh results', view: weighResults(longestDilemma, 6), shot: true },
  { name: 'weigh results at bounds', view: weighResults(boundDilemma, 8) },
  { name: 'weigh again, two rounds', view: weighAgain(weighResults(longestDilemma, 6)), shot: true },
  { name: 'weigh again at bounds', view: weighAgain(weighResults(boundDilemma, 8)) },
  {
    name: 'duel play',
    view: {
      format: 'dilemma-duel',
      phase: 'play',
      card: longestDilemma,
      question: { kind: 'side', id: 'q', labels: [longestDilemma.sides[0].label, longestDilemma.sides[1].label] },
    },
  },
  {
    name: 'duel play in a room',
    view: { format: 'dilemma-duel', phase: 'play', card: longestDilemma, room },
    shot: true,
  },
  { name: 'duel play in a room at bounds', view: { format: 'dilemma-duel', phase: 'play', card: boundDilemma, room } },
  {
    name: 'duel results',
    view: {
      format: 'dilemma-duel',
      phase: 'discuss',
      card: longestDilemma,
      revealed: true,
      results: { kind: 'duel', labels: [longestDilemma.sides[0].label, longestDilemma.sides[1].label], a: 7, b: 5 },
    },
    shot: true,
  },
  {
    name: 'duel again, two rounds',
    view: {
      format: 'dilemma-duel',
      phase: 'discuss',
      card: longestDilemma,
      revealed: true,
      results: {
        kind: 'duel',
        labels: [longestDilemma.sides[0].label, longestDilemma.sides[1].label],
        a: 9,
        b: 3,
        rounds: [1, 2],
        before: { a: 7, b: 5 },
      },
    },
    shot: true,
  },
  { name: 'rank results', view: rankResults(deck), shot: true },
  { name: 'rank results at bounds', view: rankResults(bounds) },
  { name: 'rank results in a room', view: { ...rankResults(deck), room }, shot: true },
  { name: 'rank results beside a long address', view: { ...rankResults(deck), room: longRoom }, shot: true },
  {
    name: 'weigh play beside a long address',
    view: { ...weighPlay(longestDilemma, longest(factors)), room: longRoom },
  },
  {
    name: 'duel play beside a long address',
    view: { format: 'dilemma-duel', phase: 'play', card: longestDilemma, room: longRoom },
    shot: true,
  },
  { name: 'slow-down beside a long address', view: { ...slowDown(longest(stepCards), 2), room: longRoom } },
  { name: 'slow-down', view: slowDown(longest(stepCards), 3), shot: true },
  { name: 'slow-down at bounds', view: slowDown(ofKind('step', bounds)[0]!, 5) },
  { name: 'slow-down with a factor', view: slowDown(longest(factors), 4) },
  { name: 'slow-down in a room', view: { ...slowDown(longest(stepCards), 2), room }, shot: true },
  {
    name: 'intervision',
    view: {
      format: 'intervision',
      phase: 'play',
      card: longest(ofKind('reflection')),
      turn: { index: 1, name: 'Bo' },
    },
    shot: true,
  },
  {
    name: 'draw in a room',
    view: { format: 'draw', phase: 'play', card: longest(factors), room, question: { kind: 'note', id: 'q' } },
    shot: true,
  },
  {
    name: 'blank card back',
    view: { format: 'draw', phase: 'play', card: factors[0]!, faceUp: false },
  },
  { name: 'waiting for the first card', view: { format: 'draw', phase: 'play', card: null, caseCard: null } },
  { name: 'ended', view: { phase: 'ended' }, shot: true },
];
void text;

describeInBrowser('the wall at 1920x1080, read from the back row', () => {
  const app = useBrowserAndApp();
  let context: BrowserContext;
  let page: Page;
  let seq = 0;
  const report: string[] = [];

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    context = await app.browser.newContext({ viewport: { width: 1920, height: 1080 }, reducedMotion: 'reduce' });
    page = await context.newPage();
  });
  afterAll(async () => {
    await context?.close();
    if (report.length) console.log(`\nSmallest text on the wall at 1920x1080 (px):\n${report.join('\n')}\n`);
  });

  async function open(language: Language) {
    await page.goto(`${app.server.url}#/projector?session=s1`);
    await page.evaluate(
      (lang) => localStorage.setItem('tegenwicht/settings', JSON.stringify({ v: 2, state: { language: lang } })),
      language,
    );
    await page.reload();
    await page.getByRole('heading', { level: 1 }).waitFor();
  }

  /** Sends a view to the wall as the console does, and waits until it stands still on the screen. */
  async function show(view: Partial<WallView>, language: Language) {
    seq += 1;
    await postWallView(page, wallView({ ...view, seq }));
    const shown = await page
      .waitForFunction(
        ({ n, title }) => {
          const marked = performance
            .getEntriesByName('tegenwicht:shown')
            .some((m) => (m as PerformanceMark).detail?.seq === n);
          // With reduced motion a card fades: one face per card, fully there.
          const cards = [...document.querySelectorAll('.flip-card')];
          const settled = cards.every((card) => {
            const faces = card.querySelectorAll('.flip-card__plain');
            return faces.length === 1 && getComputedStyle(faces[0]!).opacity === '1';
          });
          // The card that was there has faded out and the new one is in.
          const titles = [...document.querySelectorAll('.flip-card__plain .card-face__title')];
          // (In Weeg de factoren the case on the table as the card is named at the top of the scale instead.)
          const caseTitle = document.querySelector('.weigh-board__case-title')?.textContent ?? '';
          const arrived =
            title === null || titles.some((h) => h.textContent === title) || caseTitle.endsWith(` ${title}`);
          return marked && settled && arrived;
        },
        { n: seq, title: view.card && view.faceUp !== false && !view.revealed ? view.card.title[language] : null },
        { timeout: 10_000 },
      )
      .then(
        () => true,
        () => false,
      );
    if (!shown) {
      const ignored = await page.locator('[data-ignored]').getAttribute('data-ignored');
      throw new Error(`the wall did not show view ${seq} (${ignored} messages refused)`);
    }
  }

  const frame = () => page.evaluate(() => new Promise((r) => requestAnimationFrame(r)));

  /** Measures until two frames agree: a card that fades in and is fitted to its box has come to rest. */
  async function measureSettled(): Promise<Measured[]> {
    let last = JSON.stringify(await page.evaluate(measureWall));
    for (let i = 0; i < 30; i++) {
      await frame();
      await frame();
      const now = JSON.stringify(await page.evaluate(measureWall));
      if (now === last) return JSON.parse(now) as Measured[];
      last = now;
    }
    throw new Error('the wall did not come to rest');
  }

  async function check(layouts: Layout[], language: Language, group: string) {
    const problems: string[] = [];
    const smallest = { body: Infinity, title: Infinity, table: Infinity };
    for (const layout of layouts) {
      await show(layout.view, language).catch((error: Error) => {
        throw new Error(`${layout.name}: ${error.message}`);
      });
      const measured = await measureSettled();
      const before = problems.length;
      for (const m of measured) {
        smallest[m.role] = Math.min(smallest[m.role], m.size);
        if (m.size < MIN[m.role]) problems.push(`${layout.name}: ${m.role} ${m.size}px "${m.text}"`);
        if (m.clipped) problems.push(`${layout.name}: cut off by ${m.clipped}: "${m.text}"`);
      }
      // A layout that fails is saved too, to be looked at.
      if (layout.shot || problems.length > before)
        await page.screenshot({ path: `${SHOTS}/${layout.name.replaceAll(' ', '-')}-${language}.png` });
    }
    const show_ = (n: number) => (n === Infinity ? '-' : String(n));
    report.push(
      `${group} (${language}): body ${show_(smallest.body)}, titles ${show_(smallest.title)}, table ${show_(smallest.table)}`,
    );
    return problems;
  }

  for (const language of ['nl', 'en'] as const) {
    it(`shows every card of the deck, and cards at the schema's bounds, large enough (${language})`, async () => {
      await open(language);
      expect(await check(singleCard, language, 'single card')).toEqual([]);
    }, 300_000);

    it(`shows Weeg, Duel, Vertragen, Intervisie and results large enough (${language})`, async () => {
      await open(language);
      expect(await check(formats, language, 'formats')).toEqual([]);
    }, 120_000);
  }

  it('has no accessibility violations in any format', async () => {
    await open('nl');
    for (const layout of formats.filter((l) => l.shot)) {
      await show(layout.view, 'nl');
      await expectNoAxeViolations(page);
    }
  });
});
