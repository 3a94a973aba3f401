/**
 * `next`, with every part that equals the same part of `previous` replaced by that part of `previous` (and `previous`
 * itself when all is equal): a view that arrives as a new message keeps the objects that did not change, so that
 * what is drawn from them (a card's face, the room's panel) is seen as unchanged and not drawn again.
 * For data as JSON carries it: plain objects, arrays, strings, numbers, booleans and null.
 */
export function keepUnchanged<T>(previous: unknown, next: T): T {
  if (Object.is(previous, next)) return previous as T;
  if (typeof previous !== 'object' || typeof next !== 'object' || previous === null || next === null) return next;
  if (Array.isArray(previous) !== Array.isArray(next)) return next;
  if (Array.isArray(next)) {
    const before = previous as unknown[];
    const kept = next.map((item, index) => keepUnchanged(before[index], item));
    const same = kept.length === before.length && kept.every((item, index) => item === before[index]);
    return (same ? before : kept) as T;
  }
  const before = previous as Record<string, unknown>;
  const after = next as Record<string, unknown>;
  const keys = Object.keys(after);
  let same = keys.length === Object.keys(before).length;
  const kept: Record<string, unknown> = {};
  for (const key of keys) {
    kept[key] = keepUnchanged(before[key], after[key]);
    if (kept[key] !== before[key] || !Object.hasOwn(before, key)) same = false;
  }
  return (same ? before : kept) as T;
}
