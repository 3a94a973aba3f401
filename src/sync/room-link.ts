import * as Y from 'yjs';

import {
  facilitatorToken,
  mintedRoomSchema,
  participantToken,
  privateDocumentName,
  publicDocumentName,
  type MintedRoom,
} from '../domain/room-protocol';
import { facilitatorRoomOver, type FacilitatorRoom } from './facilitator-room';
import { participantRoomOver, type ParticipantRoom } from './participant-room';
import { roomParticipantKey } from './room-key';
import { relaySocketUrl } from './relay-url';
import { createRelayTransport } from './relay-transport';

/** Asks the relay for a new room: its code, and the facilitator's secret (for the console only). */
export async function mintRoom(relayBase: string): Promise<MintedRoom> {
  const response = await fetch(`${relayBase}/rooms`, { method: 'POST' });
  if (!response.ok) throw new Error(`relay answered ${response.status}`);
  return mintedRoomSchema.parse(await response.json());
}

/** The console's side of a room on the relay at `relayBase` (see {@link facilitatorRoomOver}). */
export function openFacilitatorRoom(relayBase: string, room: MintedRoom): FacilitatorRoom {
  const url = relaySocketUrl(relayBase);
  const token = facilitatorToken(room.secret);
  const publicDoc = new Y.Doc();
  const privateDoc = new Y.Doc();
  return facilitatorRoomOver({
    code: room.code,
    publicDoc,
    publicLink: createRelayTransport({ url, name: publicDocumentName(room.code), document: publicDoc, token }),
    privateDoc,
    privateLink: createRelayTransport({ url, name: privateDocumentName(room.code), document: privateDoc, token }),
  });
}

/**
 * A phone's side of the room `code` on the relay at `relayBase` (see {@link participantRoomOver}). It presents
 * the key derived from `deviceKey` for this relay and room (see {@link roomParticipantKey}), never the device key.
 */
export function joinRoom(relayBase: string, code: string, deviceKey: string): ParticipantRoom {
  const doc = new Y.Doc();
  const link = createRelayTransport({
    url: relaySocketUrl(relayBase),
    name: publicDocumentName(code),
    document: doc,
    token: participantToken(roomParticipantKey(deviceKey, relayBase, code)),
  });
  return participantRoomOver(link, doc);
}
