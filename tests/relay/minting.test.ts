/**
 * Nobody can create and fill rooms without bound (the hardening issue, item 3): minting is limited per
 * address, an instance holds at most `maxRooms` rooms, a document cannot grow beyond `documentMaxBytes`, and a
 * minted room that is never started ends within `unstartedRoomMs`. After each attack, a real console and its
 * phones still work. Clients at different addresses are played from 127.0.0.x; the tests exempt no address.
 */
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';

import { privateDocumentName, publicDocumentName } from '../../src/domain/room-protocol';
import type { MintedRoom } from '../../src/domain/room-protocol';
import { mintedRoomSchema } from '../../src/domain/room-protocol';
import type { Relay } from '../../server/index';
import {
  cleanUp,
  connectFacilitator,
  connectParticipant,
  openRoom,
  realSessionWorks,
  request,
  serverDoc,
  setView,
  startTestRelay,
  waitFor,
} from './relay-client';

afterEach(cleanUp);

const ATTACKER = '127.0.0.2';
const TRAINER = '127.0.0.3';

async function mintFrom(relay: Relay, from: string): Promise<MintedRoom> {
  const minted = await request(`${relay.httpUrl}/rooms`, { method: 'POST', from });
  if (minted.status !== 201) throw new Error(`POST /rooms answered ${minted.status}`);
  return mintedRoomSchema.parse(minted.body);
}

describe('minting rooms', () => {
  it('is limited per address, with Retry-After; another address still mints', async () => {
    const relay = await startTestRelay({ exemptAddresses: [], limits: { mintBurst: 5, mintPerMinute: 2 } });
    const statuses: number[] = [];
    let retryAfter: string | undefined;
    for (let i = 0; i < 30; i += 1) {
      const minted = await request(`${relay.httpUrl}/rooms`, { method: 'POST', from: ATTACKER });
      statuses.push(minted.status);
      retryAfter ??= minted.retryAfter;
    }
    expect(statuses.filter((status) => status === 201)).toHaveLength(5);
    expect(statuses.slice(5).every((status) => status === 429)).toBe(true);
    expect(Number(retryAfter)).toBeGreaterThanOrEqual(1);
    expect(Number(retryAfter)).toBeLessThanOrEqual(30);
    await mintFrom(relay, TRAINER);
  });

  it('stops at the rooms an instance may hold, and rooms never started end within the set time', async () => {
    const relay = await startTestRelay({
      exemptAddresses: [],
      unstartedRoomMs: 600,
      limits: { maxRooms: 3, mintBurst: 50 },
    });
    const minted = await Promise.all(Array.from({ length: 5 }, () => mintFrom(relay, ATTACKER)));
    const squatters = minted.map((room) => connectFacilitator(relay, room, room.secret, ATTACKER));
    const outcomes = await Promise.all(
      squatters.map((squatter) =>
        squatter.public.synced().then(
          () => 'open',
          (error: Error) => error.message,
        ),
      ),
    );
    expect(outcomes.filter((outcome) => outcome === 'open')).toHaveLength(3);
    expect(outcomes.filter((outcome) => outcome === 'refused: busy')).toHaveLength(2);
    const full = await request(`${relay.httpUrl}/rooms`, { method: 'POST', from: TRAINER });
    expect(full.status).toBe(503);
    expect(Number(full.retryAfter)).toBeGreaterThan(0);

    // None of them starts its room: each ends, and its console hears so.
    const opened = squatters.filter((_, index) => outcomes[index] === 'open');
    await waitFor(() => opened.every((squatter) => squatter.public.closeReason === 'room-ended'), 'rooms to end');
    await waitFor(() => relay.instance.documents.size === 0, 'the documents to be unloaded');
    expect(await opened[0]!.public.refused()).toBe('room-ended');

    await realSessionWorks(relay);
  });
});

describe('a document', () => {
  it('cannot grow beyond its cap: the console that tries is cut off, the room keeps what it had', async () => {
    const cap = 256 * 1024;
    const relay = await startTestRelay({ limits: { documentMaxBytes: cap } });
    const { room, facilitator } = await openRoom(relay);
    const phone = await connectParticipant(relay, room.code);
    await phone.synced();

    const notes = facilitator.private.doc.getMap('filler');
    for (let i = 0; i < 12; i += 1) notes.set(`n${i}`, `${i}`.padEnd(60_000, 'x'));
    await waitFor(() => facilitator.private.closeReason === 'too-large', 'the console to be cut off');

    const size = (name: string) => Y.encodeStateAsUpdate(serverDoc(relay, name)!).byteLength;
    // The console keeps reconnecting and offering the same: the relay keeps refusing it.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(size(privateDocumentName(room.code))).toBeLessThanOrEqual(cap);
    expect(size(publicDocumentName(room.code))).toBeLessThanOrEqual(cap);

    setView(facilitator, { card: 'f-05', questionId: 'q5', revealed: false });
    await waitFor(() => phone.view()?.card === 'f-05', 'the phone to follow the public document');
    await realSessionWorks(relay);
  });
});
