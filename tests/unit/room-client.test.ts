import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';

import { ROOM_MAPS, VIEW_KEY, readRoomMeta, type AnswerMessage } from '../../src/domain/room-protocol';
import { facilitatorRoomOver } from '../../src/sync/facilitator-room';
import { createMemoryHub, type MemoryTransport } from '../../src/sync/memory-transport';
import { participantRoomOver, retryDelayMs } from '../../src/sync/participant-room';
import type { RoomLinkStatus } from '../../src/sync/room-status';

const answer = (questionId: string): AnswerMessage => ({
  type: 'answer',
  questionId,
  answer: { kind: 'side', side: 'a' },
});

/** A phone on a fake relay: `relay` sees what the phone sends and can reply; `link` is the phone's transport. */
function phone() {
  const hub = createMemoryHub();
  const relay = hub.connect();
  const received: unknown[] = [];
  relay.onMessage((data) => received.push(JSON.parse(data as string)));
  const link: MemoryTransport = hub.connect({ status: 'connecting' });
  const doc = new Y.Doc();
  const room = participantRoomOver(link, doc);
  const statuses: RoomLinkStatus[] = [];
  room.onStatus((s) => statuses.push(s));
  return { relay, received, link, doc, room, statuses };
}

describe('a phone in a room, over the in-memory transport', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('says it is reconnecting after a drop and connected when the link is back', () => {
    const { link, statuses } = phone();
    link.setStatus({ status: 'online' });
    link.setStatus({ status: 'offline' });
    link.setStatus({ status: 'connecting' });
    link.setStatus({ status: 'online' });
    expect(statuses).toEqual(['connected', 'reconnecting', 'connected']);
  });

  it('stops at a refused join, says why, and does not try again', () => {
    const { link, statuses } = phone();
    link.setStatus({ status: 'refused', reason: 'room-full' });
    vi.advanceTimersByTime(60_000);
    expect(statuses).toEqual(['room-full']);
    expect(link.restarts).toBe(0);
    expect(link.status.status).toBe('closed');
  });

  it('treats an unknown code as final on the first join', () => {
    const { link, statuses } = phone();
    link.setStatus({ status: 'refused', reason: 'room-not-found' });
    vi.advanceTimersByTime(60_000);
    expect(statuses).toEqual(['room-not-found']);
    expect(link.restarts).toBe(0);
  });

  it('tries a busy relay again with a growing wait, also on the first join', () => {
    const { link, statuses } = phone();
    link.setStatus({ status: 'refused', reason: 'busy' });
    vi.advanceTimersByTime(retryDelayMs(0) - 1);
    expect(link.restarts).toBe(0);
    vi.advanceTimersByTime(1);
    expect(link.restarts).toBe(1);
    link.setStatus({ status: 'refused', reason: 'busy' });
    vi.advanceTimersByTime(retryDelayMs(0));
    expect(link.restarts).toBe(1);
    vi.advanceTimersByTime(retryDelayMs(1) - retryDelayMs(0));
    expect(link.restarts).toBe(2);
    link.setStatus({ status: 'online' });
    expect(statuses.at(-1)).toBe('connected');
    expect(statuses).not.toContain('busy');
    expect(retryDelayMs(20)).toBe(15_000);
  });

  it('comes back by itself to a room a restarted relay does not know yet', () => {
    const { link, statuses } = phone();
    link.setStatus({ status: 'online' });
    link.setStatus({ status: 'refused', reason: 'room-not-found' });
    expect(statuses.at(-1)).toBe('reconnecting');
    vi.advanceTimersByTime(retryDelayMs(0));
    expect(link.restarts).toBe(1);
    link.setStatus({ status: 'online' });
    expect(statuses).toEqual(['connected', 'reconnecting', 'connected']);
  });

  it('sends an answer given while offline once, when the link is back, and resolves with the ack', async () => {
    const { relay, received, link, room } = phone();
    link.setStatus({ status: 'online' });
    link.setStatus({ status: 'offline' });
    let reply: unknown = null;
    void room.answer(answer('q-1')).then((r) => (reply = r));
    expect(received).toEqual([]);

    link.setStatus({ status: 'connecting' });
    expect(received).toEqual([]);
    link.setStatus({ status: 'online' });
    expect(received).toEqual([answer('q-1')]);

    relay.send(JSON.stringify({ type: 'ack', questionId: 'q-1' }));
    await vi.waitFor(() => expect(reply).toEqual({ type: 'ack', questionId: 'q-1' }));
    link.setStatus({ status: 'offline' });
    link.setStatus({ status: 'online' });
    expect(received).toHaveLength(1);
  });

  it('sends an answer that was not acknowledged before a drop again after it, once', () => {
    const { received, link, room } = phone();
    link.setStatus({ status: 'online' });
    void room.answer(answer('q-1'));
    expect(received).toHaveLength(1);
    link.setStatus({ status: 'offline' });
    link.setStatus({ status: 'online' });
    expect(received).toEqual([answer('q-1'), answer('q-1')]);
  });

  it('ignores keepalives and replies about another question; a newer answer replaces a waiting one', async () => {
    const { relay, link, room } = phone();
    link.setStatus({ status: 'online' });
    const first = room.answer(answer('q-1'));
    const second = room.answer(answer('q-2'));
    await expect(first).resolves.toMatchObject({ type: 'refused', reason: 'stale-question' });
    let reply: unknown = null;
    void second.then((r) => (reply = r));
    relay.send(JSON.stringify({ type: 'keepalive' }));
    relay.send(JSON.stringify({ type: 'ack', questionId: 'q-1' }));
    relay.send('not json');
    await Promise.resolve();
    expect(reply).toBeNull();
    relay.send(JSON.stringify({ type: 'refused', reason: 'revealed', questionId: 'q-2' }));
    await vi.waitFor(() => expect(reply).toMatchObject({ reason: 'revealed' }));
  });

  it('shows the view of the room document and ends when the room ends', () => {
    const { doc, link, room, statuses } = phone();
    link.setStatus({ status: 'online' });
    const views: unknown[] = [];
    room.onView((v) => views.push(v));
    doc.getMap(ROOM_MAPS.session).set(VIEW_KEY, '{"broken"');
    expect(views).toEqual([null, null]);
    doc.transact(() => {
      const meta = doc.getMap(ROOM_MAPS.meta);
      meta.set('v', 1);
      meta.set('startedAt', 1);
      meta.set('ended', true);
    });
    expect(statuses.at(-1)).toBe('ended');
    expect(link.status.status).toBe('closed');
  });
});

describe('the console in a room, over the in-memory transport', () => {
  function console_() {
    const hub = createMemoryHub();
    const publicLink = hub.connect({ status: 'connecting' });
    const privateLink = hub.connect({ status: 'connecting' });
    const publicDoc = new Y.Doc();
    const room = facilitatorRoomOver({ code: 'ABC123', publicDoc, publicLink, privateDoc: new Y.Doc(), privateLink });
    const statuses: RoomLinkStatus[] = [];
    room.onStatus((s) => statuses.push(s));
    return { publicLink, publicDoc, room, statuses };
  }

  it('starts the room once, and keeps its start across a reconnect', () => {
    const { publicLink, publicDoc, statuses } = console_();
    const meta = () => readRoomMeta(publicDoc.getMap(ROOM_MAPS.meta).toJSON());
    expect(meta()).toBeNull();
    publicLink.setStatus({ status: 'online' });
    const started = meta();
    expect(started).toMatchObject({ v: 1, ended: false });
    publicLink.setStatus({ status: 'offline' });
    publicLink.setStatus({ status: 'online' });
    expect(meta()).toEqual(started);
    expect(statuses).toEqual(['connected', 'reconnecting', 'connected']);
  });

  it('says why the relay refused the console', () => {
    const { publicLink, statuses } = console_();
    publicLink.setStatus({ status: 'refused', reason: 'forbidden' });
    publicLink.setStatus({ status: 'online' });
    expect(statuses).toEqual(['forbidden']);
  });
});
