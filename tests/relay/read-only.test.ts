import { afterEach, describe, expect, it } from 'vitest';

import { ROOM_MAPS, VIEW_KEY, publicDocumentName } from '../../src/domain/room-protocol';
import { cleanUp, connectParticipant, openRoom, serverDoc, setView, startTestRelay, waitFor } from './relay-client';

afterEach(cleanUp);

describe('a participant connection', () => {
  it('cannot change the session: the change reaches neither the relay, the console nor another phone', async () => {
    const relay = await startTestRelay();
    const { room, facilitator } = await openRoom(relay);
    const intruder = await connectParticipant(relay, room.code);
    const bystander = await connectParticipant(relay, room.code);
    await Promise.all([intruder.synced(), bystander.synced()]);

    const before = intruder.syncStatuses.length;
    intruder.doc.transact(() => {
      intruder.session.set(VIEW_KEY, JSON.stringify({ card: 'forged', questionId: 'q1', revealed: true }));
      intruder.meta.set('ended', true);
    });
    await waitFor(() => intruder.syncStatuses.length > before, 'the relay to answer the update');
    expect(intruder.syncStatuses.slice(before)).toEqual([false]);

    // The console's next change passes the same relay after the refused one; once it has arrived everywhere,
    // the forged change would have arrived before it.
    setView(facilitator, { card: 'f-02', questionId: 'q2', revealed: false });
    await waitFor(() => bystander.view()?.card === 'f-02', 'the console change on the other phone');
    const server = serverDoc(relay, publicDocumentName(room.code));
    expect(JSON.parse(String(server?.getMap(ROOM_MAPS.session).get(VIEW_KEY)))).toMatchObject({ card: 'f-02' });
    expect(server?.getMap(ROOM_MAPS.meta).get('ended')).toBe(false);
    expect(facilitator.public.view()?.card).toBe('f-02');
    expect(facilitator.public.meta.get('ended')).toBe(false);
    expect(bystander.meta.get('ended')).toBe(false);
  });

  it('cannot reach other participants with awareness or broadcast messages', async () => {
    const relay = await startTestRelay();
    const { room, facilitator } = await openRoom(relay);
    const talker = await connectParticipant(relay, room.code);
    const listener = await connectParticipant(relay, room.code);
    await Promise.all([talker.synced(), listener.synced()]);
    const broadcasts: string[] = [];
    listener.provider.on('stateless', ({ payload }: { payload: string }) => broadcasts.push(payload));

    talker.provider.setAwarenessField('answer', 'side a');
    talker.sendRaw((message) => message.writeBroadcastStateless(JSON.stringify({ type: 'ack', questionId: 'q1' })));
    // The relay handles a socket's messages in order: once this answer is acked, the two above were handled.
    expect(await talker.ask({ type: 'answer', questionId: 'q1', answer: { kind: 'side', side: 'a' } })).toEqual({
      type: 'ack',
      questionId: 'q1',
    });
    const acked = facilitator.public.syncStatuses.length;
    setView(facilitator, { card: 'f-03', questionId: 'q3', revealed: false });
    await waitFor(() => listener.view()?.card === 'f-03', 'the console change on the other phone');
    await waitFor(() => facilitator.public.syncStatuses.length > acked, 'the relay to ack the console change');

    const server = serverDoc(relay, publicDocumentName(room.code));
    const seen = [
      ...listener.provider.awareness!.getStates().values(),
      ...facilitator.public.provider.awareness!.getStates().values(),
      ...(server?.awareness.getStates().values() ?? []),
    ];
    expect(seen.some((state) => 'answer' in state)).toBe(false);
    expect(broadcasts.filter((payload) => !payload.includes('keepalive'))).toEqual([]);
  });
});
