import { builtOnFirstUse, z } from '../zod';

import { CARD_KINDS, CLUSTERS, FORMATS } from '../deck-constants';
import { isRoomCode } from '../room-code';
import { RANK_CHOICES_MAX, RANK_SIZE_MAX, RANK_SIZE_MIN } from './rank-rules';
import { ANSWER_MODES, PHASES } from './session-state';

/** Every action the session knows, without the envelope. */
function buildActionBodySchema() {
  const id = z.string().check(z.minLength(1), z.maxLength(80));
  const voter = z.string().check(z.minLength(1), z.maxLength(80));
  const side = z.enum(['a', 'b']);
  const time = z.number().check(z.nonnegative());

  return z.discriminatedUnion('type', [
    z.strictObject({ type: z.literal('chooseFormat'), format: z.enum(FORMATS) }),
    z.strictObject({
      type: z.literal('setPlayers'),
      players: z.array(z.string().check(z.maxLength(40))).check(z.maxLength(40)),
    }),
    z.strictObject({
      type: z.literal('shuffle'),
      seed: z.string().check(z.minLength(1), z.maxLength(64)),
      /** Also put the first card of the new deal on the table (a deal key pressed before any shuffle). */
      draw: z.optional(z.boolean()),
      filter: z.strictObject({ kind: z.nullable(z.enum(CARD_KINDS)), cluster: z.nullable(z.enum(CLUSTERS)) }),
      /** The ids of the cards that match the filter, in deck order. */
      pool: z.array(id).check(z.maxLength(2000)),
    }),
    z.strictObject({ type: z.literal('deal') }),
    z.strictObject({ type: z.literal('next') }),
    z.strictObject({ type: z.literal('back') }),
    z.strictObject({ type: z.literal('flip') }),
    z.strictObject({ type: z.literal('discard') }),
    /** A new phase, optionally with the card that opens it on the table (the closing reflection). */
    z.strictObject({ type: z.literal('setPhase'), phase: z.enum(PHASES), caseCardId: z.optional(id) }),
    z.strictObject({ type: z.literal('setWall'), mode: z.enum(['live', 'blank', 'hold']) }),
    z.strictObject({ type: z.literal('timerStart'), at: time }),
    z.strictObject({ type: z.literal('timerPause'), at: time }),
    z.strictObject({
      type: z.literal('timerReset'),
      durationMs: z.int().check(z.gte(10_000), z.lte(4 * 3600_000)),
    }),
    z.strictObject({ type: z.literal('nextTurn') }),
    z.strictObject({ type: z.literal('setCase'), cardId: z.nullable(id) }),
    z.strictObject({ type: z.literal('placeFactor'), factorId: id, side }),
    z.strictObject({ type: z.literal('removeFactor'), factorId: id }),
    z.strictObject({ type: z.literal('recordWeight'), voter, factorId: id, weight: z.int().check(z.gte(1), z.lte(5)) }),
    z.strictObject({ type: z.literal('recordVote'), voter, side }),
    z.strictObject({
      type: z.literal('recordTally'),
      a: z.int().check(z.gte(0), z.lte(10_000)),
      b: z.int().check(z.gte(0), z.lte(10_000)),
    }),
    z.strictObject({ type: z.literal('setDecision'), text: z.string().check(z.maxLength(200)) }),
    /** Vertragen: go to a step, with its step card on the table beside the factors. */
    z.strictObject({ type: z.literal('setStep'), step: z.int().check(z.gte(0), z.lte(5)), caseCardId: z.optional(id) }),
    z.strictObject({ type: z.literal('attachFactor'), step: z.int().check(z.gte(0), z.lte(5)), factorId: id }),
    z.strictObject({ type: z.literal('detachFactor'), step: z.int().check(z.gte(0), z.lte(5)), factorId: id }),
    /** Rangorde: how many factors each player picks (a change asks the question anew). */
    z.strictObject({ type: z.literal('setRankSize'), size: z.int().check(z.gte(RANK_SIZE_MIN), z.lte(RANK_SIZE_MAX)) }),
    /** Rangorde: the factors to choose from; empty means every factor of the deck. */
    z.strictObject({
      type: z.literal('setRankShortlist'),
      factorIds: z.array(id).check(z.maxLength(RANK_CHOICES_MAX)),
    }),
    /** Rangorde on one screen: a player's pick, most weighty first. */
    z.strictObject({ type: z.literal('recordRank'), voter, factorIds: z.array(id).check(z.maxLength(RANK_SIZE_MAX)) }),
    z.strictObject({ type: z.literal('setCaseOwner'), player: z.nullable(z.int().check(z.gte(0), z.lte(39))) }),
    z.strictObject({ type: z.literal('clearAnswers') }),
    /** Weeg opnieuw: after the reveal and the talk, the same question again, the answers so far kept apart. */
    z.strictObject({ type: z.literal('askAgain') }),
    z.strictObject({ type: z.literal('reveal') }),
    z.strictObject({ type: z.literal('hide') }),
    z.strictObject({ type: z.literal('end') }),
    /**
     * Puts a card the facilitator chose from the deck on the table as the current card; `asCase` also makes it
     * the case (the dilemma weighed or duelled over, the card that closes an intervision round).
     */
    z.strictObject({ type: z.literal('playCard'), cardId: id, asCase: z.optional(z.literal(true)) }),
    z.strictObject({ type: z.literal('setAnswerMode'), mode: z.enum(ANSWER_MODES) }),
    /** The session now runs in a room: phones answer, the console's own voting stops. */
    z.strictObject({
      type: z.literal('openRoom'),
      code: z.string().check(z.refine(isRoomCode, 'is not a room code')),
      joinUrl: z.string().check(z.maxLength(500)),
    }),
    z.strictObject({ type: z.literal('closeRoom') }),
    /** How many phones the relay counts in the room now. */
    z.strictObject({ type: z.literal('roomPresence'), connected: z.int().check(z.gte(0), z.lte(10_000)) }),
    /** A phone's answer to the question that was open when it answered. */
    z.strictObject({
      type: z.literal('recordAnswer'),
      questionId: z.string().check(z.minLength(1), z.maxLength(64)),
      voter,
      answer: z.discriminatedUnion('kind', [
        z.strictObject({
          kind: z.literal('weights'),
          weights: z.record(id, z.int().check(z.gte(1), z.lte(5))),
        }),
        z.strictObject({ kind: z.literal('side'), side }),
        z.strictObject({ kind: z.literal('ranking'), order: z.array(id).check(z.maxLength(RANK_SIZE_MAX)) }),
      ]),
    }),
  ]);
}

export type ActionBody = z.infer<ReturnType<typeof buildActionBodySchema>>;
export type ActionType = ActionBody['type'];

/**
 * An action as it travels: the body plus the session it belongs to and its place in the sequence. Built when it
 * first validates (see `builtOnFirstUse`).
 */
export const sessionActionSchema = builtOnFirstUse(() =>
  z.intersection(
    buildActionBodySchema(),
    z.object({ sessionId: z.string().check(z.minLength(1), z.maxLength(64)), seq: z.int().check(z.positive()) }),
  ),
);
export type SessionAction = ActionBody & { sessionId: string; seq: number };
