import type { DealFilter } from './deal';
import { CARD_KINDS, CLUSTERS, type CardKind, type Cluster } from './deck-constants';

/**
 * Addresses that share a card or a deal with no server: everything is in the hash of the address. A deal is
 * written as base64url JSON followed by a checksum, so a link damaged in a mail or a chat is refused with a
 * reason instead of dealing something else. Written without a schema library, so the solo view stays light.
 */

/** The version of the payload format; a payload of another version is refused with its own reason. */
export const SHARE_FORMAT = 1;
/** Longer payloads are refused before they are read. */
export const MAX_PAYLOAD_CHARS = 4000;

const CARD_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const SEED = /^[A-Za-z0-9_-]{1,64}$/;
const DECK_VERSION = /^[a-z0-9]+(-[a-z0-9]+)*\.[0-9a-f]{8}$/;

/** Why a shared address was refused; the view words it for the user. */
export const LINK_PROBLEMS = ['tooLong', 'damaged', 'unknownFormat', 'invalid'] as const;
export type LinkProblem = (typeof LINK_PROBLEMS)[number];
export type LinkResult<T> = { ok: true; value: T } | { ok: false; problem: LinkProblem };

/** What became of a shared address that was opened: opened, or refused and why. */
export type SharedOutcome =
  | { type: 'cardOpened' }
  | { type: 'cardMissing' }
  | { type: 'dealOpened' }
  | { type: 'dealRefused'; problem: LinkProblem }
  /** The deal was made with another version of the deck: the same seed deals another order here. */
  | { type: 'dealOtherVersion'; link: DealLink; sameDeck: boolean };

/** A deal anyone can reproduce: the same deck version, seed and filter give the same order on every device. */
export interface DealLink {
  deckVersion: string;
  seed: string;
  filter: DealFilter;
}

/** FNV-1a, 32 bits, as 8 hex digits: a checksum against damage, not a signature. */
export function checksum(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/**
 * The deck's id and a fingerprint of its cards in order: two devices with the same version deal the same
 * order from the same seed; a deck that gained, lost or reordered a card has another version.
 */
export function deckVersion(deck: { id: string; cards: readonly { id: string }[] }): string {
  return `${deck.id}.${checksum(deck.cards.map((card) => card.id).join('\n'))}`;
}

/** The deck id part of a deck version. */
export function deckIdOf(version: string): string {
  return version.slice(0, version.lastIndexOf('.'));
}

export function isCardId(value: string): boolean {
  return value.length <= 120 && CARD_ID.test(value);
}

/** The hash (`#/card/<id>`) that opens one card in the solo view. */
export function cardHash(cardId: string): string {
  return `#/card/${cardId}`;
}

/** The hash (`#/deal/<payload>`) that opens a deal in the solo view. */
export function dealHash(link: DealLink): string {
  return `#/deal/${encodePayload({ f: SHARE_FORMAT, t: 'deal', d: link.deckVersion, s: link.seed, k: link.filter.kind, c: link.filter.cluster })}`;
}

/** Reads a deal payload; anything damaged, forged or from another format is refused with a reason. */
export function decodeDealLink(payload: string): LinkResult<DealLink> {
  const read = decodePayload(payload);
  if (!read.ok) return read;
  const data = read.value;
  if (data.t !== 'deal') return { ok: false, problem: 'invalid' };
  const { d, s, k, c } = data;
  if (typeof d !== 'string' || !DECK_VERSION.test(d) || d.length > 130) return { ok: false, problem: 'invalid' };
  if (typeof s !== 'string' || !SEED.test(s)) return { ok: false, problem: 'invalid' };
  const kind = k === null ? null : CARD_KINDS.find((name) => name === k);
  const cluster = c === null ? null : CLUSTERS.find((name) => name === c);
  if (kind === undefined || cluster === undefined) return { ok: false, problem: 'invalid' };
  if (cluster !== null && kind !== 'factor') return { ok: false, problem: 'invalid' };
  return {
    ok: true,
    value: { deckVersion: d, seed: s, filter: { kind: kind as CardKind | null, cluster: cluster as Cluster | null } },
  };
}

/** JSON as base64url, a dot, and the checksum of the base64url text. */
export function encodePayload(data: Record<string, unknown>): string {
  const bytes = new TextEncoder().encode(JSON.stringify(data));
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  const body = btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  return `${body}.${checksum(body)}`;
}

/** The object in a payload, once its length, checksum, encoding and format version are right. */
export function decodePayload(payload: string): LinkResult<Record<string, unknown>> {
  if (payload.length > MAX_PAYLOAD_CHARS) return { ok: false, problem: 'tooLong' };
  const dot = payload.lastIndexOf('.');
  const body = payload.slice(0, dot);
  if (dot < 1 || !/^[A-Za-z0-9_-]+$/.test(body) || checksum(body) !== payload.slice(dot + 1))
    return { ok: false, problem: 'damaged' };
  let data: unknown;
  try {
    const binary = atob(body.replace(/-/g, '+').replace(/_/g, '/'));
    const bytes = Uint8Array.from(binary, (char) => char.charCodeAt(0));
    data = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return { ok: false, problem: 'damaged' };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return { ok: false, problem: 'invalid' };
  const record = data as Record<string, unknown>;
  if (record.f !== SHARE_FORMAT) return { ok: false, problem: 'unknownFormat' };
  return { ok: true, value: record };
}
