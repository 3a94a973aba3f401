/**
 * Sockets that never authenticate cannot grow the relay's memory (the hardening issue, item 2): what a socket
 * sends before any of its documents is decided is capped (`preAuthBytes`), a socket that authenticates nothing
 * within `authTimeoutMs` is closed, and sockets are capped per address and in all. After each attack, a real
 * console and its phones still work. Clients at different addresses are played from 127.0.0.x.
 */
import { writeAuthentication } from '@hocuspocus/common';
import { IncomingMessage, MessageType, OutgoingMessage } from '@hocuspocus/server';
import * as encoding from 'lib0/encoding';
import { afterEach, describe, expect, it } from 'vitest';
import type WebSocket from 'ws';
import * as Y from 'yjs';

import { newParticipantKey, participantToken, publicDocumentName } from '../../src/domain/room-protocol';

import {
  cleanUp,
  closed,
  connectParticipant,
  openRoom,
  realSessionWorks,
  rawSocket,
  startTestRelay,
  waitFor,
} from './relay-client';

afterEach(cleanUp);

/** A 4 KB message of the kind the attack sent: stateless, for a document it never authenticates. */
const junk = (code: string) => new OutgoingMessage(`room/${code}`).writeStateless('x'.repeat(4_000)).toUint8Array();
const awareness = (code: string) => new OutgoingMessage(`room/${code}`).writeQueryAwareness().toUint8Array();

/** Sends `count` messages as fast as the socket takes them, until it closes. */
function flood(socket: WebSocket, message: Uint8Array, count: number): void {
  for (let i = 0; i < count && socket.readyState === socket.OPEN; i += 1) socket.send(message);
}

describe('before authentication', () => {
  it('a socket may send a few KB, then it is closed; the relay holds no more than that for it', async () => {
    const relay = await startTestRelay({
      exemptAddresses: [],
      limits: { preAuthBytes: 16 * 1024, socketsPerAddress: 10, participantRate: 1_000, participantBurst: 1_000 },
    });
    const addresses = Array.from({ length: 5 }, (_, i) => `127.0.1.${i + 1}`);
    const sockets = await Promise.all(
      addresses.flatMap((from) => Array.from({ length: 10 }, () => rawSocket(relay.url, {}, from))),
    );
    const heapBefore = process.memoryUsage().heapUsed;
    // 50 sockets, each 200 x 4 KB: 40 MB if it all were taken in.
    for (const socket of sockets) flood(socket, junk('ABCDEFG'), 200);
    const reasons = await Promise.all(sockets.map((socket) => closed(socket)));
    expect(reasons.every(({ code, reason }) => code === 4413 && reason === 'too-large')).toBe(true);
    await waitFor(() => relay.stats().sockets === 0, 'the relay to let go of the sockets');
    expect(relay.stats().undecidedBytes).toBe(0);
    // Loose (the test's own clients share this heap), but far below the 40 MB sent.
    expect(process.memoryUsage().heapUsed - heapBefore).toBeLessThan(20 * 1024 * 1024);

    await realSessionWorks(relay);
  });

  it('a socket that authenticates nothing is closed after the timeout', async () => {
    const relay = await startTestRelay({ limits: { authTimeoutMs: 1_000 } });
    const silent = await rawSocket(relay.url, {}, '127.0.0.2');
    const chatty = await rawSocket(relay.url, {}, '127.0.0.2');
    chatty.send(awareness('ABCDEFG'));
    expect(await closed(silent)).toEqual({ code: 4408, reason: 'auth-timeout' });
    expect(await closed(chatty)).toEqual({ code: 4408, reason: 'auth-timeout' });

    // A real phone that waits longer than that in a room is not cut off: it authenticated.
    const { room } = await openRoom(relay);
    const phone = await connectParticipant(relay, room.code, undefined, '127.0.0.3');
    await phone.synced();
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(phone.closeReason).toBeUndefined();
    await realSessionWorks(relay);
  });
});

describe('sockets', () => {
  it('are capped per address, and in all', async () => {
    const relay = await startTestRelay({ exemptAddresses: [], limits: { socketsPerAddress: 5, maxSockets: 12 } });
    const mine = await Promise.all(Array.from({ length: 8 }, () => rawSocket(relay.url, {}, '127.0.0.2')));
    const first = await Promise.race([
      Promise.all(mine.slice(0, 5).map((socket) => closed(socket))),
      new Promise((resolve) => setTimeout(() => resolve('open'), 300)),
    ]);
    expect(first).toBe('open');
    for (const socket of mine.slice(5)) {
      expect(await closed(socket)).toEqual({ code: 4503, reason: 'too-many-connections' });
    }
    await waitFor(() => relay.stats().sockets === 5, 'five counted');
    // Another address may open its own, up to what is left of the whole.
    const others = await Promise.all(
      ['127.0.0.3', '127.0.0.4', '127.0.0.5', '127.0.0.6', '127.0.0.7'].map((from) => rawSocket(relay.url, {}, from)),
    );
    await waitFor(() => relay.stats().sockets === 10, 'ten counted');
    const over = await Promise.all(
      ['127.0.0.8', '127.0.0.9', '127.0.0.10'].map((from) => rawSocket(relay.url, {}, from)),
    );
    const refused: number[] = [];
    for (const socket of over) socket.once('close', (code) => refused.push(code));
    await waitFor(() => refused.length === 1, 'the one over the whole to be refused');
    expect(refused).toEqual([4503]);
    expect(relay.stats().sockets).toBe(12);
    for (const socket of [...mine, ...others, ...over]) socket.terminate();
    await waitFor(() => relay.stats().sockets === 0, 'all gone');
    await realSessionWorks(relay);
  });
});

describe('messages sent while a document is decided', () => {
  it('count once against the rate, though Hocuspocus hands them to the relay again once the document is let in', async () => {
    const relay = await startTestRelay({ limits: { participantBurst: 7, participantRate: 0.01 } });
    const { room } = await openRoom(relay);
    const name = publicDocumentName(room.code);
    const phone = await rawSocket(relay.url, {}, '127.0.0.2');
    const replies: number[] = [];
    phone.on('message', (data: Buffer) => {
      const message = new IncomingMessage(new Uint8Array(data));
      message.readVarString();
      replies.push(message.readVarUint());
    });
    // The token and five sync requests in one go: all five wait for the phone's key to be checked (a digest).
    const auth = encoding.createEncoder();
    encoding.writeVarString(auth, name);
    encoding.writeVarUint(auth, MessageType.Auth);
    writeAuthentication(auth, participantToken(newParticipantKey()));
    phone.send(encoding.toUint8Array(auth));
    // Sync step 1 with an empty document's state vector, as a provider sends on connecting.
    const request = encoding.createEncoder();
    encoding.writeVarString(request, name);
    encoding.writeVarUint(request, MessageType.Sync);
    encoding.writeVarUint(request, 0);
    encoding.writeVarUint8Array(request, Y.encodeStateVector(new Y.Doc()));
    for (let i = 0; i < 5; i += 1) phone.send(encoding.toUint8Array(request));

    // Six of the seven tokens went on the way in; five more for the replays would have cut the phone off.
    await waitFor(() => replies.filter((type) => type === MessageType.Sync).length >= 5, 'an answer to each request');
    expect(phone.readyState).toBe(phone.OPEN);
    await realSessionWorks(relay);
  });
});
