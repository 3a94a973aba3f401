import { describe, expect, it } from 'vitest';

import { buildWallView, type WallView } from '../../src/domain/session/wall-view';
import { helloMessage, parseSyncMessage, viewMessage } from '../../src/domain/sync-message';
import { MAX_SEQ_STEP, reduceFeed, startFeed } from '../../src/features/projector/wall-feed';
import { createMemoryHub } from '../../src/sync/memory-transport';
import { createPublisher, followOverChannel, type Follower, type PublishProblem } from '../../src/sync/publisher';
import { factorCard } from '../helpers/decks';
import { play } from '../helpers/session';

const card = factorCard('f-1');
const viewAt = (seq: number, overrides: Partial<WallView> = {}): WallView => ({
  ...buildWallView(play([{ type: 'playCard', cardId: 'f-1' }]), {
    card: (id) => (id === 'f-1' ? card : undefined),
    sideLabels: [
      { nl: 'A', en: 'A' },
      { nl: 'B', en: 'B' },
    ],
    instruction: () => undefined,
    now: 0,
  }),
  seq,
  ...overrides,
});

function recorder() {
  const got: WallView[] = [];
  const follower: Follower = { send: (view) => got.push(view) };
  return { got, follower };
}

describe('the publisher', () => {
  it('hands each view to every follower, stamped, and a late follower gets the last one', () => {
    const publisher = createPublisher(() => 42);
    const wall = recorder();
    publisher.follow(wall.follower);
    expect(publisher.publish(viewAt(1))).toBe(true);
    const roomFollower = recorder();
    publisher.follow(roomFollower.follower);
    expect(wall.got.map((v) => [v.seq, v.sentAt])).toEqual([[1, 42]]);
    expect(roomFollower.got.map((v) => v.seq)).toEqual([1]);
  });

  it('hands each follower the view and its message text, the same for the view sent and resent', () => {
    let clock = 42;
    const publisher = createPublisher(() => clock);
    const got: { view: WallView; text: string }[] = [];
    const follower: Follower = { send: (view, text) => void got.push({ view, text }) };
    publisher.follow(follower);
    publisher.publish(viewAt(1));
    clock = 43;
    publisher.resend(follower);
    expect(got.map(({ view }) => view.sentAt)).toEqual([42, 43]);
    for (const { view, text } of got)
      expect(parseSyncMessage(text)).toEqual({ ok: true, message: { v: 1, type: 'view', view } });
  });

  it('reports a view too large to send instead of dropping it silently, and the followers keep the last', () => {
    const small = viewMessage({ ...viewAt(1), sentAt: 0 }).length;
    const publisher = createPublisher(() => 0, small + 100);
    const problems: (PublishProblem | null)[] = [];
    publisher.onProblem((p) => problems.push(p));
    const wall = recorder();
    publisher.follow(wall.follower);
    publisher.publish(viewAt(1));
    const huge = { ...card, text: { nl: 'x'.repeat(200), en: 'x' } };
    expect(publisher.publish(viewAt(2, { card: huge }))).toBe(false);
    expect(problems.at(-1)).toMatchObject({ reason: 'too-large' });
    expect(wall.got.map((v) => v.seq)).toEqual([1]);
    publisher.publish(viewAt(3));
    expect(problems.at(-1)).toBeNull();
  });

  it('reports a view the wall would refuse as invalid, with the field', () => {
    const publisher = createPublisher(() => 0);
    let problem: PublishProblem | null = null;
    publisher.onProblem((p) => (problem = p));
    expect(publisher.publish(viewAt(1, { card: { ...card, id: 'Not a valid id' } }))).toBe(false);
    expect(problem).toEqual({ reason: 'invalid', path: 'card.id' });
  });

  it('answers a thousand hellos with at most one view a second', () => {
    const hub = createMemoryHub();
    const consoleEnd = hub.connect();
    const windowEnd = hub.connect();
    const heard: unknown[] = [];
    windowEnd.onMessage((data) => heard.push(data));
    let now = 10_000;
    const timers: { at: number; run: () => void }[] = [];
    const publisher = createPublisher(() => now);
    publisher.publish(viewAt(1));
    const stop = followOverChannel(publisher, consoleEnd, () => 'other', {
      now: () => now,
      later: (run, ms) => {
        const timer = { at: now + ms, run };
        timers.push(timer);
        return () => timers.splice(timers.indexOf(timer), 1);
      },
    });
    heard.length = 0;
    for (let i = 0; i < 1000; i++) windowEnd.send(helloMessage(null));
    expect(heard).toHaveLength(1);
    now += 1000;
    timers.splice(0).forEach((t) => t.run());
    expect(heard).toHaveLength(2);
    windowEnd.send(helloMessage('not-this-session'));
    now += 5000;
    timers.splice(0).forEach((t) => t.run());
    expect(heard).toHaveLength(2);
    stop();
  });
});

describe('the wall’s feed', () => {
  const message = (view: WallView) => ({ type: 'message' as const, parsed: parseSyncMessage(viewMessage(view)) });

  it('ignores a seq jump no console sent, and keeps following the console', () => {
    let feed = reduceFeed(startFeed(null), message(viewAt(5)));
    feed = reduceFeed(feed, message(viewAt(2 ** 53 - 1)));
    expect(feed.view?.seq).toBe(5);
    expect(feed.ignored).toBe(1);
    feed = reduceFeed(feed, message(viewAt(6)));
    expect(feed.view?.seq).toBe(6);
    feed = reduceFeed(feed, message(viewAt(6 + MAX_SEQ_STEP)));
    expect(feed.view?.seq).toBe(6 + MAX_SEQ_STEP);
  });
});
