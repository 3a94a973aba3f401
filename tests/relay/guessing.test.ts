/**
 * Codes cannot be guessed and rooms cannot be filled (the hardening issue, item 4): an address that keeps
 * looking up codes that are no room is held off, with `Retry-After`, for every code (so the answer tells it
 * nothing), while the room's console and phones from other addresses go on; one address cannot fill a room.
 * Clients at different addresses are played from 127.0.0.x; the tests exempt no address.
 */
import { afterEach, describe, expect, it } from 'vitest';

import { newRoomCode } from '../../src/domain/room-code';
import { cleanUp, connectParticipant, openRoom, request, setView, startTestRelay, waitFor } from './relay-client';

afterEach(cleanUp);

const ATTACKER = '127.0.0.2';
const PHONES = '127.0.0.3';

describe('guessing codes', () => {
  it('is held off per address after a burst of misses, for every code, while real phones join', async () => {
    const relay = await startTestRelay({
      exemptAddresses: [],
      restartGraceMs: 0,
      limits: { lookupMissBurst: 5, lookupMissesPerMinute: 6 },
    });
    const { room, facilitator } = await openRoom(relay);

    const statuses: number[] = [];
    for (let i = 0; i < 40; i += 1) {
      statuses.push((await request(`${relay.httpUrl}/rooms/${newRoomCode()}`, { from: ATTACKER })).status);
    }
    expect(statuses.slice(0, 5)).toEqual([404, 404, 404, 404, 404]);
    expect(new Set(statuses.slice(5))).toEqual(new Set([429]));

    // The right code gets the same answer now: guessing it right cannot be told from guessing wrong.
    const right = await request(`${relay.httpUrl}/rooms/${room.code}`, { from: ATTACKER });
    expect(right.status).toBe(429);
    expect(right.body).toEqual({ error: 'rate-limited' });
    expect(Number(right.retryAfter)).toBeGreaterThanOrEqual(1);
    expect(Number(right.retryAfter)).toBeLessThanOrEqual(60);

    // Joins over WebSockets count the same misses: the attacker is turned away even with the right code.
    const guess = await connectParticipant(relay, room.code, undefined, ATTACKER);
    expect(await guess.refused()).toBe('busy');

    // Phones at another address are not hurt by it.
    const phone = await connectParticipant(relay, room.code, undefined, PHONES);
    await phone.synced();
    const lookup = await request(`${relay.httpUrl}/rooms/${room.code}`, { from: PHONES });
    expect(lookup).toMatchObject({ status: 200, body: { exists: true, ended: false } });
    setView(facilitator, { card: 'f-03', questionId: 'q3', revealed: false });
    await waitFor(() => phone.view()?.card === 'f-03', 'the phone to follow the console');
    expect(await phone.ask({ type: 'answer', questionId: 'q3', answer: { kind: 'side', side: 'a' } })).toEqual({
      type: 'ack',
      questionId: 'q3',
    });
  });

  it('by joining counts misses too', async () => {
    const relay = await startTestRelay({
      exemptAddresses: [],
      restartGraceMs: 0,
      limits: { lookupMissBurst: 3, lookupMissesPerMinute: 1 },
    });
    const { room } = await openRoom(relay);
    const refusals: string[] = [];
    for (let i = 0; i < 6; i += 1) {
      refusals.push(await (await connectParticipant(relay, newRoomCode(), undefined, ATTACKER)).refused());
    }
    expect(refusals).toEqual(['room-not-found', 'room-not-found', 'room-not-found', 'busy', 'busy', 'busy']);
    const late = await request(`${relay.httpUrl}/rooms/${room.code}`, { from: ATTACKER });
    expect(late.status).toBe(429);
  });
});

describe('filling a room', () => {
  it('from one address stops at the per-address limit; phones from elsewhere still get in', async () => {
    const relay = await startTestRelay({
      exemptAddresses: [],
      limits: { participantsPerAddress: 4, participantsPerRoom: 8 },
    });
    const { room, facilitator } = await openRoom(relay);

    const fakes = await Promise.all(
      Array.from({ length: 12 }, () => connectParticipant(relay, room.code, undefined, ATTACKER)),
    );
    const outcomes = await Promise.all(
      fakes.map((fake) =>
        fake.synced(5_000).then(
          () => 'in',
          (error: Error) => error.message,
        ),
      ),
    );
    expect(outcomes.filter((outcome) => outcome === 'in')).toHaveLength(4);
    expect(outcomes.filter((outcome) => outcome === 'refused: room-full')).toHaveLength(8);
    await waitFor(() => facilitator.private.stats.get('connected') === 4, 'four counted');

    // A fake that is in may reconnect (it is the same participant), and the room still has places.
    const again = await connectParticipant(relay, room.code, fakes.find((f) => !f.authFailure)!.key, ATTACKER);
    await again.synced();
    const phones = await Promise.all(
      ['127.0.0.3', '127.0.0.4', '127.0.0.5', '127.0.0.6'].map((from) =>
        connectParticipant(relay, room.code, undefined, from),
      ),
    );
    await Promise.all(phones.map((phone) => phone.synced()));
    await waitFor(() => facilitator.private.stats.get('connected') === 8, 'eight counted');
    const late = await connectParticipant(relay, room.code, undefined, '127.0.0.7');
    expect(await late.refused()).toBe('room-full');
  });
});
