/**
 * `npm run bench:rooms`: many rooms on one relay, beside the bare Hocuspocus it is built on (the floor: same
 * clients, same run, taking turns), on loopback (127.0.0.1) only.
 *
 * The server runs in a process of its own (scripts/bench-rooms-server.ts), the clients are spread over
 * BENCH_CLIENT_PROCESSES processes (scripts/bench-rooms-clients.ts), each with whole rooms: a facilitator mints the
 * room (the app's `mintRoom`; the bare server needs none), writes meta and a first view, then BENCH_PARTICIPANTS
 * phones join. Once all are in, every facilitator publishes BENCH_UPDATES views at BENCH_RATE per second; the first
 * BENCH_STARTUP_UPDATES of each room are the start-up, the rest the steady state. Then every phone answers once and
 * waits for the relay's ack. Prints latency p50 / p95 per phase for both servers, the ratio relay / bare, and what was
 * lost. The relay runs with its default limits except those counted per client address (every client of the bench
 * is 127.0.0.1), which it raises for its own relay process and prints.
 *
 * Env: BENCH_ROOMS (50), BENCH_PARTICIPANTS (20), BENCH_UPDATES (30), BENCH_RATE (10), BENCH_STARTUP_UPDATES (5),
 * BENCH_CLIENT_PROCESSES (2), BENCH_CONNECT_CONCURRENCY (50 per process), BENCH_PAIRS (3: one pair's ratio spread from 0.4x to 1.6x on a 2-core machine), BENCH_TIMEOUT_S (300).
 * Exit 0 with a report (PASS or FAIL), 1 when a run crashed.
 */
import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { loadavg } from 'node:os';

import { benchLimits, readConfig, type RoomsConfig } from './bench-rooms-config';
import type {
  BenchToClients,
  BenchToServer,
  ClientResult,
  ClientsToBench,
  ServerKind,
  ServerStats,
  ServerToBench,
} from './bench-rooms-ipc';
import { forkScript, nextMessage, stop } from './bench-rooms-processes';
import { median, percentile } from './bench-tools';

const AIM_RATIO = 1.2;

interface RunResult {
  kind: ServerKind;
  clients: ClientResult[];
  server: ServerStats;
  connectMs: number;
}

async function runOnce(kind: ServerKind, config: RoomsConfig, limits: ReturnType<typeof benchLimits>['limits']) {
  const server = forkScript('./bench-rooms-server.ts', { BENCH_RELAY_LIFETIME_MS: String(config.timeoutMs) });
  const clients: ChildProcess[] = [];
  try {
    const toServer = (message: BenchToServer) => server.send(message);
    const ready = nextMessage<ServerToBench, ServerToBench & { type: 'ready' }>(
      server,
      (m) => (m.type === 'ready' ? m : undefined),
      30_000,
      `the ${kind} server`,
    );
    toServer({ type: 'start', kind, relayKey: randomBytes(32).toString('base64url'), limits });
    const { url, httpUrl } = await ready;
    const perProcess = Math.ceil(config.rooms / config.clientProcesses);
    const started = performance.now();
    const connected = [];
    for (let first = 0; first < config.rooms; first += perProcess) {
      const child = forkScript('./bench-rooms-clients.ts');
      clients.push(child);
      const job = {
        url,
        httpUrl,
        firstRoom: first,
        roomCount: Math.min(perProcess, config.rooms - first),
        participants: config.participants,
        updates: config.updates,
        rate: config.rate,
        startupUpdates: config.startupUpdates,
        connectConcurrency: config.connectConcurrency,
      };
      connected.push(
        nextMessage<ClientsToBench, true>(child, (m) => (m.type === 'ready' ? true : undefined), 120_000, 'clients'),
      );
      child.send({ type: 'job', job } satisfies BenchToClients);
    }
    await Promise.all(connected);
    const connectMs = performance.now() - started;
    const stats = (reset: boolean) => {
      const id = Math.random();
      const answer = nextMessage<ServerToBench, ServerStats>(
        server,
        (m) => (m.type === 'stats' && m.id === id ? m.stats : undefined),
        10_000,
        'server stats',
      );
      toServer({ type: 'stats', id, reset });
      return answer;
    };
    await stats(true);
    const done = clients.map((child) =>
      nextMessage<ClientsToBench, ClientResult>(
        child,
        (m) => (m.type === 'done' ? m.result : undefined),
        config.timeoutMs,
        'clients',
      ),
    );
    for (const child of clients) child.send({ type: 'publish' } satisfies BenchToClients);
    const results = await Promise.all(done);
    const serverStats = await stats(false);
    for (const child of clients) child.send({ type: 'finish' } satisfies BenchToClients);
    toServer({ type: 'close' });
    await nextMessage<ServerToBench, true>(server, (m) => (m.type === 'closed' ? true : undefined), 15_000, 'close');
    return { kind, clients: results, server: serverStats, connectMs } satisfies RunResult;
  } finally {
    setTimeout(() => [server, ...clients].forEach(stop), 1_000).unref();
  }
}

const ms = (value: number) => (Number.isFinite(value) ? `${value.toFixed(1)} ms` : 'n/a');
const line = (label: string, value: string) => console.log(`  ${label.padEnd(30)} ${value}`);

function summary(runs: RunResult[]) {
  const all = (pick: (c: ClientResult) => number[]) => runs.flatMap((run) => run.clients.flatMap(pick));
  const sum = (pick: (c: ClientResult) => number) =>
    runs.reduce((s, r) => s + r.clients.reduce((t, c) => t + pick(c), 0), 0);
  return {
    startup: all((c) => c.startup),
    steady: all((c) => c.steady),
    lost: sum((c) => c.shortOfFinal) + sum((c) => c.unseen) + (sum((c) => c.answersSent) - sum((c) => c.answersAcked)),
    shortOfFinal: sum((c) => c.shortOfFinal),
    unseen: sum((c) => c.unseen),
    answers: `${sum((c) => c.answersAcked)} / ${sum((c) => c.answersSent)}`,
    ready: `${sum((c) => c.participantsReady)} / ${sum((c) => c.participantsExpected)}`,
    dropped: sum((c) => c.socketsDropped),
    connectMs: median(runs.map((r) => r.connectMs)),
    serverCpu: median(runs.map((r) => r.server.phase.cpuPercent)),
    serverRss: Math.max(...runs.map((r) => r.server.peakRssMb)),
    clientCpu: median(runs.flatMap((r) => r.clients.map((c) => c.cpuPercent))),
  };
}

const config = readConfig();
const { limits, notes } = benchLimits(config);
console.log(
  `\nRooms bench: ${config.rooms} rooms x ${config.participants} phones, ${config.updates} updates per room at ` +
    `${config.rate}/s, clients in ${config.clientProcesses} processes, loopback only; load average ` +
    loadavg()
      .map((l) => l.toFixed(1))
      .join(' '),
);
line('relay limits', `defaults, except (all clients are 127.0.0.1): ${notes.join('; ') || 'none'}`);
const runs: RunResult[] = [];
const watchdog = setTimeout(
  () => {
    console.error('bench:rooms: gave up (BENCH_TIMEOUT_S x runs)');
    process.exit(1);
  },
  config.timeoutMs * config.pairs * 2 + 60_000,
);
watchdog.unref();
try {
  for (let pair = 0; pair < config.pairs; pair++)
    for (const kind of (pair % 2 === 0 ? ['relay', 'bare'] : ['bare', 'relay']) as ServerKind[]) {
      runs.push(await runOnce(kind, config, kind === 'relay' ? limits : {}));
      console.log(`  run ${runs.length}: ${kind} done`);
    }
} catch (error) {
  console.error('\nbench:rooms crashed:', error);
  process.exit(1);
}
const relay = summary(runs.filter((r) => r.kind === 'relay'));
const bare = summary(runs.filter((r) => r.kind === 'bare'));
console.log('\nLatency, facilitator -> server -> phone (p50 / p95)');
for (const [name, s] of [
  ['bare Hocuspocus (floor)', bare],
  ['relay', relay],
] as const) {
  line(`${name}, start-up`, `${ms(median(s.startup))} / ${ms(percentile(s.startup, 95))} (n = ${s.startup.length})`);
  line(`${name}, steady`, `${ms(median(s.steady))} / ${ms(percentile(s.steady, 95))} (n = ${s.steady.length})`);
}
const ratio = (a: number[], b: number[], p: number) => percentile(a, p) / percentile(b, p);
const steadyRatio = ratio(relay.steady, bare.steady, 95);
line(
  'ratio relay / bare, steady',
  `p50 ${ratio(relay.steady, bare.steady, 50).toFixed(2)}x, p95 ${steadyRatio.toFixed(2)}x`,
);
line(
  'ratio relay / bare, start-up',
  `p50 ${ratio(relay.startup, bare.startup, 50).toFixed(2)}x, p95 ${ratio(relay.startup, bare.startup, 95).toFixed(2)}x`,
);
console.log('\nConnect, lost, load');
for (const [name, s] of [
  ['bare', bare],
  ['relay', relay],
] as const) {
  line(`${name}: phones in`, `${s.ready}, all connected in ${(s.connectMs / 1000).toFixed(1)} s (median of runs)`);
  line(
    `${name}: lost`,
    `${s.lost} (short of the final view ${s.shortOfFinal}, updates nobody saw ${s.unseen}` +
      (name === 'relay' ? `, answers acked ${s.answers})` : ')'),
  );
  line(
    `${name}: CPU`,
    `server ${s.serverCpu.toFixed(0)}% of a core, peak RSS ${s.serverRss.toFixed(0)} MB; ` +
      `each client process ${s.clientCpu.toFixed(0)}%; sockets dropped ${s.dropped}`,
  );
}
const pass = steadyRatio <= AIM_RATIO && relay.lost === 0 && bare.lost === 0 && relay.steady.length > 0;
console.log(
  `\n${pass ? 'PASS' : 'FAIL'}: steady p95 relay / bare ${steadyRatio.toFixed(2)}x (aim <= ${AIM_RATIO}), lost ${relay.lost}\n`,
);
process.exit(0);
