import type { onAuthenticatePayload } from '@hocuspocus/server';

import { parseDocumentName, parseRoomToken, participantIdFor } from '../src/domain/room-protocol';
import { verifyFacilitatorSecret } from './facilitator-secret';
import type { RelayContext } from './relay-context';
import { RelayRefusal } from './relay-refusal';
import type { AddressBuckets } from './address-limits';
import type { RoomRegistry } from './room-registry';
import { RoomsFull } from './room-registry';
import type { SocketGuard } from './socket-guard';

const LOOKUP_REFUSALS = { 'not-found': 'room-not-found', ended: 'room-ended', busy: 'busy' } as const;

export interface AuthenticateDeps {
  relayKey: string;
  rooms: RoomRegistry;
  joinWaitMs: number;
  /** Lookups that found no room, per client address (see `lookupMissesPerMinute`). */
  misses: AddressBuckets;
  guardFor(request: onAuthenticatePayload['request']): SocketGuard | undefined;
}

/**
 * The relay's `onAuthenticate`: decides who may open which document, and how.
 * - The facilitator (secret = HMAC of the code) reads and writes both documents of its room.
 * - A participant opens the public document only, read-only, and only of a started room that has not ended
 *   and is not full. Its id is derived from its key here, so nobody can answer in another's name.
 * A refusal's reason reaches the client (see `JOIN_REFUSALS`). A join that finds no room, and a wrong
 * facilitator secret, count as a miss for the client's address; an address out of misses gets `busy` for
 * every join until it has one again, so codes cannot be tried faster than that.
 */
export async function authenticate(payload: onAuthenticatePayload, deps: AuthenticateDeps): Promise<RelayContext> {
  const guard = deps.guardFor(payload.request);
  try {
    if (!guard) throw new RelayRefusal('busy');
    return await decide(payload, guard, deps);
  } catch (error) {
    guard?.refuse(payload.documentName);
    if (error instanceof RelayRefusal) throw error;
    console.error(`Refused ${payload.documentName} after an unexpected error`, error);
    throw new RelayRefusal('busy');
  }
}

async function decide(
  payload: onAuthenticatePayload,
  guard: SocketGuard,
  { relayKey, rooms, joinWaitMs, misses }: AuthenticateDeps,
): Promise<RelayContext> {
  const { documentName } = payload;
  const document = parseDocumentName(documentName);
  if (!document) throw new RelayRefusal('invalid-document');
  const token = parseRoomToken(payload.token);
  if (!token) throw new RelayRefusal('invalid-token');
  if (misses.check(guard.address) > 0) throw new RelayRefusal('busy');
  const { code } = document;
  if (rooms.hasEnded(code)) throw new RelayRefusal('room-ended');

  if (token.role === 'facilitator') {
    if (!verifyFacilitatorSecret(relayKey, code, token.secret)) {
      misses.charge(guard.address);
      throw new RelayRefusal('forbidden');
    }
    const room = await rooms.open(code).catch((error: unknown) => {
      throw error instanceof RoomsFull ? new RelayRefusal('busy') : error;
    });
    if (!room.isOpen || room.meta()?.ended) throw new RelayRefusal('room-ended');
    if (guard.isClosed) throw new RelayRefusal('busy');
    guard.grant(documentName, { role: 'facilitator', code });
    return { role: 'facilitator', code, guard };
  }

  if (document.kind === 'private') throw new RelayRefusal('private-document');
  const participantId = await participantIdFor(token.key);
  const found = await rooms.lookup(code, joinWaitMs, 'join');
  if (found.status === 'not-found') misses.charge(guard.address);
  if (found.status !== 'open') throw new RelayRefusal(LOOKUP_REFUSALS[found.status]);
  if (guard.isClosed) throw new RelayRefusal('busy');
  if (!found.room.join(participantId, guard)) throw new RelayRefusal('room-full');
  payload.connectionConfig.readOnly = true;
  guard.grant(documentName, { role: 'participant', code, participantId });
  return { role: 'participant', code, participantId, guard };
}
