import { describe, expect, it } from 'vitest';

import { helloMessage, parseSyncMessage } from '../../src/domain/sync-message';
import { createMemoryHub } from '../../src/sync/memory-transport';
import type { Clock } from '../../src/sync/publisher';
import { NEARBY_DELAY_MS, shareNearby, type Nearby } from '../../src/sync/share-nearby';
import { factorCard } from '../helpers/decks';

/** A clock that runs what is due when the test moves it on. */
function manualClock() {
  let now = 0;
  const due = new Set<{ at: number; run: () => void }>();
  const clock: Clock = {
    later: (run, ms) => {
      const entry = { at: now + ms, run };
      due.add(entry);
      return () => void due.delete(entry);
    },
  };
  const advance = (ms: number) => {
    now += ms;
    for (const entry of [...due].sort((a, b) => a.at - b.at))
      if (entry.at <= now) {
        due.delete(entry);
        entry.run();
      }
  };
  return { clock, advance };
}

function setup(start: Nearby | null) {
  const hub = createMemoryHub();
  const consoleEnd = hub.connect();
  const wall = hub.connect();
  const heard: unknown[] = [];
  wall.onMessage((data) => {
    const parsed = parseSyncMessage(data);
    if (parsed.ok) heard.push(parsed.message);
  });
  let current = start;
  const listeners = new Set<() => void>();
  const { clock, advance } = manualClock();
  const stop = shareNearby(
    consoleEnd,
    () => current,
    (listener) => {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    clock,
  );
  const change = (next: Nearby | null) => {
    current = next;
    listeners.forEach((l) => l());
  };
  return { heard, change, advance, wall, stop };
}

const ids = (message: unknown) => (message as { cards: { id: string }[] }).cards.map((c) => c.id);

describe('naming the nearby cards to the walls', () => {
  it('names them once the session has rested, once per change, never in the middle of a run of steps', () => {
    const { heard, change, advance } = setup({ sessionId: 's1', cards: [factorCard('a')] });
    advance(NEARBY_DELAY_MS - 1);
    expect(heard).toEqual([]);
    advance(1);
    expect(heard.map(ids)).toEqual([['a']]);
    // Three quick steps: only where they end is named, after the rest.
    change({ sessionId: 's1', cards: [factorCard('b')] });
    advance(50);
    change({ sessionId: 's1', cards: [factorCard('c')] });
    advance(50);
    change({ sessionId: 's1', cards: [factorCard('d'), factorCard('e')] });
    advance(NEARBY_DELAY_MS);
    expect(heard.map(ids)).toEqual([['a'], ['d', 'e']]);
    expect(heard.at(-1)).toMatchObject({ type: 'nearby', sessionId: 's1' });
  });

  it('names them again for a wall that says hello, and says nothing without a session', () => {
    const { heard, change, advance, wall } = setup({ sessionId: 's1', cards: [factorCard('a')] });
    advance(NEARBY_DELAY_MS);
    wall.send(helloMessage('other'));
    advance(NEARBY_DELAY_MS);
    expect(heard).toHaveLength(1);
    wall.send(helloMessage('s1'));
    advance(NEARBY_DELAY_MS);
    expect(heard.map(ids)).toEqual([['a'], ['a']]);
    change(null);
    advance(NEARBY_DELAY_MS);
    wall.send(helloMessage(null));
    advance(NEARBY_DELAY_MS);
    expect(heard).toHaveLength(2);
  });

  it('sends nothing after it is stopped', () => {
    const { heard, change, advance, stop } = setup({ sessionId: 's1', cards: [factorCard('a')] });
    stop();
    change({ sessionId: 's1', cards: [factorCard('b')] });
    advance(NEARBY_DELAY_MS);
    expect(heard).toEqual([]);
  });
});
