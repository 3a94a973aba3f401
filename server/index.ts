import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { once } from 'node:events';
import type { Duplex } from 'node:stream';

import type { Extension, Hocuspocus } from '@hocuspocus/server';
import { Server } from '@hocuspocus/server';
import WebSocket from 'ws';

import { newRoomCode } from '../src/domain/room-code';
import type { MintedRoom, RoomStatus } from '../src/domain/room-protocol';
import { AddressBuckets, AddressCounter } from './address-limits';
import { authenticate } from './authenticate';
import { clientAddress, createExemption } from './client-address';
import { CLOSE_CODES } from './close-codes';
import { facilitatorSecret } from './facilitator-secret';
import type { Limited } from './http-api';
import { handleHttpRequest } from './http-api';
import { handleStateless } from './handle-stateless';
import { HealingRedis } from './healing-redis';
import { createOriginPolicy } from './origin-policy';
import { isRelayContext } from './relay-context';
import { loadRelayKey } from './relay-key';
import type { RelayLimits, RelayOptions } from './relay-options';
import { DEFAULT_OPTIONS } from './relay-options';
import { RelaySocket } from './relay-socket';
import type { LookupPool } from './room-registry';
import { RoomRegistry } from './room-registry';
import { SocketGuard } from './socket-guard';
import type { GuardHost } from './socket-guard';

export type { RelayLimits, RelayOptions } from './relay-options';

/** Options of {@link startRelay}: every field of {@link RelayOptions} may be left out. */
export interface RelayStartOptions extends Partial<Omit<RelayOptions, 'limits' | 'relayKey'>> {
  limits?: Partial<RelayLimits>;
  /** Without it, the key kept in `relayKeyFile` is used (made on first use). */
  relayKey?: string;
  relayKeyFile?: string;
}

export interface Relay {
  readonly port: number;
  /** The WebSocket address for providers: `ws://host:port`. */
  readonly url: string;
  /** The HTTP address of the API: `http://host:port`. */
  readonly httpUrl: string;
  /** This instance's id (also its name on Redis). */
  readonly instanceId: string;
  /** The Hocuspocus instance, for tests and measurements: `instance.documents` are the loaded documents. */
  readonly instance: Hocuspocus;
  /** What the limits count now: open sockets, rooms held, bytes queued for documents not yet authenticated. */
  stats(): RelayStats;
  /** Stops accepting, disconnects every client (they may reconnect to another relay) and lets go of all. */
  close(): Promise<void>;
}

export interface RelayStats {
  sockets: number;
  rooms: number;
  undecidedBytes: number;
}

/**
 * Starts the relay: Hocuspocus with the room protocol's auth, limits and expiry, an HTTP API to mint rooms,
 * and with `redis` set, the Redis extension so several instances share rooms. Listens on `host` (default
 * 127.0.0.1) and `port` (default 0: a free port).
 */
export async function startRelay(start: RelayStartOptions = {}): Promise<Relay> {
  const { relayKey: givenKey, relayKeyFile, limits: givenLimits, ...rest } = start;
  const options: RelayOptions = {
    ...DEFAULT_OPTIONS,
    port: 0,
    ...rest,
    limits: { ...DEFAULT_OPTIONS.limits, ...givenLimits },
    relayKey: loadRelayKey({ key: givenKey, file: relayKeyFile }),
  };
  const { limits } = options;
  const instanceId = `relay-${randomUUID()}`;
  const isOriginAllowed = createOriginPolicy(options.origins);
  const guards = new WeakMap<IncomingMessage, SocketGuard>();
  const live = new Set<SocketGuard>();
  const isExempt = createExemption(options.exemptAddresses);
  const sockets = new AddressCounter(limits.socketsPerAddress, limits.maxSockets, isExempt);
  const mints = new AddressBuckets(limits.mintPerMinute / 60, limits.mintBurst, isExempt);
  const misses = new AddressBuckets(limits.lookupMissesPerMinute / 60, limits.lookupMissBurst, isExempt);
  const rooms: RoomRegistry = new RoomRegistry((): Hocuspocus => server.hocuspocus, {
    instanceId,
    participantsPerRoom: limits.participantsPerRoom,
    participantsPerAddress: limits.participantsPerAddress,
    isExempt,
    roomIdleMs: options.roomIdleMs,
    unstartedRoomMs: options.unstartedRoomMs,
    maxRooms: limits.maxRooms,
    documentMaxBytes: limits.documentMaxBytes,
    shared: options.redis !== null,
    restartGraceMs: options.restartGraceMs,
    endedMemoryMs: options.endedMemoryMs,
    probes: { join: limits.joinProbes, http: limits.lookupProbes },
  });
  const lookup = async (code: string, address: string, pool: LookupPool): Promise<RoomStatus | Limited> => {
    const wait = misses.check(address);
    if (wait > 0) return { limited: 429, retryAfter: wait };
    const found = await rooms.lookup(code, options.redis ? options.joinWaitMs : 0, pool);
    if (found.status === 'busy') return { limited: 503, retryAfter: 2 };
    if (found.status === 'not-found') misses.charge(address);
    return found.status === 'not-found' ? { exists: false } : { exists: true, ended: found.status === 'ended' };
  };
  const mint = (address: string): MintedRoom | Limited => {
    if (!rooms.hasRoom) return { limited: 503, retryAfter: 60 };
    const wait = mints.take(address);
    return wait > 0 ? { limited: 429, retryAfter: wait } : mintRoom(options.relayKey, rooms);
  };

  const extensions: Extension[] = options.redis
    ? [
        new HealingRedis({
          host: options.redis.host,
          port: options.redis.port,
          options: { username: options.redis.username, password: options.redis.password, db: options.redis.db },
          identifier: instanceId,
          prefix: 'tegenwicht',
        }),
      ]
    : [];

  const server: Server = new Server(
    {
      name: instanceId,
      quiet: true,
      stopOnSignals: false,
      extensions,
      onUpgrade: async ({ request, socket }) => {
        if (isOriginAllowed(request.headers.origin)) return;
        refuseUpgrade(socket as Duplex);
        return Promise.reject();
      },
      onRequest: async ({ request, response }) => {
        try {
          await handleHttpRequest(request, response, clientAddress(request, options.trustProxy), {
            isOriginAllowed,
            mintRoom: mint,
            roomStatus: (code, address) => lookup(code, address, 'http'),
          });
        } catch (error) {
          console.error('HTTP request failed', error);
          if (!response.headersSent) response.writeHead(500).end();
        }
        // Rejecting without an error tells Hocuspocus the request is answered.
        return Promise.reject();
      },
      onAuthenticate: (payload) =>
        authenticate(payload, {
          relayKey: options.relayKey,
          rooms,
          joinWaitMs: options.joinWaitMs,
          misses,
          guardFor: (request) => guards.get(request),
        }),
      connected: async ({ connection, documentName, context }) => {
        if (isRelayContext(context)) context.guard.attach(documentName, connection);
      },
      onDisconnect: async ({ documentName, context }) => {
        if (isRelayContext(context)) context.guard.revoke(documentName);
      },
      onStateless: async (payload) => handleStateless(payload, rooms),
    },
    { maxPayload: Math.max(limits.facilitatorMaxBytes, limits.participantMaxBytes), WebSocket: RelaySocket },
  );

  const guardHost: GuardHost = {
    admitToDocument: (documentName, bytes) => {
      const document = server.hocuspocus.documents.get(documentName);
      return !document || rooms.admitToDocument(document, bytes);
    },
    revoked: (grant, guard) => {
      if (grant.role === 'participant' && grant.participantId) {
        rooms.get(grant.code)?.leave(grant.participantId, guard);
      }
    },
  };
  server.webSocketServer.on('connection', (socket: RelaySocket, request: IncomingMessage) => {
    const address = clientAddress(request, options.trustProxy);
    if (!sockets.add(address)) {
      socket.close(CLOSE_CODES['too-many-connections'], 'too-many-connections');
      return;
    }
    const guard = new SocketGuard(socket, address, limits, guardHost);
    socket.filter = guard;
    guards.set(request, guard);
    live.add(guard);
    socket.once('close', () => {
      sockets.remove(address);
      live.delete(guard);
    });
  });

  // Hocuspocus's own listen() binds every interface whatever its `address` says, so listen here.
  server.httpServer.listen({ port: options.port, host: options.host });
  try {
    await once(server.httpServer, 'listening');
  } catch (error) {
    await withTimeout(server.destroy(), 1_000);
    throw error;
  }
  const { port } = server.address;

  const sweepMs = clamp(Math.min(options.roomIdleMs, options.unstartedRoomMs) / 4, 20, 5_000);
  const sweep = setInterval(() => rooms.sweep(), sweepMs);
  const keepalive = setInterval(() => rooms.sendKeepalives(), options.keepaliveMs);
  sweep.unref();
  keepalive.unref();

  let closing: Promise<void> | undefined;
  const close = () => {
    closing ??= (async () => {
      clearInterval(sweep);
      clearInterval(keepalive);
      const httpClosed = once(server.httpServer, 'close');
      server.httpServer.close();
      const released = rooms.shutdown();
      await closeSockets([...server.webSocketServer.clients], 1_000);
      await released;
      await withTimeout(server.destroy(), 10_000);
      server.httpServer.closeAllConnections();
      await httpClosed;
    })();
    return closing;
  };

  const host = options.host.includes(':') ? `[${options.host}]` : options.host;
  return {
    port,
    url: `ws://${host}:${port}`,
    httpUrl: `http://${host}:${port}`,
    instanceId,
    instance: server.hocuspocus,
    stats: () => ({
      sockets: sockets.size,
      rooms: rooms.size,
      undecidedBytes: [...live].reduce((sum, guard) => sum + guard.undecidedBytes, 0),
    }),
    close,
  };
}

function mintRoom(relayKey: string, rooms: RoomRegistry): MintedRoom {
  let code = newRoomCode();
  while (rooms.isKnown(code)) code = newRoomCode();
  return { code, secret: facilitatorSecret(relayKey, code) };
}

/** Closes sockets gracefully (what was sent to them still arrives), and cuts those that do not answer. */
async function closeSockets(sockets: WebSocket[], graceMs: number): Promise<void> {
  const closedAll = Promise.all(
    sockets.map((socket) => (socket.readyState === WebSocket.CLOSED ? undefined : once(socket, 'close'))),
  );
  for (const socket of sockets) socket.close(1012, 'relay-restart');
  await withTimeout(closedAll, graceMs);
  for (const socket of sockets) socket.terminate();
}

function refuseUpgrade(socket: Duplex): void {
  socket.once('finish', () => socket.destroy());
  socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

async function withTimeout(promise: Promise<unknown>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([promise, new Promise((resolve) => (timer = setTimeout(resolve, ms)))]);
  clearTimeout(timer);
}
