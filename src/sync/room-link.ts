import { HocuspocusProvider, WebSocketStatus } from '@hocuspocus/provider';
import * as Y from 'yjs';

import {
  CONNECTED_KEY,
  ROOM_MAPS,
  ROOM_PROTOCOL_VERSION,
  VIEW_KEY,
  facilitatorToken,
  mintedRoomSchema,
  parseRelayMessage,
  participantToken,
  privateDocumentName,
  publicDocumentName,
  readAnswerRecord,
  readRoomMeta,
  type AnswerMessage,
  type AnswerRecord,
  type JoinRefusal,
  type MintedRoom,
  type RelayMessage,
} from '../domain/room-protocol';
import { wallViewSchema, type WallView } from '../domain/session/wall-view';
import { relaySocketUrl } from './relay-url';

/** What a person sees of the link to the room. */
export type RoomStatus = 'connecting' | 'connected' | 'reconnecting' | 'ended' | JoinRefusal;

type Listener<T> = (value: T) => void;
function emitter<T>() {
  const listeners = new Set<Listener<T>>();
  return {
    emit: (value: T) => listeners.forEach((l) => l(value)),
    on: (listener: Listener<T>) => {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}

/** Asks the relay for a new room: its code, and the facilitator's secret (for the console only). */
export async function mintRoom(relayBase: string): Promise<MintedRoom> {
  const response = await fetch(`${relayBase}/rooms`, { method: 'POST' });
  if (!response.ok) throw new Error(`relay answered ${response.status}`);
  return mintedRoomSchema.parse(await response.json());
}

/** Follows a provider's connection: connecting, connected, then reconnecting after a drop. */
function trackStatus(provider: HocuspocusProvider, status: ReturnType<typeof emitter<RoomStatus>>) {
  let wasConnected = false;
  let final = false;
  provider.on('status', ({ status: s }: { status: WebSocketStatus }) => {
    if (final) return;
    if (s === WebSocketStatus.Connected) wasConnected = true;
    else status.emit(wasConnected ? 'reconnecting' : 'connecting');
  });
  provider.on('synced', () => !final && status.emit('connected'));
  provider.on('authenticationFailed', ({ reason }: { reason: string }) => {
    final = true;
    status.emit((reason as JoinRefusal) || 'forbidden');
  });
  return { end: () => (final = true) };
}

export interface FacilitatorRoom {
  code: string;
  onStatus: (listener: Listener<RoomStatus>) => () => void;
  /** Every answer in the room, each time one arrives or changes. */
  onAnswers: (listener: Listener<AnswerRecord[]>) => () => void;
  onConnected: (listener: Listener<number>) => () => void;
  publish: (view: WallView) => void;
  end: () => void;
  destroy: () => void;
}

/**
 * The console's side of a room: it alone writes the public document (meta and the view) and reads the
 * private one (the answers). After a relay restart, Yjs gives the relay both documents back from here.
 */
export function openFacilitatorRoom(relayBase: string, room: MintedRoom): FacilitatorRoom {
  const url = relaySocketUrl(relayBase);
  const token = facilitatorToken(room.secret);
  const status = emitter<RoomStatus>();
  const answers = emitter<AnswerRecord[]>();
  const connected = emitter<number>();
  const publicDoc = new Y.Doc();
  const privateDoc = new Y.Doc();
  const meta = publicDoc.getMap(ROOM_MAPS.meta);
  const session = publicDoc.getMap(ROOM_MAPS.session);
  const answerMap = privateDoc.getMap<string>(ROOM_MAPS.answers);
  const stats = privateDoc.getMap<number>(ROOM_MAPS.stats);

  const publicProvider = new HocuspocusProvider({
    url,
    name: publicDocumentName(room.code),
    document: publicDoc,
    token,
  });
  const privateProvider = new HocuspocusProvider({
    url,
    name: privateDocumentName(room.code),
    document: privateDoc,
    token,
  });
  const tracking = trackStatus(publicProvider, status);
  publicProvider.on('synced', () => {
    if (!readRoomMeta(meta.toJSON()))
      publicDoc.transact(() => {
        meta.set('v', ROOM_PROTOCOL_VERSION);
        meta.set('startedAt', Date.now());
        meta.set('ended', false);
      });
  });
  const readAnswers = () =>
    answers.emit([...answerMap.values()].map(readAnswerRecord).filter((r): r is AnswerRecord => r !== null));
  answerMap.observe(readAnswers);
  stats.observe(() => connected.emit(Number(stats.get(CONNECTED_KEY) ?? 0)));

  return {
    code: room.code,
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
      meta.set('ended', true);
      tracking.end();
      status.emit('ended');
      // Let the relay receive the end before the sockets close.
      setTimeout(() => {
        publicProvider.destroy();
        privateProvider.destroy();
      }, 500);
    },
    destroy: () => {
      tracking.end();
      publicProvider.destroy();
      privateProvider.destroy();
    },
  };
}

export interface ParticipantRoom {
  onStatus: (listener: Listener<RoomStatus>) => () => void;
  onView: (listener: Listener<WallView | null>) => () => void;
  /** Sends an answer; resent after a reconnect until the relay acknowledges or refuses it. */
  answer: (message: AnswerMessage) => Promise<RelayMessage>;
  destroy: () => void;
}

/** Refusals that mean "not yet" for a room this phone was already in: a relay that just restarted. */
const RETRY_AFTER_RESTART: readonly string[] = ['room-not-found', 'busy'];
/** `busy` means "not now" (the relay is loaded or this network asked too often): retried even on a first join. */
const RETRY_ALWAYS: readonly string[] = ['busy'];
const RETRY_MS = 1500;
const RETRY_MAX_MS = 30_000;

/** The wait before retry number `attempt` (0 first): doubling from RETRY_MS up to RETRY_MAX_MS, with jitter. */
export function retryDelay(attempt: number, random: () => number = Math.random): number {
  const base = Math.min(RETRY_MAX_MS, RETRY_MS * 2 ** Math.min(attempt, 10));
  return Math.round(base * (0.75 + random() * 0.5));
}

/**
 * A phone's side of a room: it reads the public document and sends its own answers, nothing else. When a
 * restarted relay does not know the room yet (the console has not come back), it tries again by itself.
 */
export function joinRoom(relayBase: string, code: string, key: string): ParticipantRoom {
  const status = emitter<RoomStatus>();
  const views = emitter<WallView | null>();
  const doc = new Y.Doc();
  const meta = doc.getMap(ROOM_MAPS.meta);
  const session = doc.getMap<string>(ROOM_MAPS.session);
  let pending: { message: AnswerMessage; resolve: (reply: RelayMessage) => void } | null = null;
  let everJoined = false;
  let closed = false;
  let retry: ReturnType<typeof setTimeout> | undefined;
  let retries = 0;

  const connect = (): HocuspocusProvider => {
    const next = new HocuspocusProvider({
      url: relaySocketUrl(relayBase),
      name: publicDocumentName(code),
      document: doc,
      token: participantToken(key),
    });
    let wasConnected = everJoined;
    next.on('status', ({ status: s }: { status: WebSocketStatus }) => {
      if (closed || s === WebSocketStatus.Connected) return;
      status.emit(wasConnected ? 'reconnecting' : 'connecting');
    });
    next.on('synced', () => {
      if (closed) return;
      everJoined = wasConnected = true;
      retries = 0;
      status.emit('connected');
      sendPending();
    });
    next.on('authenticationFailed', ({ reason }: { reason: string }) => {
      if (closed) return;
      if (RETRY_ALWAYS.includes(reason) || (everJoined && RETRY_AFTER_RESTART.includes(reason))) {
        status.emit(everJoined ? 'reconnecting' : 'connecting');
        next.destroy();
        retry = setTimeout(() => {
          if (!closed) provider = connect();
        }, retryDelay(retries++));
        return;
      }
      closed = true;
      status.emit((reason as JoinRefusal) || 'forbidden');
      // Its socket would otherwise reconnect and ask again, for ever.
      next.destroy();
    });
    next.on('stateless', ({ payload }: { payload: string }) => {
      const reply = parseRelayMessage(payload);
      if (!reply || reply.type === 'keepalive' || !pending) return;
      if (reply.questionId === undefined || reply.questionId === pending.message.questionId) {
        pending.resolve(reply);
        pending = null;
      }
    });
    return next;
  };
  const sendPending = () => {
    if (pending && provider.isSynced) provider.sendStateless(JSON.stringify(pending.message));
  };
  let provider = connect();

  const readView = () => {
    const json = session.get(VIEW_KEY);
    if (typeof json !== 'string') return views.emit(null);
    try {
      const parsed = wallViewSchema.safeParse(JSON.parse(json));
      views.emit(parsed.success ? parsed.data : null);
    } catch {
      views.emit(null);
    }
  };
  session.observe(readView);
  meta.observe(() => {
    if (readRoomMeta(meta.toJSON())?.ended && !closed) {
      closed = true;
      status.emit('ended');
      provider.destroy();
    }
  });

  return {
    onStatus: status.on,
    onView: (listener) => {
      const off = views.on(listener);
      readView();
      return off;
    },
    answer: (message) =>
      new Promise<RelayMessage>((resolve) => {
        pending?.resolve({ type: 'refused', reason: 'stale-question', questionId: pending.message.questionId });
        pending = { message, resolve };
        sendPending();
      }),
    destroy: () => {
      closed = true;
      clearTimeout(retry);
      provider.destroy();
    },
  };
}
