/** Typed helpers for relay tests: start relays, mint rooms, connect consoles and phones, wait for things. */
import { request as httpRequest } from 'node:http';

import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import type { Document } from '@hocuspocus/server';
import { IncomingMessage, MessageType, OutgoingMessage } from '@hocuspocus/server';
import WebSocket from 'ws';
import * as Y from 'yjs';

import type { AnswerMessage, MintedRoom, RelayMessage } from '../../src/domain/room-protocol';
import {
  ROOM_MAPS,
  VIEW_KEY,
  facilitatorToken,
  newParticipantKey,
  parseRelayMessage,
  participantIdFor,
  participantToken,
  privateDocumentName,
  publicDocumentName,
} from '../../src/domain/room-protocol';
import type { Relay, RelayStartOptions } from '../../server/index';
import { startRelay } from '../../server/index';
import { startRoomMeta } from '../../src/sync/room-documents';
import { mintRoom as mintRoomOnRelay } from '../../src/sync/room-link';

export const TEST_RELAY_KEY = 'relay-test-key-0123456789abcdef';

const cleanups: (() => Promise<void> | void)[] = [];

/** Runs everything the helpers started, newest first; call it in afterEach. */
export async function cleanUp(): Promise<void> {
  while (cleanups.length > 0) await cleanups.pop()?.();
}

export async function startTestRelay(options: RelayStartOptions = {}): Promise<Relay> {
  const relay = await startRelay({ port: 0, relayKey: TEST_RELAY_KEY, joinWaitMs: 300, ...options });
  cleanups.push(() => relay.close());
  return relay;
}

/** Mints a room as the console does. */
export const mintRoom = (relay: Relay): Promise<MintedRoom> => mintRoomOnRelay(relay.httpUrl);

/** Polls `check` until it returns something other than undefined/false, or fails after `timeout` ms. */
export async function waitFor<T>(
  check: () => T | undefined | false | Promise<T | undefined | false>,
  what: string,
  timeout = 5_000,
): Promise<T> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await check();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/**
 * A WebSocket class whose connections come from `localAddress` (any of 127.0.0.0/8 reaches a relay on
 * 127.0.0.1), so a test can play clients at different addresses. A socket that the cleanup closes while it is
 * still connecting emits an error nobody is left to hear (the provider is gone); it is dropped here, not thrown
 * into whichever test runs next. The provider still gets every error through `onerror`.
 */
export function webSocketFrom(localAddress: string | undefined): typeof WebSocket {
  return class extends WebSocket {
    constructor(url: string | URL | null, protocols?: string | string[]) {
      super(url as string, protocols, localAddress ? { localAddress } : {});
      this.on('error', () => undefined);
    }
  } as typeof WebSocket;
}

/** An HTTP request from `localAddress`: the status, the Retry-After header and the JSON body. */
export function request(
  url: string,
  { method = 'GET', from }: { method?: string; from?: string } = {},
): Promise<{ status: number; retryAfter: string | undefined; body: unknown }> {
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest(url, { method, localAddress: from, agent: false }, (response) => {
      let text = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (text += chunk));
      response.on('end', () => {
        let body: unknown = text;
        try {
          body = JSON.parse(text);
        } catch {
          // not JSON: the text as it is
        }
        const retryAfter = response.headers['retry-after'];
        resolve({ status: response.statusCode ?? 0, retryAfter, body });
      });
    });
    outgoing.once('error', reject);
    outgoing.end();
  });
}

/** A WebSocket that reconnects quickly, as tests want; several documents may share it. */
export function openSocket(url: string, from?: string): HocuspocusProviderWebsocket {
  const socket = new HocuspocusProviderWebsocket({
    url,
    WebSocketPolyfill: webSocketFrom(from),
    delay: 50,
    minDelay: 50,
    maxDelay: 200,
    factor: 1.5,
    jitter: false,
  });
  cleanups.push(() => socket.destroy());
  return socket;
}

/** One document opened over a socket, with what the relay told this client. */
export class DocClient {
  readonly doc = new Y.Doc();
  readonly provider: HocuspocusProvider;
  /** Stateless messages from the relay, keepalives left out. */
  readonly messages: RelayMessage[] = [];
  /** The relay's answers to this client's document updates: true when applied, false when refused. */
  readonly syncStatuses: boolean[] = [];
  keepalives = 0;
  authFailure: string | undefined;
  closeReason: string | undefined;

  constructor(socket: HocuspocusProviderWebsocket, name: string, token: string) {
    this.provider = new HocuspocusProvider({ websocketProvider: socket, name, token, document: this.doc });
    this.provider.on('stateless', ({ payload }: { payload: string }) => {
      const message = parseRelayMessage(payload);
      if (!message) throw new Error(`The relay sent a message outside the protocol: ${payload}`);
      if (message.type === 'keepalive') this.keepalives += 1;
      else this.messages.push(message);
    });
    this.provider.on('authenticationFailed', ({ reason }: { reason: string }) => {
      this.authFailure = reason;
    });
    this.provider.on('close', ({ event }: { event: { reason?: string } }) => {
      if (event.reason) this.closeReason = event.reason;
    });
    this.provider.on('message', ({ event }: { event: { data: ArrayBuffer } }) => {
      const message = new IncomingMessage(new Uint8Array(event.data));
      message.readVarString();
      if (message.readVarUint() === MessageType.SyncStatus) this.syncStatuses.push(message.readVarUint() === 1);
    });
    this.provider.attach();
    cleanups.push(() => this.provider.destroy());
  }

  get meta(): Y.Map<unknown> {
    return this.doc.getMap(ROOM_MAPS.meta);
  }

  get session(): Y.Map<unknown> {
    return this.doc.getMap(ROOM_MAPS.session);
  }

  get answers(): Y.Map<unknown> {
    return this.doc.getMap(ROOM_MAPS.answers);
  }

  get stats(): Y.Map<unknown> {
    return this.doc.getMap(ROOM_MAPS.stats);
  }

  /**
   * Resolves once synced both ways with the relay (the relay has answered this client's own state too);
   * rejects with the reason when the relay refuses the document.
   */
  synced(timeout = 5_000): Promise<void> {
    return waitFor(
      () => {
        if (this.authFailure) throw new Error(`refused: ${this.authFailure}`);
        return this.provider.isSynced && !this.provider.hasUnsyncedChanges;
      },
      `${this.provider.configuration.name} to sync`,
      timeout,
    ).then(() => undefined);
  }

  /** The reason the relay refused this document. */
  refused(timeout = 5_000): Promise<string> {
    return waitFor(() => this.authFailure, `${this.provider.configuration.name} to be refused`, timeout);
  }

  /** The next relay message (after those already seen) that matches. */
  nextMessage(match: (message: RelayMessage) => boolean, timeout = 5_000): Promise<RelayMessage> {
    const start = this.messages.length;
    return waitFor(() => this.messages.slice(start).find(match), 'a relay message', timeout);
  }

  send(message: AnswerMessage | string): void {
    this.provider.sendStateless(typeof message === 'string' ? message : JSON.stringify(message));
  }

  /** Sends a message and returns the relay's reply to it. */
  async ask(message: AnswerMessage | string, timeout = 5_000): Promise<RelayMessage> {
    const start = this.messages.length;
    this.send(message);
    return waitFor(() => this.messages[start], 'the relay to reply', timeout);
  }

  /** Sends bytes a provider would never send, over this document's socket. */
  sendRaw(build: (message: OutgoingMessage) => OutgoingMessage): void {
    this.provider.configuration.websocketProvider.send(
      build(new OutgoingMessage(this.provider.configuration.name)).toUint8Array(),
    );
  }

  view(): Record<string, unknown> | undefined {
    const view = this.session.get(VIEW_KEY);
    return typeof view === 'string' ? (JSON.parse(view) as Record<string, unknown>) : undefined;
  }
}

export interface FacilitatorClient {
  socket: HocuspocusProviderWebsocket;
  public: DocClient;
  private: DocClient;
}

/** The facilitator's console: one socket with both documents of the room. */
export function connectFacilitator(relay: Pick<Relay, 'url'>, room: MintedRoom, secret = room.secret, from?: string) {
  const socket = openSocket(relay.url, from);
  const token = facilitatorToken(secret);
  return {
    socket,
    public: new DocClient(socket, publicDocumentName(room.code), token),
    private: new DocClient(socket, privateDocumentName(room.code), token),
  } satisfies FacilitatorClient;
}

export interface ParticipantClient extends DocClient {
  key: string;
  participantId: string;
}

/** A phone: one socket, the public document, read-only. */
export async function connectParticipant(
  relay: Pick<Relay, 'url'>,
  code: string,
  key = newParticipantKey(),
  from?: string,
): Promise<ParticipantClient> {
  const client = new DocClient(openSocket(relay.url, from), publicDocumentName(code), participantToken(key));
  return Object.assign(client, { key, participantId: await participantIdFor(key) });
}

export interface TestView {
  card: string;
  questionId: string | null;
  revealed: boolean;
  [field: string]: unknown;
}

/** What the console does to start a room: meta and a first view. */
export function startSession(facilitator: FacilitatorClient, view: TestView): void {
  facilitator.public.doc.transact(() => {
    startRoomMeta(facilitator.public.doc);
    facilitator.public.session.set(VIEW_KEY, JSON.stringify(view));
  });
}

export function setView(facilitator: FacilitatorClient, view: TestView): void {
  facilitator.public.session.set(VIEW_KEY, JSON.stringify(view));
}

/** Mints a room, connects its console, starts the session and waits until the relay has it. */
export async function openRoom(relay: Relay, view: TestView = { card: 'f-01', questionId: 'q1', revealed: false }) {
  const room = await mintRoom(relay);
  const facilitator = connectFacilitator(relay, room);
  await Promise.all([facilitator.public.synced(), facilitator.private.synced()]);
  startSession(facilitator, view);
  await waitFor(() => serverDoc(relay, publicDocumentName(room.code))?.getMap(ROOM_MAPS.meta).has('v'), 'meta');
  return { room, facilitator };
}

/** The relay's own copy of a document, when it is loaded. */
export function serverDoc(relay: Relay, name: string): Document | undefined {
  return relay.instance.documents.get(name);
}

/** Connects a bare WebSocket (no provider), for what a provider would never send. */
export async function rawSocket(url: string, headers: Record<string, string> = {}, from?: string): Promise<WebSocket> {
  const socket = new WebSocket(url, { headers, ...(from ? { localAddress: from } : {}) });
  cleanups.push(() => socket.terminate());
  closings.set(
    socket,
    new Promise((resolve) => socket.once('close', (code, reason) => resolve({ code, reason: reason.toString() }))),
  );
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve());
    socket.once('error', reject);
    socket.once('unexpected-response', (_request, response) =>
      reject(new Error(`upgrade refused: ${response.statusCode}`)),
    );
  });
  return socket;
}

const closings = new WeakMap<WebSocket, Promise<{ code: number; reason: string }>>();

/** How the socket closed (a socket from {@link rawSocket} is followed from the start, so no close is missed). */
export function closed(socket: WebSocket): Promise<{ code: number; reason: string }> {
  const known = closings.get(socket);
  if (known) return known;
  return new Promise((resolve) => {
    if (socket.readyState === WebSocket.CLOSED) resolve({ code: 1006, reason: '' });
    socket.once('close', (code, reason) => resolve({ code, reason: reason.toString() }));
  });
}

/**
 * A room with its console and two phones, from addresses of their own, going through a question: what every
 * attack test checks afterwards, to show the relay still serves a real session.
 */
export async function realSessionWorks(relay: Relay): Promise<void> {
  const { room, facilitator } = await openRoom(relay);
  const phones = await Promise.all(
    ['127.0.0.4', '127.0.0.5'].map((from) => connectParticipant(relay, room.code, undefined, from)),
  );
  await Promise.all(phones.map((phone) => phone.synced()));
  setView(facilitator, { card: 'f-02', questionId: 'q2', revealed: false });
  await waitFor(() => phones.every((phone) => phone.view()?.card === 'f-02'), 'the phones to follow');
  for (const phone of phones) {
    const reply = await phone.ask({ type: 'answer', questionId: 'q2', answer: { kind: 'side', side: 'b' } });
    if (reply.type !== 'ack') throw new Error(`A phone's answer was not acked: ${JSON.stringify(reply)}`);
  }
  await waitFor(() => facilitator.private.answers.size === 2, 'both answers on the console');
}
