/**
 * What `scripts/bench-rooms.ts`, the server process it forks (`bench-rooms-server.ts`: the relay or a bare
 * Hocuspocus) and its client processes (`bench-rooms-clients.ts`) tell each other over IPC. Types only.
 */
import type { RelayLimits } from '../server/index';

export type ServerKind = 'relay' | 'bare';

/** Bench -> server process. */
export type BenchToServer =
  | { type: 'start'; kind: ServerKind; relayKey: string; limits: Partial<RelayLimits> }
  /** A snapshot; with `reset`, the phase figures (peaks, CPU, event loop) start again after it. */
  | { type: 'stats'; id: number; reset: boolean }
  | { type: 'close' };

/** Server process -> bench. */
export type ServerToBench =
  | { type: 'ready'; url: string; httpUrl: string | null; port: number }
  | { type: 'stats'; id: number; stats: ServerStats }
  | { type: 'closed'; stats: ServerStats }
  | { type: 'failed'; error: string };

export interface PhaseFigures {
  /** Wall time the phase has lasted, ms. */
  wallMs: number;
  /** CPU time (user + system) over wall time, in % of one core. */
  cpuPercent: number;
  /** Peaks of the 100 ms samples (and of this snapshot), MB. */
  peakRssMb: number;
  peakHeapUsedMb: number;
  /** Event-loop delay, ms: how late the server's loop ran its work. */
  loopP50Ms: number;
  loopP99Ms: number;
  loopMaxMs: number;
}

export interface ServerStats {
  rssMb: number;
  heapUsedMb: number;
  peakRssMb: number;
  peakHeapUsedMb: number;
  samples: number;
  phase: PhaseFigures;
  connections: number;
  documents: number;
}

/** What a client process is to do: its rooms, on which server. */
export interface ClientJob {
  url: string;
  /** The relay's HTTP base for minting rooms; null for the bare server (its rooms need no minting). */
  httpUrl: string | null;
  /** Which rooms of the run (indices) this process plays. */
  firstRoom: number;
  roomCount: number;
  participants: number;
  updates: number;
  rate: number;
  startupUpdates: number;
  connectConcurrency: number;
}

/** Bench -> client process. */
export type BenchToClients = { type: 'job'; job: ClientJob } | { type: 'publish' } | { type: 'finish' };

export interface ClientResult {
  /** ms from a facilitator's `sentAt` to a participant's view, in start-up and in steady state. */
  startup: number[];
  steady: number[];
  connectMs: number;
  participantsReady: number;
  participantsExpected: number;
  /** Participants that did not reach their room's final view. */
  shortOfFinal: number;
  /** (room, seq) pairs no participant of the room saw. */
  unseen: number;
  answersSent: number;
  answersAcked: number;
  socketsDropped: number;
  cpuPercent: number;
}

/** Client process -> bench. */
export type ClientsToBench =
  | { type: 'ready'; connectMs: number; participantsReady: number }
  | { type: 'done'; result: ClientResult }
  | { type: 'failed'; error: string };
