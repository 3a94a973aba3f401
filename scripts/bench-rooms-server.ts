/**
 * The server of `npm run bench:rooms`, in a process of its own so that its memory and CPU are measured alone,
 * without the benchmark's clients: the relay (`server/index.ts`, with the limits the bench gives), or the bare
 * Hocuspocus it is built on (no extensions, no auth, no limits), for the floor. `scripts/bench-rooms.ts` forks it
 * with an IPC channel (see `bench-rooms-ipc.ts`); it is not meant to be run by hand. It samples
 * `process.memoryUsage()` every 100 ms and stops by itself when the bench goes away or after
 * `BENCH_RELAY_LIFETIME_MS`.
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';

import { Server } from '@hocuspocus/server';
import { startRelay } from '../server/index';
import type { BenchToServer, PhaseFigures, ServerStats, ServerToBench } from './bench-rooms-ipc';

interface Running {
  close: () => Promise<void>;
  connections: () => number;
  documents: () => number;
}

const MB = 1024 * 1024;

if (!process.send) {
  console.error('bench-rooms-server: start it through `npm run bench:rooms` (it needs an IPC channel).');
  process.exit(1);
}

const send = (message: ServerToBench) => process.send?.(message);
/** Sends, and resolves once the message is on its way (before the process may exit). */
const sendNow = (message: ServerToBench) =>
  new Promise<void>((resolve) => {
    if (!process.send?.(message, undefined, {}, () => resolve())) resolve();
  });

// Never outlive the bench: a hard stop whatever happens.
const lifetimeMs = Number(process.env.BENCH_RELAY_LIFETIME_MS) || 180_000;
setTimeout(() => {
  console.error(`bench-rooms-server: still running after ${lifetimeMs} ms, stopping.`);
  process.exit(2);
}, lifetimeMs).unref();

let relay: Running | undefined;
let closing: Promise<void> | undefined;

// Memory, sampled every 100 ms; peaks over the whole life and over the current phase.
let peakRss = 0;
let peakHeap = 0;
let phasePeakRss = 0;
let phasePeakHeap = 0;
let samples = 0;
function sample(): { rss: number; heapUsed: number } {
  const { rss, heapUsed } = process.memoryUsage();
  samples += 1;
  peakRss = Math.max(peakRss, rss);
  peakHeap = Math.max(peakHeap, heapUsed);
  phasePeakRss = Math.max(phasePeakRss, rss);
  phasePeakHeap = Math.max(phasePeakHeap, heapUsed);
  return { rss, heapUsed };
}
const sampler = setInterval(sample, 100);
sampler.unref();
sample();

/** The histogram holds the time between its timer's ticks: the delay is that minus the resolution. */
const LOOP_RESOLUTION_MS = 2;
const loop = monitorEventLoopDelay({ resolution: LOOP_RESOLUTION_MS });
loop.enable();
let phaseStart = performance.now();
let phaseCpu = process.cpuUsage();

const loopDelay = (ns: number) => (loop.count > 0 ? Math.max(0, ns / 1e6 - LOOP_RESOLUTION_MS) : 0);

function snapshot(reset: boolean): ServerStats {
  const now = sample();
  const wallMs = performance.now() - phaseStart;
  const cpu = process.cpuUsage(phaseCpu);
  const phase: PhaseFigures = {
    wallMs,
    cpuPercent: wallMs > 0 ? ((cpu.user + cpu.system) / 1000 / wallMs) * 100 : 0,
    peakRssMb: phasePeakRss / MB,
    peakHeapUsedMb: phasePeakHeap / MB,
    loopP50Ms: loopDelay(loop.percentile(50)),
    loopP99Ms: loopDelay(loop.percentile(99)),
    loopMaxMs: loopDelay(loop.max),
  };
  const stats: ServerStats = {
    rssMb: now.rss / MB,
    heapUsedMb: now.heapUsed / MB,
    peakRssMb: peakRss / MB,
    peakHeapUsedMb: peakHeap / MB,
    samples,
    phase,
    connections: relay?.connections() ?? 0,
    documents: relay?.documents() ?? 0,
  };
  if (reset) {
    phaseStart = performance.now();
    phaseCpu = process.cpuUsage();
    phasePeakRss = now.rss;
    phasePeakHeap = now.heapUsed;
    loop.reset();
  }
  return stats;
}

function close(): Promise<void> {
  closing ??= (async () => {
    clearInterval(sampler);
    try {
      await relay?.close();
    } finally {
      loop.disable();
    }
  })();
  return closing;
}

function exitAfter(promise: Promise<void>, code: number): void {
  promise.then(
    () => process.exit(code),
    (error: unknown) => {
      console.error('bench-rooms-server: closing failed', error);
      process.exit(1);
    },
  );
}

async function start(message: BenchToServer & { type: 'start' }): Promise<ServerToBench> {
  if (message.kind === 'bare') {
    const server = new Server({ port: 0, address: '127.0.0.1', quiet: true });
    const hocuspocus = await server.listen();
    relay = {
      close: () => server.destroy(),
      connections: () => hocuspocus.getConnectionsCount(),
      documents: () => hocuspocus.getDocumentsCount(),
    };
    const { port } = server.address;
    return { type: 'ready', url: `ws://127.0.0.1:${port}`, httpUrl: null, port };
  }
  const started = await startRelay({ port: 0, host: '127.0.0.1', relayKey: message.relayKey, limits: message.limits });
  relay = {
    close: () => started.close(),
    connections: () => started.instance.getConnectionsCount(),
    documents: () => started.instance.getDocumentsCount(),
  };
  return { type: 'ready', url: started.url, httpUrl: started.httpUrl, port: started.port };
}

process.on('message', (raw: unknown) => {
  const message = raw as BenchToServer;
  switch (message.type) {
    case 'start':
      if (relay) return;
      start(message).then(
        (ready) => send(ready),
        (error: unknown) => exitAfter(sendNow({ type: 'failed', error: String(error) }), 1),
      );
      return;
    case 'stats':
      send({ type: 'stats', id: message.id, stats: snapshot(message.reset) });
      return;
    case 'close': {
      const stats = snapshot(false);
      exitAfter(
        close().then(async () => {
          await sendNow({ type: 'closed', stats });
          process.disconnect?.();
        }),
        0,
      );
      return;
    }
  }
});

// The bench went away (ended or crashed): let go and stop.
process.on('disconnect', () => exitAfter(close(), 0));
