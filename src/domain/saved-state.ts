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
import { planContentSchema, savedPlanSchema } from './session-plan';
import { createSession, PHASES, type SessionState } from './session/session-state';

const id = z.string().min(1).max(200);
const count = z.number().int().nonnegative();
const time = z.number().finite().nonnegative();
const side = z.enum(['a', 'b']);

export const dealFilterSchema: z.ZodType<DealFilter> = z.object({
  kind: z.enum(CARD_KINDS).nullable(),
  cluster: z.enum(CLUSTERS).nullable(),
});

export const dealSchema: z.ZodType<Deal> = z
  .object({
    seed: z.string().min(1).max(200),
    round: count,
    filter: dealFilterSchema,
    pile: z.array(id).max(5000),
    drawn: z.array(id).max(5000),
    cursor: z.number().int().min(-1),
    discarded: z.array(id).max(5000),
  })
  .refine((deal) => deal.cursor < deal.drawn.length, 'points past the cards drawn');

export const sessionStateSchema: z.ZodType<SessionState> = z.object({
  sessionId: z.string().min(1).max(200),
  seq: count,
  format: z.enum(FORMATS),
  phase: z.enum(PHASES as [SessionState['phase'], ...SessionState['phase'][]]),
  filter: dealFilterSchema,
  deal: dealSchema.nullable(),
  faceUp: z.boolean(),
  wall: z.enum(['live', 'blank', 'hold']),
  held: z
    .object({
      cardId: id.nullable(),
      faceUp: z.boolean(),
      phase: z.enum(PHASES as [SessionState['phase'], ...SessionState['phase'][]]),
      revealed: z.boolean(),
    })
    .nullable(),
  players: z.array(z.string().max(200)).max(200),
  turn: count,
  timer: z.object({ durationMs: time, startedAt: time.nullable(), elapsedMs: time }),
  revealed: z.boolean(),
  caseCardId: id.nullable(),
  answerRound: count,
  earlier: z
    .object({
      round: count,
      weights: z.record(z.string(), z.record(z.string(), z.number().int().min(1).max(5))),
      duel: z.object({ votes: z.record(z.string(), side), tally: z.object({ a: count, b: count }).nullable() }),
    })
    .nullable(),
  played: z.array(id).max(5000),
  weigh: z.object({
    placed: z.array(z.object({ factorId: id, side })).max(200),
    weights: z.record(z.string(), z.record(z.string(), z.number().int().min(1).max(5))),
  }),
  duel: z.object({
    votes: z.record(z.string(), side),
    tally: z.object({ a: count, b: count }).nullable(),
  }),
  slowDown: z.object({
    decision: z.string().max(2000),
    step: z.number().int().min(0).max(5),
    attached: z.record(z.string(), z.array(id).max(200)),
  }),
  intervision: z.object({ caseOwner: count.nullable(), questioner: count }),
  rank: z.object({
    size: z.number().int().min(1).max(20),
    shortlist: z.array(id).max(200),
    picks: z.record(z.string(), z.array(id).max(20)),
  }),
  answerMode: z.enum(['screen', 'hands', 'room']),
  room: z.object({ code: z.string().min(1).max(20), joinUrl: z.string().max(500) }).nullable(),
  presence: z.object({ connected: count, peak: count }),
});

/** Each saved part of the app, field by field; a field that fails its schema is dropped on its own. */
export const savedFieldSchemas = {
  settings: { language: z.enum(['nl', 'en']), languageChosen: z.boolean() },
  deck: { customDeck: z.object({ name: z.string().max(500), deck: deckSchema }).nullable() },
  solo: {
    filter: dealFilterSchema,
    deal: dealSchema.nullable(),
    dealDeckId: z.string().max(200).nullable(),
    faceUp: z.boolean(),
    openCardId: z.string().max(200).nullable(),
    history: z.array(z.object({ cardId: id, deckId: z.string().max(200), at: time })).max(500),
  },
  notes: { notes: z.record(z.string().max(200), z.string().max(100_000)) },
  session: {
    session: sessionStateSchema.nullable(),
    facilitatorNotes: z.string().max(100_000),
    room: z
      .object({ code: z.string().min(1).max(40), secret: z.string().max(200), relayBase: z.string().max(2000) })
      .nullable(),
    roomNotes: z.array(z.string().max(2000)).max(5000),
  },
  walks: {
    walks: z
      .array(
        z.object({
          id: z.string().min(1).max(200),
          createdAt: time,
          updatedAt: time,
          decision: z.string().max(2000),
          steps: z
            .array(
              z.array(z.object({ cardId: id, clientCanInfluence: z.boolean(), note: z.string().max(2000) })).max(200),
            )
            .max(6),
          respond: z.string().max(4000),
        }),
      )
      .max(200),
  },
  participant: {
    participantKey: participantKeySchema.nullable(),
    displayName: z.string().max(NAME_MAX),
    myAnswers: z.record(z.string().max(200), answerSchema),
  },
  plans: {
    plans: z.array(savedPlanSchema).max(200),
    planRun: z.object({ plan: planContentSchema, step: count }).nullable(),
  },
} as const;

export type SavedPart = keyof typeof savedFieldSchemas;

/** One saved action of the session's log. */
export const savedActionSchema = sessionActionSchema;

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
  const schemas = savedFieldSchemas[part] as Record<string, z.ZodType>;
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
