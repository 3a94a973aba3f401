import { z } from './zod';

import { cardSchema, type Card } from './deck-schema';
import { wallViewSchema, type WallView } from './session/wall-view';

/** The keys a projector window passes on to the console: what a presenter clicker sends, and the arrows. */
export const WALL_KEYS = ['PageDown', 'PageUp', ' ', '.', 'ArrowRight', 'ArrowLeft', 'b'] as const;
export type WallKey = (typeof WALL_KEYS)[number];

/** At most this many cards in a nearby message: one back, one forward. */
export const NEARBY_MAX = 2;

/** Messages between the windows of one device. Sent as JSON text so that their size can be checked. */
export const syncMessageSchema = z.discriminatedUnion('type', [
  z.strictObject({ v: z.literal(1), type: z.literal('view'), view: wallViewSchema }),
  /**
   * The cards one step back and one step forward from the one on the table (see nearbyCardIds), sent to the windows
   * of this device only, never to a room: a wall lays them out while it waits, so that the next step shows at once.
   */
  z.strictObject({
    v: z.literal(1),
    type: z.literal('nearby'),
    sessionId: z.string().check(z.minLength(1), z.maxLength(64)),
    cards: z.array(cardSchema).check(z.maxLength(NEARBY_MAX)),
  }),
  /** A window that opened or reloaded asks the console for the current view. */
  z.strictObject({
    v: z.literal(1),
    type: z.literal('hello'),
    sessionId: z.nullable(z.string().check(z.maxLength(64))),
  }),
  /** A key pressed on the projector window; the console decides what it does, as the only driver. */
  z.strictObject({
    v: z.literal(1),
    type: z.literal('key'),
    sessionId: z.string().check(z.minLength(1), z.maxLength(64)),
    key: z.enum(WALL_KEYS),
  }),
]);
export type SyncMessage = z.infer<typeof syncMessageSchema>;

export const MAX_SYNC_MESSAGE_CHARS = 256 * 1024;

export type RefusalReason = 'not-text' | 'too-large' | 'not-json' | 'invalid';
export type SyncParseResult = { ok: true; message: SyncMessage } | { ok: false; reason: RefusalReason };

/** Reads a message that arrived from another window; never throws. */
export function parseSyncMessage(data: unknown): SyncParseResult {
  if (typeof data !== 'string') return { ok: false, reason: 'not-text' };
  if (data.length > MAX_SYNC_MESSAGE_CHARS) return { ok: false, reason: 'too-large' };
  let json: unknown;
  try {
    json = JSON.parse(data);
  } catch {
    return { ok: false, reason: 'not-json' };
  }
  const result = syncMessageSchema.safeParse(json);
  return result.success ? { ok: true, message: result.data } : { ok: false, reason: 'invalid' };
}

export const viewMessage = (view: WallView): string => JSON.stringify({ v: 1, type: 'view', view });
export const nearbyMessage = (sessionId: string, cards: readonly Card[]): string =>
  JSON.stringify({ v: 1, type: 'nearby', sessionId, cards });
export const helloMessage = (sessionId: string | null): string => JSON.stringify({ v: 1, type: 'hello', sessionId });
export const keyMessage = (sessionId: string, key: WallKey): string =>
  JSON.stringify({ v: 1, type: 'key', sessionId, key });
