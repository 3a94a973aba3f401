import { expect, it } from 'vitest';

import { answerKey, readAnswerRecord } from '../../src/domain/room-protocol';
import { connectFacilitator, connectParticipant, mintRoom, setView, startSession, waitFor } from './relay-client';
import { describeWithRedis } from './redis-relays';

describeWithRedis('two relay instances sharing rooms through Redis', ({ startInstance }) => {
  it('keep one room in sync: console on A, phones on B', async () => {
    const a = await startInstance();
    const b = await startInstance();
    const room = await mintRoom(a);
    const facilitator = connectFacilitator(a, room);
    await Promise.all([facilitator.public.synced(), facilitator.private.synced()]);
    startSession(facilitator, { card: 'd-05', questionId: 'q1', revealed: false });

    // B has never seen the room: the join waits for its state to arrive through Redis.
    const phone = await connectParticipant(b, room.code);
    await phone.synced();
    const status = await fetch(`${b.httpUrl}/rooms/${room.code}`);
    expect(await status.json()).toEqual({ exists: true, ended: false });
    await waitFor(() => phone.view()?.card === 'd-05', 'the view on B');
    expect(await phone.ask({ type: 'answer', questionId: 'q1', answer: { kind: 'side', side: 'b' } })).toEqual({
      type: 'ack',
      questionId: 'q1',
    });
    const key = answerKey('q1', phone.participantId);
    await waitFor(() => facilitator.private.answers.has(key), "the phone's answer in the console on A");
    expect(readAnswerRecord(facilitator.private.answers.get(key))?.answer).toEqual({ kind: 'side', side: 'b' });
    await waitFor(() => facilitator.private.stats.get('connected') === 1, 'the phone counted on A');

    setView(facilitator, { card: 'd-06', questionId: 'q2', revealed: false });
    await waitFor(() => phone.view()?.card === 'd-06', 'the next card on B');
    const phoneOnA = await connectParticipant(a, room.code);
    await phoneOnA.synced();
    await waitFor(() => facilitator.private.stats.get('connected') === 2, 'phones on both instances counted');

    facilitator.public.meta.set('ended', true);
    await waitFor(() => phone.closeReason === 'room-ended', 'the phone on B to hear the end');
    await waitFor(() => b.instance.documents.size === 0, 'B to let go of the room', 10_000);
  });

  it('refuse a forged facilitator and an unknown code on the other instance too', async () => {
    const a = await startInstance();
    const b = await startInstance({ joinWaitMs: 500 });
    const room = await mintRoom(a);
    const forged = connectFacilitator(b, { code: room.code, secret: (await mintRoom(b)).secret });
    expect(await forged.public.refused()).toBe('forbidden');
    const lost = await connectParticipant(b, room.code);
    expect(await lost.refused()).toBe('room-not-found');
  });
});
