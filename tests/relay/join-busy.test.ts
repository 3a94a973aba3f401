/**
 * Joins never lose to lookups (the hardening issue, item 5), on the phone's side: a first join that meets
 * `busy` (every place for codes this instance does not hold is taken) is tried again by itself, with backoff,
 * and gets in once a place is free. The phone here is the app's own client code over real WebSockets, with the
 * key it derives for this relay and room.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';

import { newRoomCode } from '../../src/domain/room-code';
import {
  answerKey,
  newParticipantKey,
  participantIdFor,
  participantToken,
  publicDocumentName,
} from '../../src/domain/room-protocol';
import { participantRoomOver } from '../../src/sync/participant-room';
import { roomParticipantKey } from '../../src/sync/room-key';
import type { RoomLinkStatus } from '../../src/sync/room-status';
import type { TransportStatus } from '../../src/sync/transport';
import { createRelayTransport } from '../../src/sync/relay-transport';
import {
  cleanUp,
  connectFacilitator,
  connectParticipant,
  mintRoom,
  startSession,
  startTestRelay,
  waitFor,
} from './relay-client';

afterEach(cleanUp);

/** The phone as the app builds it (see `joinRoom`), with the transport's own statuses kept for the test. */
function appPhone(relayBase: string, relayUrl: string, code: string, deviceKey: string) {
  vi.stubGlobal('WebSocket', WebSocket);
  const doc = new Y.Doc();
  const link = createRelayTransport({
    url: relayUrl,
    name: publicDocumentName(code),
    document: doc,
    token: participantToken(roomParticipantKey(deviceKey, relayBase, code)),
  });
  const transport: TransportStatus[] = [];
  link.onStatus((status) => transport.push(status));
  const room = participantRoomOver(link, doc);
  const statuses: RoomLinkStatus[] = [];
  room.onStatus((status) => statuses.push(status));
  return { room, transport, statuses };
}

describe('a phone whose first join meets busy', () => {
  it('tries again with backoff and gets in, under its key for this room', async () => {
    // The room was minted before a restart (same relay key): this instance does not hold it yet.
    const before = await startTestRelay();
    const minted = await mintRoom(before);
    const relay = await startTestRelay({ joinWaitMs: 1_000, limits: { joinProbes: 1 } });

    // Another client's join of an unknown code takes the only place for codes not held here, for 1 s.
    const blocker = await connectParticipant(relay, newRoomCode(), undefined, '127.0.0.2');
    await waitFor(() => relay.stats().rooms === 1, 'the place to be taken');

    const deviceKey = newParticipantKey();
    const phone = appPhone(relay.httpUrl, relay.url, minted.code, deviceKey);
    await waitFor(
      () => phone.transport.some((s) => s.status === 'refused' && s.reason === 'busy'),
      'the first join to meet busy',
    );
    // Not given up: the phone still says it is connecting, and tries again by itself.
    expect(phone.statuses).not.toContain('busy');
    expect(phone.statuses.at(-1)).toBe('connecting');
    expect(await blocker.refused()).toBe('room-not-found');

    // The console comes back to this instance and starts the room; the phone's next try gets in.
    const facilitator = connectFacilitator(relay, minted);
    await Promise.all([facilitator.public.synced(), facilitator.private.synced()]);
    startSession(facilitator, { card: 'd-03', questionId: 'q1', revealed: false });
    await waitFor(() => phone.statuses.at(-1) === 'connected', 'the phone to get in', 10_000);

    expect(await phone.room.answer({ type: 'answer', questionId: 'q1', answer: { kind: 'side', side: 'b' } })).toEqual({
      type: 'ack',
      questionId: 'q1',
    });
    // The relay knows the phone by its key for this relay and room, never by the device key.
    const roomKey = roomParticipantKey(deviceKey, relay.httpUrl, minted.code);
    await waitFor(
      async () => facilitator.private.answers.has(answerKey('q1', await participantIdFor(roomKey))),
      'the answer under the room key',
    );
    expect(facilitator.private.answers.has(answerKey('q1', await participantIdFor(deviceKey)))).toBe(false);
    phone.room.destroy();
  });
});
