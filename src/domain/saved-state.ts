/**
 * What a device keeps between visits, as schemas: every saved part is validated with these on load, so a
 * save written by an older version, another tab or a person with the developer tools cannot blank a view.
 * A part that fails is dropped and the rest is kept. The types the app uses are the schemas' guard: when a
 * type changes, the schema here no longer type-checks until it follows.
 */
import { z } from './zod';

import type { Deal, DealFilter } from './deal';
import { CARD_KINDS, CLUSTERS, FORMATS } from './deck-constants';
import { deckSchema } from './deck-schema';
import { answerSchema, NAME_MAX, participantKeySchema } from './room-protocol';
import { sessionActionSchema } from './session/session-actions';
import { planContentSchema, planOfferSchema, savedPlanSchema } from './session-plan';
import { createSession, PHASES, type SessionState } from './session/session-state';

const id = z.string().check(z.minLength(1), z.maxLength(200));
const count = z.int().check(z.nonnegative());
const time = z.number().check(z.nonnegative());
const side = z.enum(['a', 'b']);

export const dealFilterSchema: z.ZodMiniType<DealFilter> = z.object({
  kind: z.nullable(z.enum(CARD_KINDS)),
  cluster: z.nullable(z.enum(CLUSTERS)),
});

export const dealSchema: z.ZodMiniType<Deal> = z
  .object({
    seed: z.string().check(z.minLength(1), z.maxLength(200)),
    round: count,
    filter: dealFilterSchema,
    pile: z.array(id).check(z.maxLength(5000)),
    drawn: z.array(id).check(z.maxLength(5000)),
    cursor: z.int().check(z.gte(-1)),
    discarded: z.array(id).check(z.maxLength(5000)),
  })
  .check(z.refine((deal) => deal.cursor < deal.drawn.length, 'points past the cards drawn'));

export const sessionStateSchema: z.ZodMiniType<SessionState> = z.object({
  sessionId: z.string().check(z.minLength(1), z.maxLength(200)),
  seq: count,
  format: z.enum(FORMATS),
  phase: z.enum(PHASES as [SessionState['phase'], ...SessionState['phase'][]]),
  filter: dealFilterSchema,
  deal: z.nullable(dealSchema),
  faceUp: z.boolean(),
  wall: z.enum(['live', 'blank', 'hold']),
  held: z.nullable(
    z.object({
      cardId: z.nullable(id),
      faceUp: z.boolean(),
      phase: z.enum(PHASES as [SessionState['phase'], ...SessionState['phase'][]]),
      revealed: z.boolean(),
    }),
  ),
  players: z.array(z.string().check(z.maxLength(200))).check(z.maxLength(200)),
  turn: count,
  timer: z.object({ durationMs: time, startedAt: z.nullable(time), elapsedMs: time }),
  revealed: z.boolean(),
  caseCardId: z.nullable(id),
  answerRound: count,
  earlier: z.nullable(
    z.object({
      round: count,
      weights: z.record(z.string(), z.record(z.string(), z.int().check(z.gte(1), z.lte(5)))),
      duel: z.object({ votes: z.record(z.string(), side), tally: z.nullable(z.object({ a: count, b: count })) }),
    }),
  ),
  played: z.array(id).check(z.maxLength(5000)),
  weigh: z.object({
    placed: z.array(z.object({ factorId: id, side })).check(z.maxLength(200)),
    weights: z.record(z.string(), z.record(z.string(), z.int().check(z.gte(1), z.lte(5)))),
  }),
  duel: z.object({
    votes: z.record(z.string(), side),
    tally: z.nullable(z.object({ a: count, b: count })),
  }),
  slowDown: z.object({
    decision: z.string().check(z.maxLength(2000)),
    step: z.int().check(z.gte(0), z.lte(5)),
    attached: z.record(z.string(), z.array(id).check(z.maxLength(200))),
  }),
  intervision: z.object({ caseOwner: z.nullable(count), questioner: count }),
  rank: z.object({
    size: z.int().check(z.gte(1), z.lte(20)),
    shortlist: z.array(id).check(z.maxLength(200)),
    picks: z.record(z.string(), z.array(id).check(z.maxLength(20))),
  }),
  answerMode: z.enum(['screen', 'hands', 'room']),
  room: z.nullable(
    z.object({ code: z.string().check(z.minLength(1), z.maxLength(20)), joinUrl: z.string().check(z.maxLength(500)) }),
  ),
  presence: z.object({ connected: count, peak: count }),
});

/** Each saved part of the app, field by field; a field that fails its schema is dropped on its own. */
export const savedFieldSchemas = {
  settings: { language: z.enum(['nl', 'en']), languageChosen: z.boolean() },
  deck: { customDeck: z.nullable(z.object({ name: z.string().check(z.maxLength(500)), deck: deckSchema })) },
  solo: {
    filter: dealFilterSchema,
    deal: z.nullable(dealSchema),
    dealDeckId: z.nullable(z.string().check(z.maxLength(200))),
    faceUp: z.boolean(),
    openCardId: z.nullable(z.string().check(z.maxLength(200))),
    history: z
      .array(z.object({ cardId: id, deckId: z.string().check(z.maxLength(200)), at: time }))
      .check(z.maxLength(500)),
  },
  notes: { notes: z.record(z.string().check(z.maxLength(200)), z.string().check(z.maxLength(100_000))) },
  session: {
    session: z.nullable(sessionStateSchema),
    facilitatorNotes: z.string().check(z.maxLength(100_000)),
    room: z.nullable(
      z.object({
        code: z.string().check(z.minLength(1), z.maxLength(40)),
        secret: z.string().check(z.maxLength(200)),
        relayBase: z.string().check(z.maxLength(2000)),
      }),
    ),
    roomNotes: z.array(z.string().check(z.maxLength(2000))).check(z.maxLength(5000)),
  },
  walks: {
    walks: z
      .array(
        z.object({
          id: z.string().check(z.minLength(1), z.maxLength(200)),
          createdAt: time,
          updatedAt: time,
          decision: z.string().check(z.maxLength(2000)),
          steps: z
            .array(
              z
                .array(
                  z.object({ cardId: id, clientCanInfluence: z.boolean(), note: z.string().check(z.maxLength(2000)) }),
                )
                .check(z.maxLength(200)),
            )
            .check(z.maxLength(6)),
          respond: z.string().check(z.maxLength(4000)),
        }),
      )
      .check(z.maxLength(200)),
  },
  participant: {
    participantKey: z.nullable(participantKeySchema),
    displayName: z.string().check(z.maxLength(NAME_MAX)),
    myAnswers: z.record(z.string().check(z.maxLength(200)), answerSchema),
  },
  plans: {
    plans: z.array(savedPlanSchema).check(z.maxLength(200)),
    planRun: z.nullable(z.object({ plan: planContentSchema, step: count })),
    planOffer: z.nullable(planOfferSchema),
  },
} as const;

export type SavedPart = keyof typeof savedFieldSchemas;

/** The session's log as saved: its actions in order. */
export const savedLogSchema = z.array(sessionActionSchema);

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A session saved before a field existed gets that field's starting value, so an older save still loads. */
function withSessionDefaults(value: unknown): unknown {
  if (!isRecord(value) || typeof value.sessionId !== 'string') return value;
  const format = FORMATS.includes(value.format as never) ? (value.format as SessionState['format']) : 'draw';
  return { ...createSession(value.sessionId, format), ...value };
}

/**
 * Keeps the fields of a saved part that pass their schemas; names the ones that do not. A field that is
 * missing is not a problem (the app's default stays).
 */
export function readSavedFields(
  part: SavedPart,
  value: unknown,
): { fields: Record<string, unknown>; dropped: string[] } {
  const schemas = savedFieldSchemas[part] as Record<string, z.ZodMiniType>;
  if (!isRecord(value)) return { fields: {}, dropped: value === undefined ? [] : Object.keys(schemas) };
  const fields: Record<string, unknown> = {};
  const dropped: string[] = [];
  for (const [name, schema] of Object.entries(schemas)) {
    if (!(name in value)) continue;
    const saved = part === 'session' && name === 'session' ? withSessionDefaults(value[name]) : value[name];
    const parsed = schema.safeParse(saved);
    if (parsed.success) fields[name] = parsed.data;
    else dropped.push(name);
  }
  return { fields, dropped };
}
