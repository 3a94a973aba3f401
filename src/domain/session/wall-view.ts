import { z } from '../zod';

import { FORMATS, type Language } from '../deck-constants';
import { cardSchema, localized, type Card } from '../deck-schema';
import { isRoomCode } from '../room-code';
import { answerProgress, caseOwnerOf, decisionOf, openQuestion, questionerOf, turnOf, weighTurn } from './play-rules';
import { visibleFrame } from './reduce-session';
import { compareWithStudy, RANK_CHOICES_MAX, RANK_SIZE_MAX, RANK_SIZE_MIN } from './rank-rules';
import { duelResults, duelShift, weighResults, weighShift } from './session-results';
import { PHASES, type SessionState } from './session-state';

const title = localized(200);
/** Weeg opnieuw: the round compared with and this one ([1, 2] for a second round). */
const rounds = z.tuple([z.number().int().positive(), z.number().int().positive()]).optional();
const roundSummary = z.strictObject({
  count: z.number().int().nonnegative(),
  mean: z.number(),
  min: z.number().int().min(1).max(5),
  max: z.number().int().min(1).max(5),
});
const side = z.enum(['a', 'b']);
/** A player by index; a player without a name is shown by number ("Speler 3"). */
const player = z.strictObject({ index: z.number().int().min(0).max(39), name: z.string().max(40) });

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
  turn: player.nullable(),
  /** Intervisie-ronde: who brought the case, and who asks the next question. */
  caseOwner: player.nullable().default(null),
  questioner: player.nullable().default(null),
  /** "x van y hebben geantwoord" for the open question (never what); null when nothing is counted. */
  progress: z
    .strictObject({ answered: z.number().int().nonnegative(), expected: z.number().int().nonnegative() })
    .nullable()
    .default(null),
  /** Weeg de factoren: the factors on each side, and the one being weighed on one screen now. */
  weighing: z
    .strictObject({
      placed: z.array(z.strictObject({ id: z.string().max(80), title, side })).max(30),
      current: z.string().max(80).nullable(),
    })
    .nullable()
    .default(null),
  /** Vertragen: the decision being slowed down, as the facilitator typed it. */
  decision: z.string().max(200).nullable().default(null),
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
        /** The case the factors are weighed for, also when it is the card on the table (and not sent twice). */
        caseId: z.string().max(80).nullable().optional(),
      }),
      z.strictObject({ kind: z.literal('side'), id: z.string().max(64), labels: z.tuple([title, title]) }),
      /** Rangorde: pick `size` of the factors in order, most weighty first. */
      z.strictObject({
        kind: z.literal('ranking'),
        id: z.string().max(64),
        size: z.number().int().min(RANK_SIZE_MIN).max(RANK_SIZE_MAX),
        choices: z
          .array(z.strictObject({ id: z.string().max(80), title, study: z.number().int().min(1).max(15).nullable() }))
          .max(RANK_CHOICES_MAX),
      }),
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
              /** Weeg opnieuw: how the round before weighed it; absent in a first round or without weights. */
              before: roundSummary.optional(),
            }),
          )
          .max(30),
        rounds,
        /** Weeg opnieuw: how many factors the group came closer on, stayed as wide, spread wider. */
        ranges: z
          .strictObject({
            narrower: z.number().int().nonnegative(),
            same: z.number().int().nonnegative(),
            wider: z.number().int().nonnegative(),
          })
          .optional(),
      }),
      z.strictObject({
        kind: z.literal('duel'),
        labels: z.tuple([title, title]),
        a: z.number().int().nonnegative(),
        b: z.number().int().nonnegative(),
        rounds,
        /** Weeg opnieuw: the split of the round before. */
        before: z.strictObject({ a: z.number().int().nonnegative(), b: z.number().int().nonnegative() }).optional(),
      }),
      /** Rangorde: the group's ranking (Borda count) beside the study's top 15, see rank-rules.ts. */
      z.strictObject({
        kind: z.literal('rank'),
        size: z.number().int().min(RANK_SIZE_MIN).max(RANK_SIZE_MAX),
        voters: z.number().int().nonnegative(),
        rows: z
          .array(
            z.strictObject({
              id: z.string().max(80),
              title,
              points: z.number().int().nonnegative(),
              place: z.number().int().positive().nullable(),
              tied: z.boolean(),
              picks: z.number().int().nonnegative(),
              best: z.number().int().positive().nullable(),
              worst: z.number().int().positive().nullable(),
              study: z.number().int().min(1).max(15).nullable(),
              mark: z.enum(['shift', 'group-only', 'missed']).nullable(),
            }),
          )
          .max(RANK_CHOICES_MAX + 15),
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
  /** Every factor card of the deck, in deck order (Rangorde's choices without a shortlist). */
  factors?: () => readonly Card[];
  now: number;
  /** The language the console runs in, for the phones that did not choose one. */
  language?: Language | null;
}

/** Rangorde: the factors to choose from, with their rank in the study's top 15 (unknown ids left out). */
function rankChoices(state: SessionState, ctx: Pick<WallViewContext, 'card' | 'factors'>) {
  const cards =
    state.rank.shortlist.length > 0 ? state.rank.shortlist.map((id) => ctx.card(id)) : (ctx.factors?.() ?? []);
  return cards
    .filter((c): c is Extract<Card, { kind: 'factor' }> => c?.kind === 'factor')
    .slice(0, RANK_CHOICES_MAX)
    .map((c) => ({ id: c.id, title: c.title, study: c.rank ?? null }));
}

/** Rangorde's outcome: the group's places beside the study's top 15, as the wall and the summary show it. */
export function rankResults(
  state: SessionState,
  ctx: Pick<WallViewContext, 'card' | 'factors'>,
): Extract<NonNullable<WallView['results']>, { kind: 'rank' }> {
  const choices = rankChoices(state, ctx);
  const factor = (id: string) => {
    const card = ctx.card(id);
    return card?.kind === 'factor' ? card : undefined;
  };
  const top = (ctx.factors?.() ?? [])
    .filter((c): c is Extract<Card, { kind: 'factor' }> => c.kind === 'factor' && c.rank != null)
    .map((c) => c.id);
  for (const id of state.rank.shortlist) if (factor(id)?.rank != null && !top.includes(id)) top.push(id);
  const { voters, rows } = compareWithStudy(
    state.rank.picks,
    (id) => factor(id)?.rank ?? null,
    top,
    state.rank.shortlist.length > 0 ? choices.map((c) => c.id) : null,
  );
  return {
    kind: 'rank',
    size: state.rank.size,
    voters,
    rows: rows.slice(0, RANK_CHOICES_MAX + 15).map((r) => ({
      id: r.factorId,
      title: factor(r.factorId)?.title ?? { nl: r.factorId, en: r.factorId },
      points: r.points,
      place: r.place,
      tied: r.tied,
      picks: r.picks,
      best: r.best,
      worst: r.worst,
      study: r.study,
      mark: r.mark,
    })),
  };
}

/** Builds what the wall and the participants see from the session state. */
export function buildWallView(state: SessionState, ctx: WallViewContext): WallView {
  const frame = visibleFrame(state);
  const dealt = frame.cardId ? (ctx.card(frame.cardId) ?? null) : null;
  const card = dealt ?? (frame.phase === 'intro' ? (ctx.instruction(state.format) ?? null) : null);
  const caseCard = state.caseCardId ? (ctx.card(state.caseCardId) ?? null) : null;
  const sides: [{ nl: string; en: string }, { nl: string; en: string }] =
    caseCard?.kind === 'dilemma' ? [caseCard.sides[0].label, caseCard.sides[1].label] : ctx.sideLabels;
  const titleOf = (id: string) => ctx.card(id)?.title ?? { nl: id, en: id };
  const playerAt = (index: number | null) => (index === null ? null : { index, name: state.players[index] ?? '' });
  const placed = state.weigh.placed.map((p) => ({ id: p.factorId, title: titleOf(p.factorId), side: p.side }));

  const open = openQuestion(state);
  let question: WallView['question'] = null;
  if (open?.kind === 'weights') question = { kind: 'weights', id: open.id, factors: placed, caseId: state.caseCardId };
  if (open?.kind === 'side') question = { kind: 'side', id: open.id, labels: sides };
  if (open?.kind === 'note') question = { kind: 'note', id: open.id };
  if (open?.kind === 'ranking')
    question = { kind: 'ranking', id: open.id, size: state.rank.size, choices: rankChoices(state, ctx) };

  let results: WallView['results'] = null;
  if (state.format === 'weigh' && state.weigh.placed.length > 0) {
    if (frame.revealed) {
      const r = weighResults(state);
      const shift = weighShift(state);
      const beforeOf = (id: string) => shift?.factors.find((f) => f.factorId === id)?.before ?? null;
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
          ...(shift && { before: beforeOf(f.factorId) ?? undefined }),
        })),
        ...(shift && { rounds: shift.rounds, ranges: shift.ranges }),
      };
    }
  }
  if (state.format === 'dilemma-duel' && state.caseCardId !== null && frame.revealed) {
    const r = duelResults(state);
    const shift = duelShift(state);
    results = {
      kind: 'duel',
      labels: sides,
      a: r.a,
      b: r.b,
      ...(shift && { rounds: shift.rounds, before: shift.before }),
    };
  }
  if (state.format === 'rank' && frame.revealed) results = rankResults(state, ctx);
  const weighing = weighTurn(state);
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
    turn: playerAt(turnOf(state)),
    caseOwner: playerAt(caseOwnerOf(state)),
    questioner: playerAt(questionerOf(state)),
    progress: answerProgress(state),
    weighing:
      state.format === 'weigh' ? { placed, current: weighing && weighing !== 'done' ? weighing.factorId : null } : null,
    decision: decisionOf(state),
    step: state.format === 'slow-down' ? state.slowDown.step : null,
    room: state.room,
    language: ctx.language ?? null,
    questionId: question?.id ?? null,
    question,
    revealed: frame.revealed,
    results,
  };
}
