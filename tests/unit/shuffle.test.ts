import { describe, expect, it } from 'vitest';

import { createRandom } from '../../src/domain/random';
import { shuffle } from '../../src/domain/shuffle';

describe('seeded random source', () => {
  it('gives the same sequence for the same seed and another for another seed', () => {
    const a = createRandom('room-42');
    const b = createRandom('room-42');
    const c = createRandom('room-43');
    const seqA = Array.from({ length: 20 }, () => a.nextUint32());
    expect(Array.from({ length: 20 }, () => b.nextUint32())).toEqual(seqA);
    expect(Array.from({ length: 20 }, () => c.nextUint32())).not.toEqual(seqA);
  });

  it('draws below n only values 0..n-1, and refuses a bad n', () => {
    const random = createRandom('x');
    for (let i = 0; i < 1000; i++) {
      const value = random.below(7);
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThan(7);
    }
    expect(() => random.below(0)).toThrow(RangeError);
    expect(() => random.below(2.5)).toThrow(RangeError);
  });

  it('pins the order of one known seed, so every device deals alike', () => {
    // If this changes, decks dealt on devices with the old build and the new one no longer agree.
    expect(shuffle(['a', 'b', 'c', 'd', 'e', 'f'], createRandom('tegenwicht'))).toMatchInlineSnapshot(`
      [
        "d",
        "a",
        "b",
        "e",
        "f",
        "c",
      ]
    `);
  });
});

describe('shuffle', () => {
  it('keeps every item exactly once and leaves the input alone', () => {
    const items = Array.from({ length: 50 }, (_, i) => i);
    const out = shuffle(items, createRandom('keep'));
    expect(out).not.toBe(items);
    expect([...out].sort((x, y) => x - y)).toEqual(items);
    expect(items[0]).toBe(0);
  });

  it('makes every order of 4 items about equally likely (chi-square over 48,000 shuffles)', () => {
    const items = ['a', 'b', 'c', 'd'];
    const counts = new Map<string, number>();
    const random = createRandom('distribution');
    const runs = 48_000;
    for (let i = 0; i < runs; i++) {
      const key = shuffle(items, random).join('');
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    expect(counts.size).toBe(24);
    const expected = runs / 24;
    const chiSquare = [...counts.values()].reduce((sum, n) => sum + (n - expected) ** 2 / expected, 0);
    // 23 degrees of freedom: the 99.9th percentile is 49.7. A biased shuffle (such as sort by random) lands far above.
    expect(chiSquare).toBeLessThan(49.7);
  });

  it('puts each item in each position about equally often', () => {
    const n = 10;
    const items = Array.from({ length: n }, (_, i) => i);
    const counts = Array.from({ length: n }, () => new Array<number>(n).fill(0));
    const random = createRandom('positions');
    const runs = 20_000;
    for (let r = 0; r < runs; r++) shuffle(items, random).forEach((item, pos) => counts[item]![pos]!++);
    for (const row of counts) for (const c of row) expect(Math.abs(c - runs / n)).toBeLessThan(runs / n / 8);
  });
});
