import type * as Y from 'yjs';

import { ROOM_MAPS, ROOM_PROTOCOL_VERSION, readRoomMeta, type RoomMeta } from '../domain/room-protocol';

/** The public document's `meta` as read now; null before the room has been started. */
export const roomMetaOf = (doc: Y.Doc): RoomMeta | null => readRoomMeta(doc.getMap(ROOM_MAPS.meta).toJSON());

/**
 * Starts a room in its public document, once: a room that was started (also before a relay restart, when
 * the relay gives the document back) keeps its record. Only the facilitator writes it.
 */
export function startRoomMeta(doc: Y.Doc, now = Date.now()): void {
  if (roomMetaOf(doc)) return;
  const meta = doc.getMap(ROOM_MAPS.meta);
  doc.transact(() => {
    meta.set('v', ROOM_PROTOCOL_VERSION);
    meta.set('startedAt', now);
    meta.set('ended', false);
  });
}

/** Ends a room for everyone in it. */
export const endRoomMeta = (doc: Y.Doc): void => void doc.getMap(ROOM_MAPS.meta).set('ended', true);
