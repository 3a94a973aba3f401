/**
 * Room codes: seven characters a person can read off a wall and type on a phone. The alphabet leaves out the
 * look-alikes 0/O and 1/I/L, so a code is never ambiguous; a typed look-alike is refused, never guessed.
 *
 * Seven of 31 characters give 27.5 billion codes: with the relay's limit on lookups (per client address and
 * per instance, see server/README.md), finding one of 50 live rooms by guessing takes years, not hours.
 */

export const ROOM_CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const ROOM_CODE_LENGTH = 7;

/** Fills a buffer of `length` random bytes; by default the platform's cryptographic source. */
export type RandomBytes = (length: number) => Uint8Array;

const cryptoRandomBytes: RandomBytes = (length) => globalThis.crypto.getRandomValues(new Uint8Array(length));

/** The largest multiple of the alphabet's size that fits in a byte: bytes at or above it are thrown away. */
const UNBIASED_LIMIT = 256 - (256 % ROOM_CODE_ALPHABET.length);

/** A fresh code, every character equally likely (rejection sampling, so no modulo bias). */
export function newRoomCode(randomBytes: RandomBytes = cryptoRandomBytes): string {
  let code = '';
  while (code.length < ROOM_CODE_LENGTH) {
    for (const byte of randomBytes(ROOM_CODE_LENGTH * 2)) {
      if (byte >= UNBIASED_LIMIT) continue;
      code += ROOM_CODE_ALPHABET[byte % ROOM_CODE_ALPHABET.length];
      if (code.length === ROOM_CODE_LENGTH) break;
    }
  }
  return code;
}

export type RoomCodeCheck =
  | { ok: true; code: string }
  | { ok: false; reason: 'empty' | 'too-short' | 'too-long' }
  /** `character` is the first one that is not in the alphabet, as typed (for example 'O', '0', '1', 'l'). */
  | { ok: false; reason: 'invalid-character'; character: string };

/** Case, spaces and dashes do not matter: ' ab-c d2 3 4' is the code 'ABCD234'. */
export function checkRoomCode(input: string): RoomCodeCheck {
  const compact = input.replace(/[\s-]+/g, '');
  if (compact === '') return { ok: false, reason: 'empty' };
  const invalid = [...compact].find((character) => !ROOM_CODE_ALPHABET.includes(character.toUpperCase()));
  if (invalid !== undefined) return { ok: false, reason: 'invalid-character', character: invalid };
  if (compact.length < ROOM_CODE_LENGTH) return { ok: false, reason: 'too-short' };
  if (compact.length > ROOM_CODE_LENGTH) return { ok: false, reason: 'too-long' };
  return { ok: true, code: compact.toUpperCase() };
}

/** The code in its canonical form, or null when the input is not a code (see {@link checkRoomCode} for why). */
export function normaliseRoomCode(input: string): string | null {
  const check = checkRoomCode(input);
  return check.ok ? check.code : null;
}

/** True for a code in canonical form: seven characters of the alphabet, upper case, nothing else. */
export function isRoomCode(value: unknown): value is string {
  return (
    typeof value === 'string' &&
    value.length === ROOM_CODE_LENGTH &&
    [...value].every((character) => ROOM_CODE_ALPHABET.includes(character))
  );
}
