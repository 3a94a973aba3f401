import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, expect, it } from 'vitest';

import type { Card, Deck } from '../../src/domain/deck-schema';
import { describeInBrowser, expectNoAxeViolations, launchChromium } from '../helpers/browser';
import { serveDist, type StaticServer } from '../../scripts/static-server';

/** The print layout promised to the user: two columns of two cards on each A4 sheet, printed on both sides. */
const CARDS_PER_SHEET = 4;
const expectedPages = (cards: number) => Math.ceil(cards / CARDS_PER_SHEET) * 2;

/**
 * How this test reads the PDF, with no extra tools: Chromium writes one `/Type /Page` object per page (the
 * page tree is `/Type /Pages`), so counting those in the raw bytes counts the pages, and `/MediaBox` gives the
 * paper size. The text is not read from the PDF: Chromium compresses it and encodes it by glyph, so reading
 * it back needs a PDF library or poppler's pdftotext, neither of which this project installs. Instead the
 * text is checked in the page itself under print media, which is exactly what Chromium lays out into the
 * PDF: the card texts are there and visible, no text box overflows its card, and nothing else is shown.
 */
function readPdf(pdf: Buffer) {
  const raw = pdf.toString('latin1');
  const box = raw.match(/\/MediaBox\s*\[\s*([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s*\]/);
  return {
    pages: raw.match(/\/Type\s*\/Page[^s]/g)?.length ?? 0,
    widthMm: box ? ((Number(box[3]) - Number(box[1])) * 25.4) / 72 : NaN,
    heightMm: box ? ((Number(box[4]) - Number(box[2])) * 25.4) / 72 : NaN,
  };
}

describeInBrowser('printing the cards in Chromium', () => {
  let browser: Browser;
  let server: StaticServer;
  let context: BrowserContext;
  let page: Page;
  let deck: Deck;

  beforeAll(async () => {
    [browser, server] = await Promise.all([launchChromium(), serveDist()]);
    deck = (await (await fetch(`${server.url}deck.json`)).json()) as Deck;
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  beforeEach(async () => {
    context = await browser.newContext();
    page = await context.newPage();
  });
  afterEach(async () => {
    await context.close();
  });

  async function openPrintView(cards: number) {
    await page.goto(`${server.url}#/print`);
    const pages = expectedPages(cards);
    // The last page is there once the deck has loaded and the pages are laid out.
    await page.getByRole('region', { name: `Pagina ${pages}: vel ${pages / 2}, achterkant` }).waitFor();
    return pages;
  }

  async function printToPdf() {
    return readPdf(await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true }));
  }

  /** What a card must show on its back: its text and its first question or step. */
  const textsOf = (card: Card) => [
    card.text.nl,
    card.kind === 'instruction' ? card.steps[0]!.nl : card.questions[0]!.nl,
  ];

  /** Under print media: the cards' texts are visible, no back overflows, the app's header is gone. */
  async function expectPrintedText(cards: Card[]) {
    await page.emulateMedia({ media: 'print' });
    for (const text of cards.flatMap(textsOf)) {
      expect(await page.getByText(text, { exact: true }).first().isVisible(), text).toBe(true);
    }
    expect(await page.locator('.app-header').isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Afdrukken' }).isVisible()).toBe(false);
    const overflowing = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('.print-back__body')]
        .filter((box) => box.scrollHeight > box.clientHeight + 1)
        .map((box) => box.querySelector('h4')?.textContent),
    );
    expect(overflowing).toEqual([]);
  }

  it('prints the whole deck on A4, a front and a back page per sheet of four cards', async () => {
    const pages = await openPrintView(deck.cards.length);
    expect(await page.getByRole('status').textContent()).toBe(
      `${deck.cards.length} kaarten op ${pages / 2} vellen, voor- en achterkant: ${pages} pagina's`,
    );

    await expectNoAxeViolations(page);

    const pdf = await printToPdf();
    expect(pdf.pages).toBe(pages);
    expect(pdf.widthMm).toBeCloseTo(210, 0);
    expect(pdf.heightMm).toBeCloseTo(297, 0);

    const kinds = ['factor', 'dilemma', 'step', 'reflection', 'instruction'] as const;
    const samples = kinds.map((kind) => deck.cards.find((card) => card.kind === kind)!);
    await expectPrintedText([...samples, deck.cards.at(-1)!]);
    // Rendering the whole deck (over a hundred cards, some fifty pages) to PDF takes longer than one view.
  }, 120_000);

  it('prints only the dilemmas when they are chosen', async () => {
    const dilemmas = deck.cards.filter((card) => card.kind === 'dilemma');
    await openPrintView(deck.cards.length);
    await page.getByLabel('Wat wil je afdrukken?').selectOption({ label: "Dilemma's" });
    const pages = expectedPages(dilemmas.length);
    await page.getByRole('region', { name: `Pagina ${pages}: vel ${pages / 2}, achterkant` }).waitFor();
    expect(await page.getByRole('region', { name: /^Pagina \d+:/ }).count()).toBe(pages);

    const pdf = await printToPdf();
    expect(pdf.pages).toBe(pages);
    await expectPrintedText(dilemmas);
    const factor = deck.cards.find((card) => card.kind === 'factor')!;
    expect(await page.getByText(factor.text.nl, { exact: true }).count()).toBe(0);
  });
});
