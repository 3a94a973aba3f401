import { z } from '../zod';

import { FORMATS } from '../deck-constants';
import { cardSchema, localized, type Card } from '../deck-schema';
import { isRoomCode } from '../room-code';
import { visibleFrame } from './reduce-session';
import { duelResults, weighResults } from './session-results';
import { PHASES, type SessionState } from './session-state';

const title = localized(200);
const side = z.enum(['a', 'b']);

/**
 * Everything a wall (projector) or a participant sees of a session, with the cards in it, so that a view
 * needs no deck of its own. Answers appear only once revealed.
 */
export const wallViewSchema = z.strictObject({
  sessionId: z.string().min(1).max(64),
  seq: z.number().int().nonnegative(),
  /** Epoch ms when the console sent it. */
  sentAt: z.number().finite(),
  format: z.enum(FORMATS),
  phase: z.enum(PHASES),
  mode: z.enum(['live', 'blank']),
  card: cardSchema.nullable(),
  faceUp: z.boolean(),
  caseCard: cardSchema.nullable(),
  timer: z.strictObject({
    durationMs: z.number().nonnegative(),
    startedAt: z.number().nullable(),
    elapsedMs: z.number().nonnegative(),
  }),
  /** Whose turn it is, when the session has players; a player without a name is shown by number. */
  turn: z.strictObject({ index: z.number().int().min(0).max(39), name: z.string().max(40) }).nullable(),
  step: z.number().int().min(0).max(5).nullable(),
  /** The open room, for the wall to show its code and a QR code of the join link; never the secret. */
  room: z
    .strictObject({ code: z.string().refine(isRoomCode), joinUrl: z.string().max(500) })
    .nullable()
    .default(null),
  /** The language the session runs in: a phone that did not choose one itself follows it. */
  language: z.enum(['nl', 'en']).nullable().default(null),
  /** The id of the question open for answers (the relay reads it); null when there is none. */
  questionId: z.string().max(64).nullable().default(null),
  /** The question participants may answer now; null when there is none. */
  question: z
    .discriminatedUnion('kind', [
      z.strictObject({
        kind: z.literal('weights'),
        id: z.string().max(64),
        factors: z.array(z.strictObject({ id: z.string().max(80), title, side })).max(30),
      }),
      z.strictObject({ kind: z.literal('side'), id: z.string().max(64), labels: z.tuple([title, title]) }),
      /** Only an anonymous note about the card on the table. */
      z.strictObject({ kind: z.literal('note'), id: z.string().max(64) }),
    ])
    .nullable(),
  revealed: z.boolean(),
  results: z
    .discriminatedUnion('kind', [
      z.strictObject({
        kind: z.literal('weigh'),
        sides: z.tuple([title, title]),
        tilt: z.number().min(-1).max(1),
        totals: z.strictObject({ a: z.number(), b: z.number() }),
        factors: z
          .array(
            z.strictObject({
              id: z.string().max(80),
              title,
              side,
              weights: z.array(z.number().int().min(1).max(5)).max(1000),
              mean: z.number().nullable(),
              min: z.number().nullable(),
              max: z.number().nullable(),
            }),
          )
          .max(30),
      }),
      z.strictObject({
        kind: z.literal('duel'),
        labels: z.tuple([title, title]),
        a: z.number().int().nonnegative(),
        b: z.number().int().nonnegative(),
      }),
      z.strictObject({
        kind: z.literal('steps'),
        steps: z.array(z.strictObject({ step: z.number().int(), factors: z.array(title).max(30) })).length(6),
      }),
    ])
    .nullable(),
});
export type WallView = z.infer<typeof wallViewSchema>;

export interface WallViewContext {
  card: (id: string) => Card | undefined;
  /** Default labels for the two sides when the case is not a dilemma. */
  sideLabels: [{ nl: string; en: string }, { nl: string; en: string }];
  /** The instruction card of a format, shown on the wall before the first card. */
  instruction: (format: SessionState['format']) => Card | undefined;
  now: number;
}

export const questionIdOf = (state: SessionState) =>
  `${state.format}-${state.caseCardId ?? 'none'}-${state.answerRound}`;

/** Builds what the wall and the participants see from the session state. */
export function buildWallView(state: SessionState, ctx: WallViewContext): WallView {
  const frame = visibleFrame(state);
  const dealt = frame.cardId ? (ctx.card(frame.cardId) ?? null) : null;
  const card = dealt ?? (frame.phase === 'intro' ? (ctx.instruction(state.format) ?? null) : null);
  const caseCard = state.caseCardId ? (ctx.card(state.caseCardId) ?? null) : null;
  const sides: [{ nl: string; en: string }, { nl: string; en: string }] =
    caseCard?.kind === 'dilemma' ? [caseCard.sides[0].label, caseCard.sides[1].label] : ctx.sideLabels;
  const titleOf = (id: string) => ctx.card(id)?.title ?? { nl: id, en: id };
  const turn = state.players.length > 0 ? { index: state.turn, name: state.players[state.turn] ?? '' } : null;

  let question: WallView['question'] = null;
  let results: WallView['results'] = null;
  if (state.format === 'weigh' && state.weigh.placed.length > 0) {
    question = {
      kind: 'weights',
      id: questionIdOf(state),
      factors: state.weigh.placed.map((p) => ({ id: p.factorId, title: titleOf(p.factorId), side: p.side })),
    };
    if (frame.revealed) {
      const r = weighResults(state);
      results = {
        kind: 'weigh',
        sides,
        tilt: r.tilt,
        totals: r.totals,
        factors: r.factors.map((f) => ({
          id: f.factorId,
          title: titleOf(f.factorId),
          side: f.side,
          weights: f.weights,
          mean: f.mean,
          min: f.min,
          max: f.max,
        })),
      };
    }
  }
  if (state.format === 'dilemma-duel' && caseCard?.kind === 'dilemma') {
    question = { kind: 'side', id: questionIdOf(state), labels: sides };
    if (frame.revealed) {
      const r = duelResults(state);
      results = { kind: 'duel', labels: sides, a: r.a, b: r.b };
    }
  }
  if (!question && frame.cardId && frame.phase !== 'ended') {
    question = { kind: 'note', id: `${state.format}-${frame.cardId}-${state.answerRound}` };
  }
  if (state.format === 'slow-down') {
    results = {
      kind: 'steps',
      steps: [0, 1, 2, 3, 4, 5].map((step) => ({
        step,
        factors: (state.slowDown.attached[String(step)] ?? []).map(titleOf),
      })),
    };
  }

  return {
    sessionId: state.sessionId,
    seq: state.seq,
    sentAt: ctx.now,
    format: state.format,
    phase: frame.phase,
    mode: state.wall === 'blank' ? 'blank' : 'live',
    card,
    faceUp: frame.faceUp,
    caseCard: caseCard && caseCard.id !== card?.id ? caseCard : null,
    timer: state.timer,
    turn,
    step: state.format === 'slow-down' ? state.slowDown.step : null,
    room: null,
    language: null,
    questionId: frame.revealed || !question ? null : question.id,
    question: frame.revealed ? null : question,
    revealed: frame.revealed,
    results,
  };
}
