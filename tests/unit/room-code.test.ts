import { describe, expect, it } from 'vitest';

import {
  ROOM_CODE_ALPHABET,
  ROOM_CODE_LENGTH,
  checkRoomCode,
  isRoomCode,
  newRoomCode,
  normaliseRoomCode,
} from '../../src/domain/room-code';

/** A byte source that replays the given bytes, then repeats the last. */
const bytesFrom = (bytes: number[]) => {
  let at = 0;
  return (length: number) => Uint8Array.from({ length }, () => bytes[Math.min(at++, bytes.length - 1)] ?? 0);
};

describe('room codes', () => {
  it('use an alphabet without look-alikes', () => {
    expect(ROOM_CODE_ALPHABET).toHaveLength(31);
    for (const lookAlike of '0O1IL') expect(ROOM_CODE_ALPHABET).not.toContain(lookAlike);
    expect(new Set(ROOM_CODE_ALPHABET).size).toBe(ROOM_CODE_ALPHABET.length);
  });

  it('are seven characters of the alphabet', () => {
    for (let i = 0; i < 200; i += 1) {
      const code = newRoomCode();
      expect(code).toHaveLength(ROOM_CODE_LENGTH);
      expect(isRoomCode(code)).toBe(true);
    }
  });

  it('skip bytes that would bias the draw (rejection sampling)', () => {
    // 248 = 8 * 31 is the first byte that would make the low characters more likely; it is thrown away.
    expect(newRoomCode(bytesFrom([248, 255, 0, 1, 30, 31, 247, 249, 62, 2]))).toBe('AB9A9AC');
  });

  it('draw every character about equally often', () => {
    const counts = new Map<string, number>();
    const draws = 3_000;
    for (let i = 0; i < draws; i += 1) {
      for (const character of newRoomCode()) counts.set(character, (counts.get(character) ?? 0) + 1);
    }
    const expected = (draws * ROOM_CODE_LENGTH) / ROOM_CODE_ALPHABET.length;
    expect(counts.size).toBe(ROOM_CODE_ALPHABET.length);
    for (const count of counts.values()) {
      expect(count).toBeGreaterThan(expected * 0.75);
      expect(count).toBeLessThan(expected * 1.25);
    }
  });

  it('are read regardless of case, spaces and dashes', () => {
    expect(normaliseRoomCode('abc-d234')).toBe('ABCD234');
    expect(normaliseRoomCode('  ab cd 23 4 ')).toBe('ABCD234');
    expect(normaliseRoomCode('AbC\tD2-34')).toBe('ABCD234');
  });

  it('are refused, with the reason, when not seven characters of the alphabet', () => {
    expect(checkRoomCode(' - ')).toEqual({ ok: false, reason: 'empty' });
    expect(checkRoomCode('ABCD23')).toEqual({ ok: false, reason: 'too-short' });
    expect(checkRoomCode('ABCD2345')).toEqual({ ok: false, reason: 'too-long' });
    expect(checkRoomCode('ABC0EFG')).toEqual({ ok: false, reason: 'invalid-character', character: '0' });
    expect(checkRoomCode('abcoefg')).toEqual({ ok: false, reason: 'invalid-character', character: 'o' });
    expect(checkRoomCode('ABl2345')).toEqual({ ok: false, reason: 'invalid-character', character: 'l' });
    expect(checkRoomCode('AB1')).toEqual({ ok: false, reason: 'invalid-character', character: '1' });
    expect(normaliseRoomCode('ABCDEFI')).toBeNull();
    expect(normaliseRoomCode('ABCDÉFG')).toBeNull();
  });

  it('are recognised only in canonical form', () => {
    expect(isRoomCode('ABCD234')).toBe(true);
    expect(isRoomCode('abcd234')).toBe(false);
    expect(isRoomCode('ABC-234')).toBe(false);
    expect(isRoomCode('ABCD23')).toBe(false);
    expect(isRoomCode(1234567)).toBe(false);
  });
});
