/**
 * The views the facilitators of `npm run bench:rooms` publish: real wall views (`WallView`, as the console
 * sends them) of a dilemma duel, with a real dilemma card from `cards/dilemmas.json`, so the bytes on the
 * wire are those of a session. Each update is a new view: next card, next `seq`, a fresh `sentAt`.
 */
import { readFileSync } from 'node:fs';

import type { DilemmaCard } from '../src/domain/deck-schema';
import { dilemmaCardSchema } from '../src/domain/deck-schema';
import { protocolIdSchema } from '../src/domain/room-protocol';
import type { WallView } from '../src/domain/session/wall-view';
import { wallViewSchema } from '../src/domain/session/wall-view';

/** The part of a view the participants read: what the bench measures. */
export interface ObservedView {
  seq: number;
  sentAt: number;
  questionId: string | null;
}

/** Milliseconds since the epoch with sub-millisecond precision, from the process's monotonic clock. */
export const nowMs = (): number => performance.timeOrigin + performance.now();

export function loadDilemmas(): DilemmaCard[] {
  const raw: unknown = JSON.parse(readFileSync(new URL('../cards/dilemmas.json', import.meta.url), 'utf8'));
  const cards = (Array.isArray(raw) ? raw : [])
    .map((card) => dilemmaCardSchema.safeParse(card))
    .flatMap((parsed) => (parsed.success ? [parsed.data] : []));
  if (cards.length === 0) throw new Error('cards/dilemmas.json holds no valid dilemma card');
  return cards;
}

export function benchView(cards: readonly DilemmaCard[], room: number, code: string, seq: number): WallView {
  const card = cards[(room + seq) % cards.length] as DilemmaCard;
  const sentAt = nowMs();
  const questionId = protocolIdSchema.parse(`dilemma-duel-${card.id}-0`.slice(0, 64));
  return {
    sessionId: `bench-${code}`,
    seq,
    sentAt,
    format: 'dilemma-duel',
    phase: 'play',
    mode: 'live',
    card,
    faceUp: true,
    caseCard: null,
    timer: { durationMs: 300_000, startedAt: null, elapsedMs: 0 },
    turn: null,
    caseOwner: null,
    questioner: null,
    progress: null,
    weighing: null,
    decision: null,
    step: null,
    room: { code, joinUrl: `http://127.0.0.1:5173/#/join/${code}` },
    language: null,
    questionId,
    question: { kind: 'side', id: questionId, labels: [card.sides[0].label, card.sides[1].label] },
    revealed: false,
    results: null,
  };
}

/** Checks once that the bench's views are views the app itself would accept. */
export function assertWallView(view: WallView): void {
  wallViewSchema.parse(view);
}

/** Reads the fields the bench needs from `session.view`; null when it is not a bench view. */
export function readObservedView(json: unknown): ObservedView | null {
  if (typeof json !== 'string') return null;
  const view = JSON.parse(json) as Partial<Record<keyof ObservedView, unknown>>;
  if (typeof view.seq !== 'number' || typeof view.sentAt !== 'number') return null;
  return {
    seq: view.seq,
    sentAt: view.sentAt,
    questionId: typeof view.questionId === 'string' ? view.questionId : null,
  };
}
