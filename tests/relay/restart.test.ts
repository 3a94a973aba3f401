import { afterEach, describe, expect, it } from 'vitest';

import { ROOM_MAPS, answerKey, privateDocumentName, publicDocumentName } from '../../src/domain/room-protocol';
import {
  cleanUp,
  connectFacilitator,
  connectParticipant,
  openRoom,
  serverDoc,
  setView,
  startTestRelay,
  waitFor,
} from './relay-client';

afterEach(cleanUp);

describe('a relay restarted mid-session', () => {
  it('gets the room back from the console, and the phones carry on with no answer lost', async () => {
    const first = await startTestRelay();
    const { room, facilitator } = await openRoom(first, { card: 'd-03', questionId: 'q1', revealed: false });
    const phone = await connectParticipant(first, room.code);
    await phone.synced();
    expect(await phone.ask({ type: 'answer', questionId: 'q1', answer: { kind: 'side', side: 'a' } })).toMatchObject({
      type: 'ack',
    });
    const firstAnswer = answerKey('q1', phone.participantId);
    await waitFor(() => facilitator.private.answers.has(firstAnswer), 'the first answer');

    // The console's laptop is away during the restart, so the phone comes back first and must wait for it.
    facilitator.socket.disconnect();
    await first.close();
    await waitFor(() => !facilitator.public.provider.isSynced && !phone.provider.isSynced, 'the clients to notice');
    const second = await startTestRelay({ port: first.port, joinWaitMs: 3_000 });
    await waitFor(() => serverDoc(second, publicDocumentName(room.code)), 'the phone to ask for the room');
    expect(phone.provider.isSynced).toBe(false);
    void facilitator.socket.connect();

    await Promise.all([facilitator.public.synced(), facilitator.private.synced(), phone.synced()]);
    await waitFor(
      () => serverDoc(second, privateDocumentName(room.code))?.getMap(ROOM_MAPS.answers).has(firstAnswer),
      'the console to bring the answers back',
    );
    expect(serverDoc(second, publicDocumentName(room.code))?.getMap(ROOM_MAPS.meta).get('v')).toBe(1);

    setView(facilitator, { card: 'd-04', questionId: 'q2', revealed: false });
    await waitFor(() => phone.view()?.card === 'd-04', 'the next card after the restart');
    expect(await phone.ask({ type: 'answer', questionId: 'q2', answer: { kind: 'side', side: 'b' } })).toEqual({
      type: 'ack',
      questionId: 'q2',
    });
    await waitFor(() => facilitator.private.answers.has(answerKey('q2', phone.participantId)), 'the later answer');
    expect(facilitator.private.answers.has(firstAnswer)).toBe(true);
    expect(facilitator.private.stats.get('connected')).toBe(1);
  });
});

describe('a console reloaded mid-room', () => {
  it('takes the room back, with the answers given while it was away', async () => {
    const relay = await startTestRelay();
    const { room, facilitator } = await openRoom(relay, { card: 'd-07', questionId: 'q1', revealed: false });
    const phone = await connectParticipant(relay, room.code);
    await phone.synced();

    facilitator.socket.destroy();
    facilitator.public.provider.destroy();
    facilitator.private.provider.destroy();
    await waitFor(
      () => serverDoc(relay, privateDocumentName(room.code))?.connections.size === 0,
      'the console to be gone, while the relay still holds the room',
    );
    expect(
      await phone.ask({ type: 'answer', questionId: 'q1', answer: { kind: 'note', text: 'Eerst de klant.' } }),
    ).toEqual({
      type: 'ack',
      questionId: 'q1',
    });

    const reloaded = connectFacilitator(relay, room);
    await Promise.all([reloaded.public.synced(), reloaded.private.synced()]);
    expect(reloaded.public.view()).toMatchObject({ card: 'd-07', questionId: 'q1' });
    expect(reloaded.private.answers.has(answerKey('q1:note', phone.participantId))).toBe(true);
    expect(reloaded.private.stats.get('connected')).toBe(1);
  });
});
