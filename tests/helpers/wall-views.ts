import type { Page } from 'playwright-core';

import { DECK_LIMITS } from '../../src/domain/deck-constants';
import type { Card } from '../../src/domain/deck-schema';
import type { WallView } from '../../src/domain/session/wall-view';

/** A wall view of a card on the table, with what a test changes. */
export function wallView(overrides: Partial<WallView> = {}): WallView {
  return {
    sessionId: 's1',
    seq: 1,
    sentAt: 0,
    format: 'draw',
    phase: 'play',
    mode: 'live',
    card: null,
    faceUp: true,
    caseCard: null,
    timer: { durationMs: 0, startedAt: null, elapsedMs: 0 },
    turn: null,
    step: null,
    room: null,
    language: null,
    questionId: null,
    question: null,
    revealed: false,
    results: null,
    caseOwner: null,
    questioner: null,
    progress: null,
    weighing: null,
    decision: null,
    ...overrides,
  };
}

/** Sends a view to the wall in `page` over the session's BroadcastChannel, as the console does. */
export async function postWallView(page: Page, view: WallView): Promise<void> {
  await postWallMessage(page, { v: 1, type: 'view', view });
}

/** Sends any message to the wall in `page` over the session's BroadcastChannel, as JSON text. */
export async function postWallMessage(page: Page, data: unknown): Promise<void> {
  const message = JSON.stringify(data);
  await page.evaluate((m) => {
    const channel = new BroadcastChannel('tegenwicht-session');
    channel.postMessage(m);
    channel.close();
  }, message);
}

/**
 * The lengths a card may have, in characters per language, that the wall is built for: the deck's own limits
 * where they are lower, else the bounds the deck is to keep (title 45, text 300, a side 200, a question 160).
 * A dilemma asks at most two questions: three of 160 characters beside two full sides do not fit at 40 px.
 */
export const DECK_BOUNDS = {
  title: Math.min(DECK_LIMITS.title, 45),
  text: Math.min(DECK_LIMITS.text, 300),
  side: Math.min(DECK_LIMITS.side, 200),
  sideLabel: Math.min(DECK_LIMITS.sideLabel, 60),
  question: Math.min(DECK_LIMITS.question, 160),
  instructionStep: Math.min(DECK_LIMITS.instructionStep, 160),
  dilemmaQuestions: 2,
} as const;

const WORDS = (
  'Een werkzoekende met een arbeidsbeperking wil graag aan de slag bij een werkgever in de buurt maar de ' +
  'afspraken over begeleiding en loonkostensubsidie zijn nog niet rond terwijl de klantmanager onder ' +
  'tijdsdruk een besluit moet nemen over het re-integratietraject en de verwachtingen van iedereen'
).split(' ');

/** Dutch-looking text of exactly `length` characters (whole words, closed with a full stop). */
export function textOf(length: number, end = '.'): string {
  let text = '';
  for (let i = 0; text.length < length; i++) text += (text ? ' ' : '') + WORDS[i % WORDS.length];
  text = text.slice(0, length - 1).trimEnd();
  return text.charAt(0).toUpperCase() + text.slice(1) + end;
}

const both = (length: number, end = '.') => ({ nl: textOf(length, end), en: textOf(length, end) });
const SOURCES = ['samenvatting'] as const;
const ORIGIN = { nl: 'Onderzoek, tabel 1', en: 'Study, table 1' };

/** One card of each kind with every text at the schema's bounds, and as many questions as allowed. */
export function cardsAtBounds(): Card[] {
  const b = DECK_BOUNDS;
  const questions = (count: number) => Array.from({ length: count }, () => both(b.question, '?'));
  return [
    {
      id: 'bound-factor',
      kind: 'factor',
      cluster: 'employer-labour-market',
      rank: 15,
      title: both(b.title),
      text: both(b.text),
      questions: questions(3),
      sources: [...SOURCES],
      origin: ORIGIN,
    },
    {
      id: 'bound-dilemma',
      kind: 'dilemma',
      tension: 'rule-or-custom',
      title: both(b.title),
      text: both(b.text),
      sides: [
        { label: both(b.sideLabel), text: both(b.side) },
        { label: both(b.sideLabel), text: both(b.side) },
      ],
      questions: questions(b.dilemmaQuestions),
      sources: [...SOURCES],
      origin: ORIGIN,
    },
    {
      id: 'bound-step',
      kind: 'step',
      step: 5,
      title: both(b.title),
      text: both(b.text),
      questions: questions(4),
      sources: [...SOURCES],
      origin: ORIGIN,
    },
    {
      id: 'bound-reflection',
      kind: 'reflection',
      theme: 'confirmation-bias',
      title: both(b.title),
      text: both(b.text),
      questions: questions(4),
      sources: [...SOURCES],
      origin: ORIGIN,
    },
    {
      id: 'bound-instruction',
      kind: 'instruction',
      format: 'weigh',
      title: both(b.title),
      text: both(b.text),
      minutes: 45,
      players: { min: 3, max: 20 },
      steps: Array.from({ length: 6 }, () => both(b.instructionStep)),
      sources: [...SOURCES],
      origin: ORIGIN,
    },
  ];
}

/** How long a card reads: all its texts in one language, added up. */
export function cardLength(card: Card, language: 'nl' | 'en' = 'nl'): number {
  const texts = [card.title, card.text];
  if (card.kind === 'dilemma') for (const side of card.sides) texts.push(side.label, side.text);
  if (card.kind === 'instruction') texts.push(...card.steps);
  else texts.push(...card.questions);
  return texts.reduce((sum, t) => sum + t[language].length, 0);
}
