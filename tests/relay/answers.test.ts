import { afterEach, describe, expect, it } from 'vitest';

import type { AnswerMessage } from '../../src/domain/room-protocol';
import { ROOM_MAPS, answerKey, privateDocumentName, readAnswerRecord } from '../../src/domain/room-protocol';
import { cleanUp, connectParticipant, openRoom, serverDoc, setView, startTestRelay, waitFor } from './relay-client';

afterEach(cleanUp);

const side = (questionId: string, value: 'a' | 'b'): AnswerMessage => ({
  type: 'answer',
  questionId,
  answer: { kind: 'side', side: value },
});

describe('answers', () => {
  it('land in the private document under the participant id, are acked, and reach no other phone', async () => {
    const relay = await startTestRelay();
    const { room, facilitator } = await openRoom(relay, { card: 'd-01', questionId: 'duel-1', revealed: false });
    const anna = await connectParticipant(relay, room.code);
    const bert = await connectParticipant(relay, room.code);
    await Promise.all([anna.synced(), bert.synced()]);

    expect(await anna.ask({ ...side('duel-1', 'a'), name: 'Anna' })).toEqual({ type: 'ack', questionId: 'duel-1' });
    const weights: AnswerMessage = {
      type: 'answer',
      questionId: 'duel-1',
      answer: { kind: 'weights', weights: { 'f-01': 5, 'f-12': 2 } },
    };
    expect(await bert.ask(weights)).toEqual({ type: 'ack', questionId: 'duel-1' });

    const annaKey = answerKey('duel-1', anna.participantId);
    const bertKey = answerKey('duel-1', bert.participantId);
    await waitFor(
      () => facilitator.private.answers.has(annaKey) && facilitator.private.answers.has(bertKey),
      'answers',
    );
    expect(readAnswerRecord(facilitator.private.answers.get(annaKey))).toMatchObject({
      participantId: anna.participantId,
      questionId: 'duel-1',
      answer: { kind: 'side', side: 'a' },
      name: 'Anna',
    });
    expect(readAnswerRecord(facilitator.private.answers.get(bertKey))?.answer).toEqual(weights.answer);

    // A changed answer replaces the earlier one.
    expect(await anna.ask(side('duel-1', 'b'))).toEqual({ type: 'ack', questionId: 'duel-1' });
    const annaAnswer = () => readAnswerRecord(facilitator.private.answers.get(annaKey))?.answer;
    await waitFor(() => JSON.stringify(annaAnswer()) === '{"kind":"side","side":"b"}', 'the changed answer');

    // The phones hold the public document only: no answers, not even their own, and no acks of the other.
    for (const phone of [anna, bert]) {
      expect(phone.doc.share.has(ROOM_MAPS.answers)).toBe(false);
      expect(JSON.stringify(phone.doc.toJSON())).not.toContain('duel-1/');
    }
    expect(anna.messages.every((message) => message.type === 'ack')).toBe(true);
    expect(anna.messages).toHaveLength(2);
    expect(bert.messages).toHaveLength(1);
  });

  it('keep an anonymous note beside the answer, so neither overwrites the other', async () => {
    const relay = await startTestRelay();
    const { room, facilitator } = await openRoom(relay, { card: 'd-01', questionId: 'duel-1', revealed: false });
    const anna = await connectParticipant(relay, room.code);
    await anna.synced();
    await anna.ask(side('duel-1', 'a'));
    const note: AnswerMessage = { type: 'answer', questionId: 'duel-1', answer: { kind: 'note', text: 'Lastig!' } };
    expect(await anna.ask(note)).toEqual({ type: 'ack', questionId: 'duel-1' });
    const sideKey = answerKey('duel-1', anna.participantId);
    const noteKey = answerKey('duel-1:note', anna.participantId);
    await waitFor(() => facilitator.private.answers.has(noteKey), 'the note');
    expect(readAnswerRecord(facilitator.private.answers.get(sideKey))?.answer).toEqual({ kind: 'side', side: 'a' });
    expect(readAnswerRecord(facilitator.private.answers.get(noteKey))).toMatchObject({
      questionId: 'duel-1',
      answer: { kind: 'note', text: 'Lastig!' },
    });
  });

  it('are refused for a stale question and after the reveal', async () => {
    const relay = await startTestRelay();
    const { room, facilitator } = await openRoom(relay, { card: 'd-01', questionId: 'q1', revealed: false });
    const phone = await connectParticipant(relay, room.code);
    await phone.synced();

    expect(await phone.ask(side('q0', 'a'))).toEqual({ type: 'refused', reason: 'stale-question', questionId: 'q0' });
    setView(facilitator, { card: 'd-01', questionId: 'q1', revealed: true, results: { a: 3, b: 1 } });
    await waitFor(() => phone.view()?.revealed === true, 'the reveal');
    expect(await phone.ask(side('q1', 'a'))).toEqual({ type: 'refused', reason: 'revealed', questionId: 'q1' });
    setView(facilitator, { card: 'd-02', questionId: null, revealed: false });
    await waitFor(() => phone.view()?.card === 'd-02', 'the next card');
    expect(await phone.ask(side('q1', 'a'))).toMatchObject({ type: 'refused', reason: 'stale-question' });

    const answers = serverDoc(relay, privateDocumentName(room.code))?.getMap(ROOM_MAPS.answers);
    expect(answers?.size).toBe(0);
  });

  it('count the connected participants for the console, without saying who', async () => {
    const relay = await startTestRelay();
    const { room, facilitator } = await openRoom(relay);
    const phones = await Promise.all([1, 2, 3].map(() => connectParticipant(relay, room.code)));
    await Promise.all(phones.map((phone) => phone.synced()));
    await waitFor(() => facilitator.private.stats.get('connected') === 3, 'three connected');

    phones[0]!.provider.destroy();
    await waitFor(() => facilitator.private.stats.get('connected') === 2, 'two connected');

    // The same participant on a second device counts once.
    const twin = await connectParticipant(relay, room.code, phones[1]!.key);
    await twin.synced();
    expect(await twin.ask(side('q1', 'a'))).toMatchObject({ type: 'ack' });
    expect(facilitator.private.stats.get('connected')).toBe(2);
  });
});

describe('a Rangorde ranking', () => {
  it('reaches the console in order, and one naming a factor twice or too many is refused', async () => {
    const relay = await startTestRelay();
    const { room, facilitator } = await openRoom(relay, { card: 'f-01', questionId: 'rank-top-0', revealed: false });
    const anna = await connectParticipant(relay, room.code);
    await anna.synced();
    const ranking = (order: string[]): AnswerMessage => ({
      type: 'answer',
      questionId: 'rank-top-0',
      answer: { kind: 'ranking', order },
    });

    const twice = JSON.stringify({
      ...ranking(['f-01', 'f-02']),
      answer: { kind: 'ranking', order: ['f-01', 'f-02', 'f-01'] },
    });
    expect(await anna.ask(twice)).toMatchObject({ type: 'refused', reason: 'malformed' });
    const eight = JSON.stringify({
      ...ranking([]),
      answer: { kind: 'ranking', order: ['1', '2', '3', '4', '5', '6', '7', '8'] },
    });
    expect(await anna.ask(eight)).toMatchObject({ type: 'refused', reason: 'malformed' });

    expect(await anna.ask(ranking(['f-12', 'f-01', 'f-07']))).toEqual({ type: 'ack', questionId: 'rank-top-0' });
    const key = answerKey('rank-top-0', anna.participantId);
    await waitFor(() => facilitator.private.answers.has(key), 'the ranking');
    expect(readAnswerRecord(facilitator.private.answers.get(key))?.answer).toEqual({
      kind: 'ranking',
      order: ['f-12', 'f-01', 'f-07'],
    });
    expect(facilitator.private.answers.size).toBe(1);
  });
});
