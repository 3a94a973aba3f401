import { builtOnFirstUse, z } from '../zod';

import { FORMATS, type Language } from '../deck-constants';
import { cardSchema, localized, type Card } from '../deck-schema';
import { isRoomCode } from '../room-code';
import { answerProgress, caseOwnerOf, decisionOf, openQuestion, questionerOf, turnOf, weighTurn } from './play-rules';
import { visibleFrame } from './reduce-session';
import { compareWithStudy, RANK_CHOICES_MAX, RANK_SIZE_MAX, RANK_SIZE_MIN } from './rank-rules';
import { duelResults, duelShift, weighResults, weighShift } from './session-results';
import { PHASES, type SessionState } from './session-state';

/**
 * Everything a wall (projector) or a participant sees of a session, with the cards in it, so that a view
 * needs no deck of its own. Answers appear only once revealed.
 */
function buildWallViewSchema() {
  const title = localized(200);
  /** Weeg opnieuw: the round compared with and this one ([1, 2] for a second round). */
  const rounds = z.optional(z.tuple([z.int().check(z.positive()), z.int().check(z.positive())]));
  const roundSummary = z.strictObject({
    count: z.int().check(z.nonnegative()),
    mean: z.number(),
    min: z.int().check(z.gte(1), z.lte(5)),
    max: z.int().check(z.gte(1), z.lte(5)),
  });
  const side = z.enum(['a', 'b']);
  /** A player by index; a player without a name is shown by number ("Speler 3"). */
  const player = z.strictObject({ index: z.int().check(z.gte(0), z.lte(39)), name: z.string().check(z.maxLength(40)) });
  return z.strictObject({
    sessionId: z.string().check(z.minLength(1), z.maxLength(64)),
    seq: z.int().check(z.nonnegative()),
    /** Epoch ms when the console sent it. */
    sentAt: z.number(),
    format: z.enum(FORMATS),
    phase: z.enum(PHASES),
    mode: z.enum(['live', 'blank']),
    card: z.nullable(cardSchema),
    faceUp: z.boolean(),
    caseCard: z.nullable(cardSchema),
    timer: z.strictObject({
      durationMs: z.number().check(z.nonnegative()),
      startedAt: z.nullable(z.number()),
      elapsedMs: z.number().check(z.nonnegative()),
    }),
    /** Whose turn it is, when the session has players; a player without a name is shown by number. */
    turn: z.nullable(player),
    /** Intervisie-ronde: who brought the case, and who asks the next question. */
    caseOwner: z._default(z.nullable(player), null),
    questioner: z._default(z.nullable(player), null),
    /** "x van y hebben geantwoord" for the open question (never what); null when nothing is counted. */
    progress: z._default(
      z.nullable(
        z.strictObject({ answered: z.int().check(z.nonnegative()), expected: z.int().check(z.nonnegative()) }),
      ),
      null,
    ),
    /** Weeg de factoren: the factors on each side, and the one being weighed on one screen now. */
    weighing: z._default(
      z.nullable(
        z.strictObject({
          placed: z
            .array(z.strictObject({ id: z.string().check(z.maxLength(80)), title, side }))
            .check(z.maxLength(30)),
          current: z.nullable(z.string().check(z.maxLength(80))),
        }),
      ),
      null,
    ),
    /** Vertragen: the decision being slowed down, as the facilitator typed it. */
    decision: z._default(z.nullable(z.string().check(z.maxLength(200))), null),
    step: z.nullable(z.int().check(z.gte(0), z.lte(5))),
    /** The open room, for the wall to show its code and a QR code of the join link; never the secret. */
    room: z._default(
      z.nullable(
        z.strictObject({ code: z.string().check(z.refine(isRoomCode)), joinUrl: z.string().check(z.maxLength(500)) }),
      ),
      null,
    ),
    /** The language the session runs in: a phone that did not choose one itself follows it. */
    language: z._default(z.nullable(z.enum(['nl', 'en'])), null),
    /** The id of the question open for answers (the relay reads it); null when there is none. */
    questionId: z._default(z.nullable(z.string().check(z.maxLength(64))), null),
    /** The question participants may answer now; null when there is none. */
    question: z.nullable(
      z.discriminatedUnion('kind', [
        z.strictObject({
          kind: z.literal('weights'),
          id: z.string().check(z.maxLength(64)),
          factors: z
            .array(z.strictObject({ id: z.string().check(z.maxLength(80)), title, side }))
            .check(z.maxLength(30)),
          /** The case the factors are weighed for, also when it is the card on the table (and not sent twice). */
          caseId: z.optional(z.nullable(z.string().check(z.maxLength(80)))),
        }),
        z.strictObject({
          kind: z.literal('side'),
          id: z.string().check(z.maxLength(64)),
          labels: z.tuple([title, title]),
        }),
        /** Rangorde: pick `size` of the factors in order, most weighty first. */
        z.strictObject({
          kind: z.literal('ranking'),
          id: z.string().check(z.maxLength(64)),
          size: z.int().check(z.gte(RANK_SIZE_MIN), z.lte(RANK_SIZE_MAX)),
          choices: z
            .array(
              z.strictObject({
                id: z.string().check(z.maxLength(80)),
                title,
                study: z.nullable(z.int().check(z.gte(1), z.lte(15))),
              }),
            )
            .check(z.maxLength(RANK_CHOICES_MAX)),
        }),
        /** Only an anonymous note about the card on the table. */
        z.strictObject({ kind: z.literal('note'), id: z.string().check(z.maxLength(64)) }),
      ]),
    ),
    revealed: z.boolean(),
    results: z.nullable(
      z.discriminatedUnion('kind', [
        z.strictObject({
          kind: z.literal('weigh'),
          sides: z.tuple([title, title]),
          tilt: z.number().check(z.gte(-1), z.lte(1)),
          totals: z.strictObject({ a: z.number(), b: z.number() }),
          factors: z
            .array(
              z.strictObject({
                id: z.string().check(z.maxLength(80)),
                title,
                side,
                weights: z.array(z.int().check(z.gte(1), z.lte(5))).check(z.maxLength(1000)),
                mean: z.nullable(z.number()),
                min: z.nullable(z.number()),
                max: z.nullable(z.number()),
                /** Weeg opnieuw: how the round before weighed it; absent in a first round or without weights. */
                before: z.optional(roundSummary),
              }),
            )
            .check(z.maxLength(30)),
          rounds,
          /** Weeg opnieuw: how many factors the group came closer on, stayed as wide, spread wider. */
          ranges: z.optional(
            z.strictObject({
              narrower: z.int().check(z.nonnegative()),
              same: z.int().check(z.nonnegative()),
              wider: z.int().check(z.nonnegative()),
            }),
          ),
        }),
        z.strictObject({
          kind: z.literal('duel'),
          labels: z.tuple([title, title]),
          a: z.int().check(z.nonnegative()),
          b: z.int().check(z.nonnegative()),
          rounds,
          /** Weeg opnieuw: the split of the round before. */
          before: z.optional(z.strictObject({ a: z.int().check(z.nonnegative()), b: z.int().check(z.nonnegative()) })),
        }),
        /** Rangorde: the group's ranking (Borda count) beside the study's top 15, see rank-rules.ts. */
        z.strictObject({
          kind: z.literal('rank'),
          size: z.int().check(z.gte(RANK_SIZE_MIN), z.lte(RANK_SIZE_MAX)),
          voters: z.int().check(z.nonnegative()),
          rows: z
            .array(
              z.strictObject({
                id: z.string().check(z.maxLength(80)),
                title,
                points: z.int().check(z.nonnegative()),
                place: z.nullable(z.int().check(z.positive())),
                tied: z.boolean(),
                picks: z.int().check(z.nonnegative()),
                best: z.nullable(z.int().check(z.positive())),
                worst: z.nullable(z.int().check(z.positive())),
                study: z.nullable(z.int().check(z.gte(1), z.lte(15))),
                mark: z.nullable(z.enum(['shift', 'group-only', 'missed'])),
              }),
            )
            .check(z.maxLength(RANK_CHOICES_MAX + 15)),
        }),
        z.strictObject({
          kind: z.literal('steps'),
          steps: z
            .array(z.strictObject({ step: z.int(), factors: z.array(title).check(z.maxLength(30)) }))
            .check(z.length(6)),
        }),
      ]),
    ),
  });
}

/** Built when it first validates (see `builtOnFirstUse`). */
export const wallViewSchema = builtOnFirstUse(buildWallViewSchema);
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
