import { afterEach, describe, expect, it } from 'vitest';

import { isRoomCode } from '../../src/domain/room-code';
import { privateDocumentName, publicDocumentName, participantToken } from '../../src/domain/room-protocol';
import {
  DocClient,
  cleanUp,
  connectFacilitator,
  connectParticipant,
  mintRoom,
  openRoom,
  openSocket,
  rawSocket,
  setView,
  startTestRelay,
  waitFor,
} from './relay-client';

afterEach(cleanUp);

describe('a room', () => {
  it('is minted over HTTP, started by its console and seen by a participant', async () => {
    const relay = await startTestRelay();
    const minted = await mintRoom(relay);
    expect(isRoomCode(minted.code)).toBe(true);
    expect(minted.secret).toMatch(/^[A-Za-z0-9_-]{43}$/);

    const { room, facilitator } = await openRoom(relay, {
      card: 'f-07',
      questionId: 'q1',
      revealed: false,
      phase: 'weigh',
    });
    const phone = await connectParticipant(relay, room.code);
    await phone.synced();
    expect(phone.view()).toMatchObject({ card: 'f-07', questionId: 'q1', phase: 'weigh' });
    expect(phone.provider.authorizedScope).toBe('readonly');
    expect(facilitator.public.provider.authorizedScope).toBe('read-write');

    setView(facilitator, { card: 'd-02', questionId: 'q2', revealed: false });
    await waitFor(() => phone.view()?.card === 'd-02', 'the next card on the phone');
  });

  it('keeps a quiet phone connection alive', async () => {
    const relay = await startTestRelay({ keepaliveMs: 50 });
    const { room, facilitator } = await openRoom(relay);
    const phone = await connectParticipant(relay, room.code);
    await phone.synced();
    await waitFor(() => phone.keepalives >= 2, 'keepalives');
    expect(facilitator.public.keepalives).toBe(0);
  });

  it('tells whether a code exists over HTTP', async () => {
    const relay = await startTestRelay({ restartGraceMs: 0 });
    const { room } = await openRoom(relay);
    const found = await fetch(`${relay.httpUrl}/rooms/${room.code.toLowerCase()}`);
    expect(found.status).toBe(200);
    expect(await found.json()).toEqual({ exists: true, ended: false });

    const unknown = await fetch(`${relay.httpUrl}/rooms/ABCDEF`);
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toEqual({ exists: false });
    expect((await fetch(`${relay.httpUrl}/rooms/NOT-A-CODE`)).status).toBe(404);
    expect((await fetch(`${relay.httpUrl}/health`)).status).toBe(200);
  });

  it('answers CORS for allowed origins only, on HTTP and WebSocket', async () => {
    const relay = await startTestRelay({ origins: ['http://localhost:*'] });
    const allowed = await fetch(`${relay.httpUrl}/rooms`, {
      method: 'POST',
      headers: { Origin: 'http://localhost:5173' },
    });
    expect(allowed.status).toBe(201);
    expect(allowed.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
    const preflight = await fetch(`${relay.httpUrl}/rooms`, {
      method: 'OPTIONS',
      headers: { Origin: 'http://localhost:5173', 'Access-Control-Request-Method': 'POST' },
    });
    expect(preflight.status).toBe(204);

    const foreign = await fetch(`${relay.httpUrl}/rooms`, {
      method: 'POST',
      headers: { Origin: 'https://evil.example' },
    });
    expect(foreign.status).toBe(403);
    expect(foreign.headers.get('access-control-allow-origin')).toBeNull();

    await expect(rawSocket(relay.url, { Origin: 'https://evil.example' })).rejects.toThrow('403');
    await expect(rawSocket(relay.url, { Origin: 'http://localhost:5173' })).resolves.toBeDefined();
  });
});

describe('who may open what', () => {
  it('refuses a participant on the private document, a forged secret and an unknown code', async () => {
    const relay = await startTestRelay({ restartGraceMs: 0 });
    const { room } = await openRoom(relay);

    const snoop = new DocClient(
      openSocket(relay.url),
      privateDocumentName(room.code),
      participantToken('k'.repeat(22)),
    );
    expect(await snoop.refused()).toBe('private-document');

    const forged = connectFacilitator(
      relay,
      room,
      room.secret.replace(/^./, (c) => (c === 'A' ? 'B' : 'A')),
    );
    expect(await forged.public.refused()).toBe('forbidden');
    expect(await forged.private.refused()).toBe('forbidden');

    const other = await mintRoom(relay);
    const crossed = connectFacilitator(relay, { code: other.code, secret: room.secret });
    expect(await crossed.public.refused()).toBe('forbidden');

    const lost = await connectParticipant(relay, other.code);
    expect(await lost.refused()).toBe('room-not-found');

    const bad = new DocClient(openSocket(relay.url), 'room/ABC', participantToken('k'.repeat(22)));
    expect(await bad.refused()).toBe('invalid-document');
    const noToken = new DocClient(openSocket(relay.url), publicDocumentName(room.code), 'not json');
    expect(await noToken.refused()).toBe('invalid-token');
  });

  it('waits briefly for a room that is not started yet, then admits the participant', async () => {
    const relay = await startTestRelay({ joinWaitMs: 3_000 });
    const room = await mintRoom(relay);
    const facilitator = connectFacilitator(relay, room);
    await facilitator.public.synced();
    const phone = await connectParticipant(relay, room.code);
    await new Promise((resolve) => setTimeout(resolve, 100));
    facilitator.public.doc.transact(() => {
      facilitator.public.meta.set('v', 1);
      facilitator.public.meta.set('startedAt', Date.now());
      facilitator.public.meta.set('ended', false);
    });
    await phone.synced();
    expect(phone.meta.get('v')).toBe(1);
  });
});
