import { createHash } from 'node:crypto';

import { describe, expect, it } from 'vitest';

import {
  answerKey,
  facilitatorToken,
  newParticipantKey,
  parseAnswerKey,
  parseClientMessage,
  parseDocumentName,
  parseRelayMessage,
  parseRoomToken,
  participantIdFor,
  participantToken,
  privateDocumentName,
  publicDocumentName,
  readAnswerRecord,
  readRoomMeta,
  readRoomView,
  roomStatusSchema,
} from '../../src/domain/room-protocol';

const SECRET = 'a'.repeat(43);
const KEY = 'participant-key-0123456789';

describe('room documents', () => {
  it('are named after the room code, and only such names are accepted', () => {
    expect(publicDocumentName('ABCD234')).toBe('room/ABCD234');
    expect(privateDocumentName('ABCD234')).toBe('room/ABCD234/private');
    expect(parseDocumentName('room/ABCD234')).toEqual({ code: 'ABCD234', kind: 'public' });
    expect(parseDocumentName('room/ABCD234/private')).toEqual({ code: 'ABCD234', kind: 'private' });
    for (const name of ['room/abcd23', 'room/ABCD23O', 'room/ABCD234/', 'room/ABCD234/answers', 'ABCD234', 'room/']) {
      expect(parseDocumentName(name)).toBeNull();
    }
  });

  it('read meta and view only when they follow the protocol', () => {
    expect(readRoomMeta({ v: 1, startedAt: 1_700_000_000_000, ended: false })).toEqual({
      v: 1,
      startedAt: 1_700_000_000_000,
      ended: false,
    });
    expect(readRoomMeta({})).toBeNull();
    expect(readRoomMeta({ v: 2, startedAt: 1, ended: false })).toBeNull();
    expect(readRoomView(JSON.stringify({ questionId: 'q1', revealed: false, card: 'f-01' }))).toEqual({
      questionId: 'q1',
      revealed: false,
      card: 'f-01',
    });
    expect(readRoomView(JSON.stringify({ questionId: null, revealed: false }))?.questionId).toBeNull();
    expect(readRoomView('{')).toBeNull();
    expect(readRoomView(JSON.stringify({ questionId: 'q1' }))).toBeNull();
    expect(readRoomView(undefined)).toBeNull();
  });
});

describe('tokens', () => {
  it('round-trip for both roles', () => {
    expect(parseRoomToken(facilitatorToken(SECRET))).toEqual({ role: 'facilitator', secret: SECRET });
    expect(parseRoomToken(participantToken(KEY))).toEqual({ role: 'participant', key: KEY });
  });

  it('are refused when malformed, with extra fields, or with a short key', () => {
    for (const token of [
      '',
      'not json',
      '{}',
      JSON.stringify({ role: 'facilitator', secret: 'short' }),
      JSON.stringify({ role: 'participant', key: 'x'.repeat(21) }),
      JSON.stringify({ role: 'participant', key: `${'x'.repeat(22)}!` }),
      JSON.stringify({ role: 'participant', key: KEY, role2: 'facilitator' }),
      JSON.stringify({ role: 'admin', key: KEY }),
    ]) {
      expect(parseRoomToken(token)).toBeNull();
    }
  });

  it('give participants a long random key and an id only its holder can claim', async () => {
    const key = newParticipantKey();
    expect(key).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(newParticipantKey()).not.toBe(key);
    expect(parseRoomToken(participantToken(key))).not.toBeNull();
    const id = await participantIdFor(key);
    expect(id).toBe(createHash('sha256').update(key).digest('hex').slice(0, 16));
    expect(await participantIdFor(`${key}x`)).not.toBe(id);
  });
});

describe('participant messages', () => {
  const valid = { type: 'answer', questionId: 'q1', answer: { kind: 'side', side: 'a' } };

  it('accept the three kinds of answer and an optional name', () => {
    for (const answer of [
      { kind: 'weights', weights: { 'f-01': 1, 'f-02': 5 } },
      { kind: 'side', side: 'b' },
      { kind: 'note', text: 'Wie beslist hier eigenlijk?' },
    ]) {
      expect(parseClientMessage(JSON.stringify({ ...valid, answer }))).toEqual({
        ok: true,
        message: { ...valid, answer },
      });
    }
    expect(parseClientMessage(JSON.stringify({ ...valid, name: '  Anna ' }))).toMatchObject({
      ok: true,
      message: { name: 'Anna' },
    });
  });

  it('refuse everything else', () => {
    const weights = (entries: number) => Object.fromEntries(Array.from({ length: entries }, (_, i) => [`f-${i}`, 3]));
    for (const message of [
      '{',
      '[]',
      JSON.stringify({ ...valid, type: 'ack' }),
      JSON.stringify({ ...valid, questionId: '' }),
      JSON.stringify({ ...valid, questionId: 'q'.repeat(65) }),
      JSON.stringify({ ...valid, questionId: 'a/b' }),
      JSON.stringify({ ...valid, answer: { kind: 'side', side: 'c' } }),
      JSON.stringify({ ...valid, answer: { kind: 'weights', weights: {} } }),
      JSON.stringify({ ...valid, answer: { kind: 'weights', weights: weights(31) } }),
      JSON.stringify({ ...valid, answer: { kind: 'weights', weights: { 'f-01': 0 } } }),
      JSON.stringify({ ...valid, answer: { kind: 'weights', weights: { 'f-01': 2.5 } } }),
      JSON.stringify({ ...valid, answer: { kind: 'weights', weights: { __proto__x: 2 } } }),
      JSON.stringify({ ...valid, answer: { kind: 'weights', weights: { ['f'.repeat(65)]: 2 } } }),
      JSON.stringify({ ...valid, answer: { kind: 'note', text: 'x'.repeat(501) } }),
      JSON.stringify({ ...valid, answer: { kind: 'note', text: '   ' } }),
      JSON.stringify({ ...valid, name: 'x'.repeat(41) }),
      JSON.stringify({ ...valid, participantId: '0123456789abcdef' }),
    ]) {
      expect(parseClientMessage(message), message).toEqual({ ok: false });
    }
    expect(parseClientMessage(JSON.stringify({ ...valid, answer: { kind: 'weights', weights: weights(30) } })).ok).toBe(
      true,
    );
  });
});

describe('the relay side', () => {
  it('keys answers by question and participant', () => {
    expect(answerKey('q1', '0123456789abcdef')).toBe('q1/0123456789abcdef');
    expect(parseAnswerKey('card:3.q1/0123456789abcdef')).toEqual({
      questionId: 'card:3.q1',
      participantId: '0123456789abcdef',
    });
    expect(parseAnswerKey('no-slash')).toBeNull();
  });

  it('reads answer records, replies and room status', () => {
    const record = { participantId: '0123456789abcdef', questionId: 'q1', answer: { kind: 'side', side: 'a' }, at: 5 };
    expect(readAnswerRecord(JSON.stringify(record))).toEqual(record);
    expect(readAnswerRecord(JSON.stringify({ ...record, participantId: 'someone' }))).toBeNull();
    expect(parseRelayMessage('{"type":"ack","questionId":"q1"}')).toEqual({ type: 'ack', questionId: 'q1' });
    expect(parseRelayMessage('{"type":"refused","reason":"revealed","questionId":"q1"}')).toMatchObject({
      reason: 'revealed',
    });
    expect(parseRelayMessage('{"type":"keepalive"}')).toEqual({ type: 'keepalive' });
    expect(parseRelayMessage('{"type":"refused","reason":"because"}')).toBeNull();
    expect(roomStatusSchema.parse({ exists: true, ended: false })).toEqual({ exists: true, ended: false });
    expect(roomStatusSchema.safeParse({ exists: true }).success).toBe(false);
  });
});
