import { z } from 'zod';

/** Per-connection limits. "Connection" is one WebSocket, which may carry several documents. */
export interface RelayLimits {
  /**
   * Largest message a facilitator may send. It must hold the whole private document (every answer of a
   * session), because a console that reconnects sends its full state in one message.
   */
  facilitatorMaxBytes: number;
  /** Largest message a participant (or a connection not yet authenticated) may send. */
  participantMaxBytes: number;
  /** Messages per second (the refill rate of a token bucket) and the burst allowed above it. */
  facilitatorRate: number;
  facilitatorBurst: number;
  participantRate: number;
  participantBurst: number;
  /** Distinct participants in a room, over all relay instances; more get `room-full`. */
  participantsPerRoom: number;
  /** Documents one WebSocket may open at a time (the console needs two). */
  documentsPerSocket: number;
  /** Distinct participants in one room from one client address (so one client cannot fill a room). */
  participantsPerAddress: number;
  /** Open WebSockets from one client address, and in all on this instance. */
  socketsPerAddress: number;
  maxSockets: number;
  /** Bytes a socket may send before any of its documents is authenticated (the Auth messages included). */
  preAuthBytes: number;
  /** A socket that has no authenticated document this long after it opened is closed. */
  authTimeoutMs: number;
  /** Rooms this instance holds at once (opened by a facilitator, or looked up); more get `busy` / 503. */
  maxRooms: number;
  /** Size of one room document (Yjs update encoding); a change that would grow it beyond is refused. */
  documentMaxBytes: number;
  /** Rooms one client address may mint: `mintBurst` at once, then `mintPerMinute`. */
  mintPerMinute: number;
  mintBurst: number;
  /**
   * Lookups of codes that are no open room (`GET /rooms/<CODE>` and joins) one address may make:
   * `lookupMissBurst` at once, then `lookupMissesPerMinute`. Lookups that find a room cost nothing, but an
   * address that has used its misses gets `429` / `busy` for every lookup until it has one again.
   */
  lookupMissesPerMinute: number;
  lookupMissBurst: number;
  /**
   * Lookups of codes this instance does not hold that may wait at once (see `joinWaitMs`): joins and HTTP
   * lookups have a pool each, so a flood of HTTP lookups never takes the places joins need.
   */
  joinProbes: number;
  lookupProbes: number;
}

export interface RedisAddress {
  host: string;
  port: number;
  username?: string;
  password?: string;
  db?: number;
}

export interface RelayOptions {
  /** 0 picks a free port. */
  port: number;
  host: string;
  /** Allowed browser origins; `*` matches any run of characters other than `/` (e.g. `http://localhost:*`). */
  origins: string[];
  /** The HMAC key behind facilitator secrets; equal on every instance that shares rooms. */
  relayKey: string;
  /** When set, rooms are shared with other instances through Redis pub/sub. */
  redis: RedisAddress | null;
  /** A room ends after this long without activity (see README). */
  roomIdleMs: number;
  /**
   * How long a participant's join waits for a room this instance does not hold yet: its state may be on its
   * way through Redis, or from a console reconnecting to a restarted relay.
   */
  joinWaitMs: number;
  /** Unknown rooms are waited for only with Redis, or this long after the relay started (a restart). */
  restartGraceMs: number;
  /** Interval of the keepalive the relay sends each participant connection. */
  keepaliveMs: number;
  /** How long an ended room's code is remembered, so a reconnecting client hears `room-ended`. */
  endedMemoryMs: number;
  /** A room whose console has not started it (no `meta`) this long after it was opened ends. */
  unstartedRoomMs: number;
  /** Client addresses the per-address limits leave alone (by default the machine itself). */
  exemptAddresses: string[];
  /** Take the client's address from the last `X-Forwarded-For` entry (a reverse proxy in front). */
  trustProxy: boolean;
  limits: RelayLimits;
}

export const DEFAULT_LIMITS: RelayLimits = {
  facilitatorMaxBytes: 2 * 1024 * 1024,
  participantMaxBytes: 4 * 1024,
  facilitatorRate: 100,
  facilitatorBurst: 200,
  participantRate: 20,
  participantBurst: 40,
  participantsPerRoom: 60,
  documentsPerSocket: 8,
  participantsPerAddress: 10,
  socketsPerAddress: 32,
  maxSockets: 4_000,
  preAuthBytes: 16 * 1024,
  authTimeoutMs: 10_000,
  maxRooms: 100,
  documentMaxBytes: 2 * 1024 * 1024,
  mintPerMinute: 6,
  mintBurst: 10,
  lookupMissesPerMinute: 10,
  lookupMissBurst: 20,
  joinProbes: 200,
  lookupProbes: 50,
};

export const DEFAULT_OPTIONS: Omit<RelayOptions, 'relayKey'> = {
  port: 4174,
  host: '127.0.0.1',
  origins: ['http://127.0.0.1:*', 'http://localhost:*'],
  redis: null,
  roomIdleMs: 30 * 60_000,
  joinWaitMs: 3_000,
  restartGraceMs: 60_000,
  keepaliveMs: 10_000,
  endedMemoryMs: 6 * 60 * 60_000,
  unstartedRoomMs: 2 * 60_000,
  exemptAddresses: ['127.0.0.1', '::1'],
  trustProxy: false,
  limits: DEFAULT_LIMITS,
};

const count = z.coerce.number().int().positive();

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).optional(),
  HOST: z.string().min(1).optional(),
  RELAY_ORIGINS: z.string().optional(),
  RELAY_KEY: z.string().min(16, 'must be at least 16 characters').optional(),
  RELAY_KEY_FILE: z.string().min(1).optional(),
  REDIS_URL: z.url({ protocol: /^redis$/ }).optional(),
  ROOM_IDLE_MINUTES: z.coerce.number().positive().optional(),
  ROOM_IDLE_MS: count.optional(),
  ROOM_JOIN_WAIT_MS: z.coerce.number().int().nonnegative().optional(),
  RELAY_MAX_FACILITATOR_BYTES: count.optional(),
  RELAY_MAX_PARTICIPANT_BYTES: count.optional(),
  RELAY_FACILITATOR_RATE: count.optional(),
  RELAY_FACILITATOR_BURST: count.optional(),
  RELAY_PARTICIPANT_RATE: count.optional(),
  RELAY_PARTICIPANT_BURST: count.optional(),
  RELAY_MAX_PARTICIPANTS: count.optional(),
  RELAY_PARTICIPANTS_PER_ADDRESS: count.optional(),
  RELAY_SOCKETS_PER_ADDRESS: count.optional(),
  RELAY_MAX_SOCKETS: count.optional(),
  RELAY_PRE_AUTH_BYTES: count.optional(),
  RELAY_AUTH_TIMEOUT_MS: count.optional(),
  RELAY_MAX_ROOMS: count.optional(),
  RELAY_MAX_DOCUMENT_BYTES: count.optional(),
  RELAY_MINT_PER_MINUTE: count.optional(),
  RELAY_MINT_BURST: count.optional(),
  RELAY_LOOKUP_MISSES_PER_MINUTE: count.optional(),
  RELAY_LOOKUP_MISS_BURST: count.optional(),
  RELAY_JOIN_PROBES: count.optional(),
  RELAY_LOOKUP_PROBES: count.optional(),
  ROOM_UNSTARTED_MS: count.optional(),
  RELAY_EXEMPT_ADDRESSES: z.string().optional(),
  RELAY_TRUST_PROXY: z.enum(['0', '1', 'true', 'false']).optional(),
});

/** The relay's options from the environment (see README), except the key: `relayKey` is read separately. */
export function relayOptionsFromEnv(env: NodeJS.ProcessEnv): {
  options: Omit<RelayOptions, 'relayKey'>;
  relayKey: string | undefined;
  relayKeyFile: string | undefined;
} {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`);
    throw new Error(`Invalid relay environment: ${problems.join('; ')}`);
  }
  const e = parsed.data;
  const limits = DEFAULT_OPTIONS.limits;
  const options: Omit<RelayOptions, 'relayKey'> = {
    ...DEFAULT_OPTIONS,
    port: e.PORT ?? DEFAULT_OPTIONS.port,
    host: e.HOST ?? DEFAULT_OPTIONS.host,
    origins: e.RELAY_ORIGINS ? splitList(e.RELAY_ORIGINS) : DEFAULT_OPTIONS.origins,
    redis: e.REDIS_URL ? redisAddress(e.REDIS_URL) : null,
    roomIdleMs:
      e.ROOM_IDLE_MS ?? (e.ROOM_IDLE_MINUTES ? Math.round(e.ROOM_IDLE_MINUTES * 60_000) : DEFAULT_OPTIONS.roomIdleMs),
    joinWaitMs: e.ROOM_JOIN_WAIT_MS ?? DEFAULT_OPTIONS.joinWaitMs,
    unstartedRoomMs: e.ROOM_UNSTARTED_MS ?? DEFAULT_OPTIONS.unstartedRoomMs,
    exemptAddresses:
      e.RELAY_EXEMPT_ADDRESSES === undefined ? DEFAULT_OPTIONS.exemptAddresses : splitList(e.RELAY_EXEMPT_ADDRESSES),
    trustProxy: e.RELAY_TRUST_PROXY === '1' || e.RELAY_TRUST_PROXY === 'true',
    limits: {
      ...limits,
      facilitatorMaxBytes: e.RELAY_MAX_FACILITATOR_BYTES ?? limits.facilitatorMaxBytes,
      participantMaxBytes: e.RELAY_MAX_PARTICIPANT_BYTES ?? limits.participantMaxBytes,
      facilitatorRate: e.RELAY_FACILITATOR_RATE ?? limits.facilitatorRate,
      facilitatorBurst: e.RELAY_FACILITATOR_BURST ?? limits.facilitatorBurst,
      participantRate: e.RELAY_PARTICIPANT_RATE ?? limits.participantRate,
      participantBurst: e.RELAY_PARTICIPANT_BURST ?? limits.participantBurst,
      participantsPerRoom: e.RELAY_MAX_PARTICIPANTS ?? limits.participantsPerRoom,
      participantsPerAddress: e.RELAY_PARTICIPANTS_PER_ADDRESS ?? limits.participantsPerAddress,
      socketsPerAddress: e.RELAY_SOCKETS_PER_ADDRESS ?? limits.socketsPerAddress,
      maxSockets: e.RELAY_MAX_SOCKETS ?? limits.maxSockets,
      preAuthBytes: e.RELAY_PRE_AUTH_BYTES ?? limits.preAuthBytes,
      authTimeoutMs: e.RELAY_AUTH_TIMEOUT_MS ?? limits.authTimeoutMs,
      maxRooms: e.RELAY_MAX_ROOMS ?? limits.maxRooms,
      documentMaxBytes: e.RELAY_MAX_DOCUMENT_BYTES ?? limits.documentMaxBytes,
      mintPerMinute: e.RELAY_MINT_PER_MINUTE ?? limits.mintPerMinute,
      mintBurst: e.RELAY_MINT_BURST ?? limits.mintBurst,
      lookupMissesPerMinute: e.RELAY_LOOKUP_MISSES_PER_MINUTE ?? limits.lookupMissesPerMinute,
      lookupMissBurst: e.RELAY_LOOKUP_MISS_BURST ?? limits.lookupMissBurst,
      joinProbes: e.RELAY_JOIN_PROBES ?? limits.joinProbes,
      lookupProbes: e.RELAY_LOOKUP_PROBES ?? limits.lookupProbes,
    },
  };
  return { options, relayKey: e.RELAY_KEY, relayKeyFile: e.RELAY_KEY_FILE };
}

function splitList(value: string): string[] {
  return value
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
}

function redisAddress(url: string): RedisAddress {
  const parsed = new URL(url);
  const db = parsed.pathname.replace(/^\//, '');
  return {
    host: parsed.hostname || '127.0.0.1',
    port: parsed.port ? Number(parsed.port) : 6379,
    ...(parsed.username ? { username: decodeURIComponent(parsed.username) } : {}),
    ...(parsed.password ? { password: decodeURIComponent(parsed.password) } : {}),
    ...(db ? { db: Number(db) } : {}),
  };
}
