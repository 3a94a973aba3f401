import { describe, expect, it } from 'vitest';

import { keepUnchanged } from '../../src/domain/keep-unchanged';

const card = (id: string) => ({
  id,
  title: { nl: `Kaart ${id}`, en: `Card ${id}` },
  questions: [{ nl: 'Wat weegt?' }],
});

describe('keepUnchanged', () => {
  it('keeps the parts of a new view that did not change, and takes the ones that did', () => {
    const before = { seq: 1, faceUp: true, card: card('a'), room: { code: 'K7P2', joinUrl: 'x' } };
    const after = keepUnchanged(before, {
      seq: 2,
      faceUp: false,
      card: card('a'),
      room: { code: 'K7P2', joinUrl: 'x' },
    });
    expect(after).not.toBe(before);
    expect(after).toEqual({ seq: 2, faceUp: false, card: card('a'), room: { code: 'K7P2', joinUrl: 'x' } });
    expect(after.card).toBe(before.card);
    expect(after.room).toBe(before.room);
  });

  it('gives a new object where anything inside changed', () => {
    const before = { card: card('a') };
    const changed = { card: { ...card('a'), questions: [{ nl: 'Wie beslist?' }] } };
    const after = keepUnchanged(before, changed);
    expect(after.card).not.toBe(before.card);
    expect(after.card.questions[0]).toEqual({ nl: 'Wie beslist?' });
    // What did not change inside it is still kept.
    expect(after.card.title).toBe(before.card.title);
  });

  it('returns the previous value itself when all is equal', () => {
    const before = { list: [1, 2, { a: null }], text: 'x' };
    expect(keepUnchanged(before, { list: [1, 2, { a: null }], text: 'x' })).toBe(before);
  });

  it('sees a key that is added, dropped or renamed, and arrays that grow or shrink', () => {
    expect(keepUnchanged({ a: 1 }, { a: 1, b: 2 })).toEqual({ a: 1, b: 2 });
    const dropped = { a: 1, b: 2 };
    expect(keepUnchanged(dropped, { a: 1 })).not.toBe(dropped);
    const renamed = { a: 1 };
    expect(keepUnchanged(renamed, { b: 1 })).toEqual({ b: 1 });
    const list = [1, 2, 3];
    expect(keepUnchanged(list, [1, 2])).toEqual([1, 2]);
    expect(keepUnchanged([1], [1, 2])).toEqual([1, 2]);
  });

  it('does not take an object for an array, or a value for null', () => {
    expect(keepUnchanged({ 0: 'a' }, ['a'])).toEqual(['a']);
    expect(Array.isArray(keepUnchanged(['a'], { 0: 'a' }))).toBe(false);
    expect(keepUnchanged({ a: null }, { a: 0 })).toEqual({ a: 0 });
    expect(keepUnchanged(null, { a: 1 })).toEqual({ a: 1 });
  });
});
