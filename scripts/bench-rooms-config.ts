/** The settings of `npm run bench:rooms`, from the environment (read once, immutable). */
import type { RelayLimits } from '../server/index';
import { DEFAULT_LIMITS } from '../server/relay-options';

function positiveNumber(name: string, fallback: number, integer = true): number {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0 || (integer && !Number.isInteger(value)))
    throw new Error(`bench:rooms: ${name} must be a positive ${integer ? 'integer' : 'number'}, not "${raw}"`);
  return value;
}

export interface RoomsConfig {
  rooms: number;
  participants: number;
  updates: number;
  /** Updates per second per room. */
  rate: number;
  /** The first updates of each room count as start-up, apart from the steady state. */
  startupUpdates: number;
  /** Client processes the rooms are spread over. */
  clientProcesses: number;
  connectConcurrency: number;
  /** Relay and bare runs, taking turns. */
  pairs: number;
  timeoutMs: number;
}

export function readConfig(): RoomsConfig {
  return Object.freeze({
    rooms: positiveNumber('BENCH_ROOMS', 50),
    participants: positiveNumber('BENCH_PARTICIPANTS', 20),
    updates: positiveNumber('BENCH_UPDATES', 30),
    rate: positiveNumber('BENCH_RATE', 10, false),
    startupUpdates: positiveNumber('BENCH_STARTUP_UPDATES', 5),
    clientProcesses: positiveNumber('BENCH_CLIENT_PROCESSES', 2),
    connectConcurrency: positiveNumber('BENCH_CONNECT_CONCURRENCY', 50),
    pairs: positiveNumber('BENCH_PAIRS', 3),
    timeoutMs: positiveNumber('BENCH_TIMEOUT_S', 300, false) * 1000,
  });
}

/**
 * The relay's limits for the bench's own relay process: the defaults, except those that count per client address,
 * because every client of the bench comes from 127.0.0.1 (a real room's phones come from as many addresses).
 */
export function benchLimits(config: RoomsConfig): { limits: Partial<RelayLimits>; notes: string[] } {
  const sockets = config.rooms * (config.participants + 1) + 50;
  const raised: Partial<RelayLimits> = {
    socketsPerAddress: Math.max(DEFAULT_LIMITS.socketsPerAddress, sockets),
    maxSockets: Math.max(DEFAULT_LIMITS.maxSockets, sockets),
    participantsPerAddress: Math.max(DEFAULT_LIMITS.participantsPerAddress, config.participants),
    participantsPerRoom: Math.max(DEFAULT_LIMITS.participantsPerRoom, config.participants),
    mintBurst: Math.max(DEFAULT_LIMITS.mintBurst, config.rooms),
    mintPerMinute: Math.max(DEFAULT_LIMITS.mintPerMinute, config.rooms),
    maxRooms: Math.max(DEFAULT_LIMITS.maxRooms, config.rooms),
  };
  const limits: Partial<RelayLimits> = {};
  const notes: string[] = [];
  for (const [key, value] of Object.entries(raised) as [keyof RelayLimits, number][]) {
    if (value === DEFAULT_LIMITS[key]) continue;
    limits[key] = value;
    notes.push(`${key} ${DEFAULT_LIMITS[key]} -> ${value}`);
  }
  return { limits, notes };
}
