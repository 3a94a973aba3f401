import { afterEach, describe, expect, it } from 'vitest';

import { privateDocumentName, publicDocumentName } from '../../src/domain/room-protocol';
import type { Relay } from '../../server/index';
import {
  cleanUp,
  connectFacilitator,
  connectParticipant,
  openRoom,
  setView,
  startTestRelay,
  waitFor,
} from './relay-client';

afterEach(cleanUp);

const loaded = (relay: Relay, code: string) =>
  [publicDocumentName(code), privateDocumentName(code)].filter((name) => relay.instance.documents.has(name));

describe('a room ends', () => {
  it('when idle: everyone is told, disconnected and turned away, and the relay keeps nothing', async () => {
    const relay = await startTestRelay({ roomIdleMs: 800 });
    const { room, facilitator } = await openRoom(relay);
    const phone = await connectParticipant(relay, room.code);
    await phone.synced();
    expect(await phone.ask({ type: 'answer', questionId: 'q1', answer: { kind: 'side', side: 'a' } })).toMatchObject({
      type: 'ack',
    });

    await waitFor(() => phone.meta.get('ended') === true, 'the phone to see the room end');
    await waitFor(() => facilitator.public.meta.get('ended') === true, 'the console to see the room end');
    await waitFor(() => phone.closeReason === 'room-ended', 'the phone to be disconnected');
    await waitFor(() => loaded(relay, room.code).length === 0, 'both documents to be unloaded');
    expect(relay.instance.getConnectionsCount()).toBe(0);

    // The providers reconnect by themselves, and hear that the room is over.
    expect(await phone.refused()).toBe('room-ended');
    expect(await facilitator.public.refused()).toBe('room-ended');
    const late = await connectParticipant(relay, room.code);
    expect(await late.refused()).toBe('room-ended');
    const status = await fetch(`${relay.httpUrl}/rooms/${room.code}`);
    expect(await status.json()).toEqual({ exists: true, ended: true });
    expect(loaded(relay, room.code)).toEqual([]);
  });

  it('not while the console keeps changing it', async () => {
    const relay = await startTestRelay({ roomIdleMs: 600 });
    const { room, facilitator } = await openRoom(relay);
    const started = Date.now();
    for (let step = 0; Date.now() - started < 1_500; step += 1) {
      setView(facilitator, { card: `f-${step}`, questionId: null, revealed: false });
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(facilitator.public.meta.get('ended')).toBe(false);
    expect(loaded(relay, room.code)).toHaveLength(2);
    await waitFor(() => facilitator.public.meta.get('ended') === true, 'the room to end once left alone');
  });

  it('when the console ends it', async () => {
    const relay = await startTestRelay();
    const { room, facilitator } = await openRoom(relay);
    const phone = await connectParticipant(relay, room.code);
    await phone.synced();

    facilitator.public.meta.set('ended', true);
    await waitFor(() => phone.meta.get('ended') === true, 'the phone to see the end');
    await waitFor(() => loaded(relay, room.code).length === 0, 'both documents to be unloaded');
    expect(await phone.refused()).toBe('room-ended');

    const again = connectFacilitator(relay, room);
    expect(await again.public.refused()).toBe('room-ended');
  });
});
