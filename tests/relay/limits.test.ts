import { OutgoingMessage } from '@hocuspocus/server';
import { afterEach, describe, expect, it, vi } from 'vitest';

import type { AnswerMessage } from '../../src/domain/room-protocol';
import {
  cleanUp,
  closed,
  connectParticipant,
  openRoom,
  rawSocket,
  setView,
  startTestRelay,
  waitFor,
} from './relay-client';

afterEach(cleanUp);

const answer: AnswerMessage = { type: 'answer', questionId: 'q1', answer: { kind: 'side', side: 'a' } };

describe('limits', () => {
  it('refuse oversized and malformed messages, and the room goes on', async () => {
    const relay = await startTestRelay();
    const { room, facilitator } = await openRoom(relay);
    const phone = await connectParticipant(relay, room.code);
    const other = await connectParticipant(relay, room.code);
    await Promise.all([phone.synced(), other.synced()]);

    const note = { ...answer, answer: { kind: 'note', text: 'x'.repeat(5_000) } };
    expect(await phone.ask(JSON.stringify(note))).toEqual({ type: 'refused', reason: 'too-large' });
    expect(await phone.ask('{not json')).toEqual({ type: 'refused', reason: 'malformed' });
    expect(await phone.ask(JSON.stringify({ ...answer, questionId: '../../etc' }))).toEqual({
      type: 'refused',
      reason: 'malformed',
    });
    expect(await phone.ask(JSON.stringify({ ...answer, answer: { kind: 'weights', weights: { x: 9 } } }))).toEqual({
      type: 'refused',
      reason: 'malformed',
    });
    expect(await phone.ask(JSON.stringify({ ...answer, extra: true }))).toMatchObject({ reason: 'malformed' });

    // Bytes that are no message at all close that socket only.
    const garbage = await rawSocket(relay.url);
    garbage.send(Buffer.from([0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff]));
    expect(await closed(garbage)).toEqual({ code: 4400, reason: 'malformed' });

    setView(facilitator, { card: 'f-09', questionId: 'q9', revealed: false });
    await waitFor(() => phone.view()?.card === 'f-09' && other.view()?.card === 'f-09', 'the room to go on');
    expect(await phone.ask({ ...answer, questionId: 'q9' })).toEqual({ type: 'ack', questionId: 'q9' });
  });

  it('cut off a flooding connection while the others go on', async () => {
    const relay = await startTestRelay({ limits: { participantRate: 20, participantBurst: 40 } });
    const { room, facilitator } = await openRoom(relay);
    const flooder = await connectParticipant(relay, room.code);
    const calm = await connectParticipant(relay, room.code);
    await Promise.all([flooder.synced(), calm.synced()]);

    for (let i = 0; i < 400; i += 1) flooder.send(answer);
    await waitFor(() => flooder.closeReason === 'rate-limited', 'the flooder to be cut off');
    const refusals = flooder.messages.filter((m) => m.type === 'refused' && m.reason === 'rate-limited');
    expect(refusals.length).toBeGreaterThanOrEqual(1);
    // The burst, and what the bucket regained while the flood went on; far from all 400.
    expect(flooder.messages.filter((m) => m.type === 'ack').length).toBeLessThan(100);

    setView(facilitator, { card: 'f-04', questionId: 'q4', revealed: false });
    await waitFor(() => calm.view()?.card === 'f-04', 'the calm phone to follow');
    expect(await calm.ask({ ...answer, questionId: 'q4' })).toEqual({ type: 'ack', questionId: 'q4' });
  });

  it('turn away participants over the room limit, but not one who is already in', async () => {
    const relay = await startTestRelay({ limits: { participantsPerRoom: 2 } });
    const { room, facilitator } = await openRoom(relay);
    const first = await connectParticipant(relay, room.code);
    const second = await connectParticipant(relay, room.code);
    await Promise.all([first.synced(), second.synced()]);

    const third = await connectParticipant(relay, room.code);
    expect(await third.refused()).toBe('room-full');
    const secondAgain = await connectParticipant(relay, room.code, second.key);
    await secondAgain.synced();

    first.provider.destroy();
    await waitFor(() => facilitator.private.stats.get('connected') === 1, 'the first to have left');
    const fourth = await connectParticipant(relay, room.code);
    await fourth.synced();
  });

  it('close a socket that sends a frame over the hard cap', async () => {
    const relay = await startTestRelay({ limits: { facilitatorMaxBytes: 64 * 1024 } });
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const socket = await rawSocket(relay.url);
    socket.send(Buffer.alloc(65 * 1024));
    expect((await closed(socket)).code).toBe(1009);
    expect(String(errors.mock.calls.flat().join(' '))).toContain('Max payload size exceeded');
  });

  it('refuse a socket that opens too many documents', async () => {
    const relay = await startTestRelay({ limits: { documentsPerSocket: 3 } });
    const socket = await rawSocket(relay.url);
    for (const code of ['ABCDEF2', 'ABCDEF3', 'ABCDEF4', 'ABCDEF5']) {
      socket.send(new OutgoingMessage(`room/${code}`).writeQueryAwareness().toUint8Array());
    }
    expect(await closed(socket)).toEqual({ code: 4409, reason: 'too-many-documents' });
  });
});
