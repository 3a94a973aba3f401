/**
 * What `scripts/bench-rooms.ts` and the relay it forks (`scripts/bench-rooms-relay.ts`) tell each other over
 * the IPC channel. Types only.
 */
import type { RelayLimits } from '../server/index';

/** Bench -> relay process. */
export type BenchToRelay =
  | { type: 'start'; relayKey: string; limits: Partial<RelayLimits> }
  /** A snapshot; with `reset`, the phase figures (peaks, CPU, event loop) start again after it. */
  | { type: 'stats'; id: number; reset: boolean }
  | { type: 'close' };

/** Relay process -> bench. */
export type RelayToBench =
  | { type: 'ready'; url: string; httpUrl: string; port: number }
  | { type: 'stats'; id: number; stats: RelayStats }
  | { type: 'closed'; stats: RelayStats }
  | { type: 'failed'; error: string };

export interface PhaseFigures {
  /** Wall time the phase has lasted, ms. */
  wallMs: number;
  /** CPU time (user + system) over wall time, in % of one core. */
  cpuPercent: number;
  /** Peaks of the 100 ms samples (and of this snapshot), MB. */
  peakRssMb: number;
  peakHeapUsedMb: number;
  /** Event-loop delay, ms: how late the relay's loop ran its work. */
  loopP50Ms: number;
  loopP99Ms: number;
  loopMaxMs: number;
}

export interface RelayStats {
  /** Now, MB. */
  rssMb: number;
  heapUsedMb: number;
  /** Over the process's whole life, MB. */
  peakRssMb: number;
  peakHeapUsedMb: number;
  samples: number;
  phase: PhaseFigures;
  /** Hocuspocus's counts: document connections (a console has two) and loaded documents. */
  connections: number;
  documents: number;
}
