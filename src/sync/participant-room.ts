import type * as Y from 'yjs';

import {
  ROOM_MAPS,
  VIEW_KEY,
  parseRelayMessage,
  type AnswerMessage,
  type JoinRefusal,
  type RelayMessage,
} from '../domain/room-protocol';
import { wallViewSchema, type WallView } from '../domain/session/wall-view';
import { changes, emitter, type Listener } from './emitter';
import { roomMetaOf } from './room-documents';
import type { RoomLinkStatus } from './room-status';
import type { Transport } from './transport';

export interface ParticipantRoom {
  onStatus: (listener: Listener<RoomLinkStatus>) => () => void;
  onView: (listener: Listener<WallView | null>) => () => void;
  /** Sends an answer; sent again after a reconnect until the relay acknowledges or refuses it. */
  answer: (message: AnswerMessage) => Promise<RelayMessage>;
  destroy: () => void;
}

/**
 * Refusals that mean "not yet": `busy` (the relay is checking many codes at once) always; `room-not-found`
 * only for a room this phone was already in (a relay that just restarted, before the console is back).
 */
const retryable = (reason: string, everJoined: boolean) =>
  reason === 'busy' || (everJoined && reason === 'room-not-found');

/** The wait before the n-th try again (n from 0): doubling from 1.5 s to at most 15 s. */
export const retryDelayMs = (attempt: number) => Math.min(1500 * 2 ** attempt, 15_000);

function readView(session: Y.Map<string>): WallView | null {
  const json = session.get(VIEW_KEY);
  if (typeof json !== 'string') return null;
  try {
    const parsed = wallViewSchema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/**
 * A phone's side of a room over a transport to the room's public document: it reads the document (kept in
 * step by the transport) and sends its own answers, nothing else. An answer given while offline waits and is
 * sent once when the link is back; a refusal that means "not yet" is tried again by itself, with backoff.
 */
export function participantRoomOver(link: Transport, doc: Y.Doc): ParticipantRoom {
  const status = changes<RoomLinkStatus>();
  const views = emitter<WallView | null>();
  const meta = doc.getMap(ROOM_MAPS.meta);
  const session = doc.getMap<string>(ROOM_MAPS.session);
  /** The answer waiting for the relay's reply; `sent` while the link that carried it is up. */
  let pending: { message: AnswerMessage; resolve: (reply: RelayMessage) => void; sent: boolean } | null = null;
  let everJoined = false;
  let closed = false;
  let attempt = 0;
  let retry: ReturnType<typeof setTimeout> | undefined;

  const sendPending = () => {
    if (!pending || pending.sent || link.status.status !== 'online') return;
    pending.sent = true;
    link.send(JSON.stringify(pending.message));
  };
  const finish = (next: RoomLinkStatus) => {
    closed = true;
    clearTimeout(retry);
    status.emit(next);
    link.close();
  };

  const offStatus = link.onStatus((next) => {
    if (closed) return;
    if (next.status !== 'online' && pending) pending.sent = false;
    switch (next.status) {
      case 'online':
        everJoined = true;
        attempt = 0;
        status.emit('connected');
        sendPending();
        return;
      case 'connecting':
      case 'offline':
        status.emit(everJoined ? 'reconnecting' : 'connecting');
        return;
      case 'refused':
        if (retryable(next.reason, everJoined)) {
          status.emit(everJoined ? 'reconnecting' : 'connecting');
          clearTimeout(retry);
          retry = setTimeout(() => !closed && link.restart(), retryDelayMs(attempt++));
          return;
        }
        finish((next.reason as JoinRefusal) || 'forbidden');
        return;
      case 'closed':
        return;
    }
  });
  const offMessages = link.onMessage((data) => {
    const reply = typeof data === 'string' ? parseRelayMessage(data) : null;
    if (!reply || reply.type === 'keepalive' || !pending) return;
    if (reply.questionId === undefined || reply.questionId === pending.message.questionId) {
      const { resolve } = pending;
      pending = null;
      resolve(reply);
    }
  });
  const emitView = () => views.emit(readView(session));
  session.observe(emitView);
  const onMeta = () => {
    if (!closed && roomMetaOf(doc)?.ended) finish('ended');
  };
  meta.observe(onMeta);

  return {
    onStatus: status.on,
    onView: (listener) => {
      const off = views.on(listener);
      emitView();
      return off;
    },
    answer: (message) =>
      new Promise<RelayMessage>((resolve) => {
        // A newer answer replaces one still waiting: the older one is for a question no longer asked.
        pending?.resolve({ type: 'refused', reason: 'stale-question', questionId: pending.message.questionId });
        pending = { message, resolve, sent: false };
        sendPending();
      }),
    destroy: () => {
      closed = true;
      clearTimeout(retry);
      offStatus();
      offMessages();
      session.unobserve(emitView);
      meta.unobserve(onMeta);
      link.close();
    },
  };
}
