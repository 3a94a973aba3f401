import type * as Y from 'yjs';

import {
  CONNECTED_KEY,
  ROOM_MAPS,
  VIEW_KEY,
  readAnswerRecord,
  type AnswerRecord,
  type JoinRefusal,
} from '../domain/room-protocol';
import type { WallView } from '../domain/session/wall-view';
import { changes, emitter, type Listener } from './emitter';
import { endRoomMeta, startRoomMeta } from './room-documents';
import type { RoomLinkStatus } from './room-status';
import type { Transport } from './transport';

export interface FacilitatorRoom {
  code: string;
  onStatus: (listener: Listener<RoomLinkStatus>) => () => void;
  /** Every answer in the room, each time one arrives or changes. */
  onAnswers: (listener: Listener<AnswerRecord[]>) => () => void;
  onConnected: (listener: Listener<number>) => () => void;
  publish: (view: WallView) => void;
  end: () => void;
  destroy: () => void;
}

export interface FacilitatorLinks {
  code: string;
  /** The public document (meta and the view) and its transport; its status is the room's. */
  publicDoc: Y.Doc;
  publicLink: Transport;
  /** The private document (the answers and the relay's counts) and its transport. */
  privateDoc: Y.Doc;
  privateLink: Transport;
  /** How long an ended room keeps its sockets, so the relay receives the end. */
  closeDelayMs?: number;
}

/**
 * The console's side of a room: it alone writes the public document (meta and the view) and reads the
 * private one (the answers). After a relay restart, the documents go back to the relay from here.
 */
export function facilitatorRoomOver(links: FacilitatorLinks): FacilitatorRoom {
  const { code, publicDoc, publicLink, privateDoc, privateLink, closeDelayMs = 500 } = links;
  const status = changes<RoomLinkStatus>();
  const answers = emitter<AnswerRecord[]>();
  const connected = emitter<number>();
  const session = publicDoc.getMap<string>(ROOM_MAPS.session);
  const answerMap = privateDoc.getMap<string>(ROOM_MAPS.answers);
  const stats = privateDoc.getMap<number>(ROOM_MAPS.stats);
  let final = false;
  let everOnline = false;

  const offStatus = publicLink.onStatus((next) => {
    if (final) return;
    if (next.status === 'online') {
      everOnline = true;
      startRoomMeta(publicDoc);
      status.emit('connected');
    } else if (next.status === 'connecting' || next.status === 'offline') {
      status.emit(everOnline ? 'reconnecting' : 'connecting');
    } else if (next.status === 'refused') {
      final = true;
      status.emit(next.reason as JoinRefusal);
    }
  });
  const readAnswers = () =>
    answers.emit([...answerMap.values()].map(readAnswerRecord).filter((r): r is AnswerRecord => r !== null));
  answerMap.observe(readAnswers);
  const readConnected = () => connected.emit(Number(stats.get(CONNECTED_KEY) ?? 0));
  stats.observe(readConnected);

  const close = () => {
    offStatus();
    answerMap.unobserve(readAnswers);
    stats.unobserve(readConnected);
    publicLink.close();
    privateLink.close();
  };
  return {
    code,
    onStatus: status.on,
    onAnswers: (listener) => {
      const off = answers.on(listener);
      readAnswers();
      return off;
    },
    onConnected: connected.on,
    publish: (view) => {
      const json = JSON.stringify(view);
      if (session.get(VIEW_KEY) !== json) session.set(VIEW_KEY, json);
    },
    end: () => {
      endRoomMeta(publicDoc);
      final = true;
      status.emit('ended');
      setTimeout(close, closeDelayMs);
    },
    destroy: () => {
      final = true;
      close();
    },
  };
}
