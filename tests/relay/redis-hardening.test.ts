/**
 * Two relays behind Redis under the hardening issue's items 5 and 6: a flood of HTTP lookups does not take
 * the places joins need, and after a Redis outage the instances heal: the view the console sent during it
 * reaches the phones on the other instance, and an answer acked there during it reaches the console.
 */
import { expect, it } from 'vitest';

import { newRoomCode } from '../../src/domain/room-code';
import { answerKey } from '../../src/domain/room-protocol';
import { DEFAULT_OPTIONS } from '../../server/relay-options';
import {
  connectFacilitator,
  connectParticipant,
  mintRoom,
  request,
  setView,
  startSession,
  waitFor,
} from './relay-client';
import { describeWithRedis } from './redis-relays';

describeWithRedis('relays behind Redis', ({ startInstance, stopRedis, restartRedis }) => {
  async function roomOnAWithPhoneOnB() {
    const a = await startInstance();
    // B limits every address (none exempt), as on a school Wi-Fi where the flood and the phones are peers.
    const b = await startInstance({ exemptAddresses: [] });
    const room = await mintRoom(a);
    const facilitator = connectFacilitator(a, room);
    await Promise.all([facilitator.public.synced(), facilitator.private.synced()]);
    startSession(facilitator, { card: 'd-01', questionId: 'q1', revealed: false });
    return { a, b, room, facilitator };
  }

  it('let a phone join while one address floods the lookup pool to its limit', async () => {
    const { b, room, facilitator } = await roomOnAWithPhoneOnB();
    const pool = DEFAULT_OPTIONS.limits.lookupProbes;
    // Lookups of codes B does not hold, all at once from one address: each that gets a place holds it for
    // up to 3 s (the room might be on its way through Redis), the pool fills and the rest are turned away.
    const flood = Promise.all(
      Array.from({ length: pool + 30 }, () => request(`${b.httpUrl}/rooms/${newRoomCode()}`, { from: '127.0.0.2' })),
    );
    await waitFor(() => b.stats().rooms >= pool, 'the lookup pool to be full');
    // The phone's join needs a place too (B does not hold the room yet): it has a pool of its own.
    const phone = await connectParticipant(b, room.code, undefined, '127.0.0.3');
    await phone.synced(10_000);
    await waitFor(() => phone.view()?.card === 'd-01', 'the view on B');
    const answers = await flood;
    const busy = answers.filter((answer) => answer.status === 503);
    expect(answers.filter((answer) => answer.status === 404)).toHaveLength(pool);
    expect(busy).toHaveLength(30);
    expect(busy.every((answer) => Number(answer.retryAfter) >= 1)).toBe(true);
    await waitFor(() => facilitator.private.stats.get('connected') === 1, 'the phone counted on A');
  });

  it('heal after a Redis outage: the view sent during it and the answer acked during it arrive', async () => {
    const { b, room, facilitator } = await roomOnAWithPhoneOnB();
    const phone = await connectParticipant(b, room.code);
    await phone.synced();
    await waitFor(() => phone.view()?.card === 'd-01', 'the first view on B');

    await stopRedis();
    setView(facilitator, { card: 'd-02', questionId: 'q1', revealed: false, note: 'sent while Redis was away' });
    expect(await phone.ask({ type: 'answer', questionId: 'q1', answer: { kind: 'side', side: 'a' } })).toEqual({
      type: 'ack',
      questionId: 'q1',
    });
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(phone.view()?.card).toBe('d-01');

    await restartRedis();
    await waitFor(() => phone.view()?.card === 'd-02', 'the view sent during the outage on B', 15_000);
    const key = answerKey('q1', phone.participantId);
    await waitFor(() => facilitator.private.answers.has(key), 'the answer acked during the outage on A', 15_000);
  });
});
