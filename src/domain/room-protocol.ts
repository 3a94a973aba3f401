/**
 * The room protocol: how the console, the phones and the relay talk about a room, as data. It names the two
 * Yjs documents of a room and what they hold, the tokens a client authenticates with, the messages a
 * participant sends (answers) and the relay's replies. Everything crossing the wire is validated here, by
 * the browser and by the relay alike.
 */
import { z } from './zod';

import { isRoomCode } from './room-code';
import type { RandomBytes } from './room-code';

// Documents

/** `room/<CODE>`: what everyone in the room may see. Written by the facilitator only. */
export const publicDocumentName = (code: string): string => `room/${code}`;
/** `room/<CODE>/private`: the answers and the relay's counts. Only the facilitator opens it. */
export const privateDocumentName = (code: string): string => `room/${code}/private`;

export type RoomDocumentKind = 'public' | 'private';

/** The room code and kind of a document name, or null when the name is not one of a room's two documents. */
export function parseDocumentName(name: string): { code: string; kind: RoomDocumentKind } | null {
  const match = /^room\/([^/]+)(\/private)?$/.exec(name);
  if (!match?.[1] || !isRoomCode(match[1])) return null;
  return { code: match[1], kind: match[2] ? 'private' : 'public' };
}

/**
 * The top-level Y.Maps of the two documents.
 * - public `meta`: {@link RoomMeta}, one key per field (`v`, `startedAt`, `ended`).
 * - public `session`: key {@link VIEW_KEY}, a JSON string the facilitator writes (see {@link RoomView}).
 * - private `answers`: key {@link answerKey}, value a JSON string of an {@link AnswerRecord}.
 * - private `stats`: key {@link CONNECTED_KEY}, the number of participants connected to the room; the relay
 *   keeps it up to date. Keys starting with `connected@` are each relay instance's own count (several
 *   instances share a room through Redis); clients read `connected` only.
 */
export const ROOM_MAPS = { meta: 'meta', session: 'session', answers: 'answers', stats: 'stats' } as const;
export const VIEW_KEY = 'view';
export const CONNECTED_KEY = 'connected';

export const ROOM_PROTOCOL_VERSION = 1;

/** The public `meta` map. A room is started once `meta` holds a valid record, and over once `ended` is true. */
export const roomMetaSchema = z.object({
  v: z.literal(ROOM_PROTOCOL_VERSION),
  startedAt: z.int().check(z.nonnegative()),
  ended: z.boolean(),
});
export type RoomMeta = z.infer<typeof roomMetaSchema>;

/** Reads `meta` (as `map.toJSON()`); null when the room has not been started. */
export function readRoomMeta(value: unknown): RoomMeta | null {
  const parsed = roomMetaSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/**
 * An id chosen by the app: a question, a factor. Letters, digits and `.`, `_`, `:`, `-`, starting with a
 * letter or digit, at most 64 characters; so `questionId/participantId` splits without doubt.
 */
export const protocolIdSchema = z.string().check(z.regex(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$/, 'is not a valid id'));

/**
 * The part of the facilitator's view the relay reads: which question is open for answers, and whether its
 * results are revealed. Everything else in the view belongs to the app and passes through untouched.
 */
export const roomViewSchema = z.looseObject({
  questionId: z.nullable(protocolIdSchema),
  revealed: z.boolean(),
});
export type RoomView = z.infer<typeof roomViewSchema>;

/** Reads the `session.view` JSON string; null when it is missing or not a view. */
export function readRoomView(json: unknown): RoomView | null {
  if (typeof json !== 'string') return null;
  const parsed = roomViewSchema.safeParse(parseJson(json));
  return parsed.success ? parsed.data : null;
}

// Tokens (the Hocuspocus provider's `token`, a JSON string)

/** base64url(HMAC-SHA256(relay key, code)), as returned by `POST /rooms`. */
const facilitatorSecretSchema = z.string().check(z.regex(/^[A-Za-z0-9_-]{43}$/));
/** A random string the participant's device makes once and keeps; only its hash reaches anyone else. */
export const participantKeySchema = z.string().check(z.regex(/^[A-Za-z0-9_-]{22,128}$/));

export const roomTokenSchema = z.discriminatedUnion('role', [
  z.strictObject({ role: z.literal('facilitator'), secret: facilitatorSecretSchema }),
  z.strictObject({ role: z.literal('participant'), key: participantKeySchema }),
]);
export type RoomToken = z.infer<typeof roomTokenSchema>;
export type RoomRole = RoomToken['role'];

export const facilitatorToken = (secret: string): string => JSON.stringify({ role: 'facilitator', secret });
export const participantToken = (key: string): string => JSON.stringify({ role: 'participant', key });

export function parseRoomToken(text: string): RoomToken | null {
  const parsed = roomTokenSchema.safeParse(parseJson(text));
  return parsed.success ? parsed.data : null;
}

const cryptoRandomBytes: RandomBytes = (length) => globalThis.crypto.getRandomValues(new Uint8Array(length));

/** A new participant key: 24 random bytes as 32 base64url characters. */
export function newParticipantKey(randomBytes: RandomBytes = cryptoRandomBytes): string {
  return base64url(randomBytes(24));
}

/**
 * The participant's id in the room: the first 16 hex digits of SHA-256 of its key. The relay derives it from
 * the key it was given, so only the holder of a key can answer as that participant. A phone never needs it
 * (and `crypto.subtle` exists in secure contexts only, which a phone on plain http over the LAN is not).
 */
export async function participantIdFor(key: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(key));
  return [...new Uint8Array(digest).slice(0, 8)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

// Answers

export const NAME_MAX = 40;
export const NOTE_MAX = 500;
export const WEIGHTS_MAX = 30;
/** Rangorde: a pick holds 3 to 7 factors (the trainer says how many), each once, most weighty first. */
export const RANKING_MIN = 3;
export const RANKING_MAX = 7;

export const answerSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('weights'),
    weights: z.record(protocolIdSchema, z.int().check(z.gte(1), z.lte(5))).check(
      z.refine((weights) => {
        const count = Object.keys(weights).length;
        return count >= 1 && count <= WEIGHTS_MAX;
      }, `must weigh 1 to ${WEIGHTS_MAX} factors`),
    ),
  }),
  z.strictObject({ kind: z.literal('side'), side: z.enum(['a', 'b']) }),
  z.strictObject({
    kind: z.literal('ranking'),
    order: z.array(protocolIdSchema).check(
      z.minLength(RANKING_MIN),
      z.maxLength(RANKING_MAX),
      z.refine((order) => new Set(order).size === order.length, 'names a factor twice'),
    ),
  }),
  z.strictObject({ kind: z.literal('note'), text: z.string().check(z.trim(), z.minLength(1), z.maxLength(NOTE_MAX)) }),
]);
export type Answer = z.infer<typeof answerSchema>;

const displayNameSchema = z.string().check(z.trim(), z.minLength(1), z.maxLength(NAME_MAX));

/** Participant -> relay, as a Hocuspocus stateless message on the public document. */
export const answerMessageSchema = z.strictObject({
  type: z.literal('answer'),
  questionId: protocolIdSchema,
  answer: answerSchema,
  name: z.optional(displayNameSchema),
});
export type AnswerMessage = z.infer<typeof answerMessageSchema>;

/** What the relay stores under {@link answerKey} in the private `answers` map (as a JSON string). */
export const answerRecordSchema = z.strictObject({
  participantId: z.string().check(z.regex(/^[0-9a-f]{16}$/)),
  questionId: protocolIdSchema,
  answer: answerSchema,
  name: z.optional(displayNameSchema),
  /** When the relay accepted it, in ms since the epoch (the relay's clock). */
  at: z.int().check(z.nonnegative()),
});
export type AnswerRecord = z.infer<typeof answerRecordSchema>;

export const answerKey = (questionId: string, participantId: string): string => `${questionId}/${participantId}`;

export function parseAnswerKey(key: string): { questionId: string; participantId: string } | null {
  const slash = key.lastIndexOf('/');
  if (slash < 1) return null;
  return { questionId: key.slice(0, slash), participantId: key.slice(slash + 1) };
}

export function readAnswerRecord(json: unknown): AnswerRecord | null {
  if (typeof json !== 'string') return null;
  const parsed = answerRecordSchema.safeParse(parseJson(json));
  return parsed.success ? parsed.data : null;
}

export type ClientMessage = AnswerMessage;

/** A participant's stateless message, or why it is refused. */
export function parseClientMessage(text: string): { ok: true; message: ClientMessage } | { ok: false } {
  const parsed = answerMessageSchema.safeParse(parseJson(text));
  return parsed.success ? { ok: true, message: parsed.data } : { ok: false };
}

// The relay's replies and refusals

/**
 * Why a stateless message was refused:
 * - `malformed`: not JSON, or not a message of this protocol;
 * - `too-large`: over the size limit for the sender's role;
 * - `rate-limited`: the connection sends faster than allowed (the message was dropped);
 * - `stale-question`: the question is not the one open now;
 * - `revealed`: the question's results are revealed, so its answers are closed;
 * - `not-a-participant`: only participants answer;
 * - `room-ended`: the room is over.
 */
export const MESSAGE_REFUSALS = [
  'malformed',
  'too-large',
  'rate-limited',
  'stale-question',
  'revealed',
  'not-a-participant',
  'room-ended',
] as const;
export type MessageRefusal = (typeof MESSAGE_REFUSALS)[number];

/**
 * Relay -> one client, as a stateless message, never broadcast: the ack of an answer, a refusal, or a
 * keepalive (sent every few seconds so a participant's provider, which does not share awareness, never
 * mistakes a quiet room for a dead connection; ignore it).
 */
export const relayMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ack'), questionId: z.string() }),
  z.object({ type: z.literal('refused'), reason: z.enum(MESSAGE_REFUSALS), questionId: z.optional(z.string()) }),
  z.object({ type: z.literal('keepalive') }),
]);
export type RelayMessage = z.infer<typeof relayMessageSchema>;

export function parseRelayMessage(text: string): RelayMessage | null {
  const parsed = relayMessageSchema.safeParse(parseJson(text));
  return parsed.success ? parsed.data : null;
}

/**
 * Why the relay refuses to open a document for a client (the provider's `authenticationFailed` reason):
 * - `invalid-document`: not `room/<CODE>` or `room/<CODE>/private`;
 * - `invalid-token`: the token is not one of {@link RoomToken};
 * - `forbidden`: the facilitator secret does not belong to this room;
 * - `private-document`: participants never open the private document;
 * - `room-not-found`: no room has been started under this code;
 * - `room-ended`: the room is over;
 * - `room-full`: the room has its maximum number of participants;
 * - `busy`: the relay is checking too many unknown codes at once; try again shortly.
 */
export const JOIN_REFUSALS = [
  'invalid-document',
  'invalid-token',
  'forbidden',
  'private-document',
  'room-not-found',
  'room-ended',
  'room-full',
  'busy',
] as const;
export type JoinRefusal = (typeof JOIN_REFUSALS)[number];

/**
 * Why the relay closes a connection: the close message of a document (the provider's `close` event reason)
 * and the WebSocket close reason.
 */
export const CLOSE_REASONS = [
  'room-ended',
  'rate-limited',
  'too-large',
  'malformed',
  'too-many-documents',
  'too-many-connections',
  'auth-timeout',
] as const;
export type CloseReason = (typeof CLOSE_REASONS)[number];

// HTTP

/** `POST /rooms` -> 201. The secret goes to the console only: never on the projector, in a QR code or link. */
export const mintedRoomSchema = z.object({
  code: z.string().check(z.refine(isRoomCode)),
  secret: facilitatorSecretSchema,
});
export type MintedRoom = z.infer<typeof mintedRoomSchema>;

/** `GET /rooms/<CODE>` -> 200 `{exists: true, ended}` or 404 `{exists: false}`. */
export const roomStatusSchema = z.discriminatedUnion('exists', [
  z.object({ exists: z.literal(true), ended: z.boolean() }),
  z.object({ exists: z.literal(false) }),
]);
export type RoomStatus = z.infer<typeof roomStatusSchema>;

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function base64url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}
