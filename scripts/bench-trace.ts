/**
 * `npm run bench:trace` (after the build): a Chromium trace of the key -> frame path (a fresh session, or with
 * BENCH_TRACE_SESSION=long one as after 90 minutes; BENCH_TRACE_ACTIONS keys, 12), written to BENCH_TRACE_FILE (default: the system's temporary folder), and a summary of it: on the
 * console's main thread from the key to the BroadcastChannel message, on the projector's from the message to the
 * painted frame, where the time went (trace events by name, and JavaScript by function from the sampling profiler).
 * The cuts are User Timing marks the probe sets (scripts/bench-frame-probe.ts): bench:key, bench:bc-send,
 * bench:bc-receive, bench:painted.
 */
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { freshSession, longSession } from './bench-console-session';
import { measureKeyToFrame, openPair } from './bench-latency';
import { median } from './bench-tools';
import { launchChromium } from './chromium';
import { serveDist } from './static-server';

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  cat?: string;
  id?: string;
  args?: {
    name?: string;
    data?: {
      startTime?: number;
      cpuProfile?: {
        nodes?: {
          id: number;
          parent?: number;
          callFrame: { functionName: string; url?: string; lineNumber?: number };
        }[];
        samples?: number[];
      };
      timeDeltas?: number[];
    };
  };
}

const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'blink.user_timing',
  'v8.execute',
  'disabled-by-default-v8.cpu_profiler',
  'blink',
  'cc',
  'gpu',
  'toplevel',
];

interface Window {
  pid: number;
  tid: number;
  from: number;
  to: number;
}

interface Sample {
  ts: number;
  frame: string;
}

/** The profiler's samples of every thread, each named by its JavaScript function (self time). */
function samplesOf(events: TraceEvent[]): Map<string, Sample[]> {
  const profiles = new Map<string, { pid: number; tid: number; time: number; nodes: Map<number, string> }>();
  const samples = new Map<string, Sample[]>();
  for (const event of events) {
    const key = `${event.pid}:${event.id}`;
    if (event.name === 'Profile') {
      profiles.set(key, {
        pid: event.pid,
        tid: event.tid,
        time: event.args?.data?.startTime ?? event.ts,
        nodes: new Map(),
      });
      continue;
    }
    if (event.name !== 'ProfileChunk') continue;
    const profile = profiles.get(key);
    if (!profile) continue;
    const data = event.args?.data;
    for (const node of data?.cpuProfile?.nodes ?? []) {
      const { functionName, url, lineNumber } = node.callFrame;
      const file = (url ?? '').split('/').pop() ?? '';
      profile.nodes.set(node.id, `${functionName || '(anonymous)'}${file ? ` ${file}:${(lineNumber ?? 0) + 1}` : ''}`);
    }
    const thread = `${profile.pid}:${profile.tid}`;
    const list = samples.get(thread) ?? [];
    samples.set(thread, list);
    (data?.cpuProfile?.samples ?? []).forEach((id, i) => {
      profile.time += data?.timeDeltas?.[i] ?? 0;
      list.push({ ts: profile.time, frame: profile.nodes.get(id) ?? `node ${id}` });
    });
  }
  for (const list of samples.values()) list.sort((a, b) => a.ts - b.ts);
  return samples;
}

/** Thread names by `pid:tid`, from the trace's metadata. */
function threadNames(events: TraceEvent[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const e of events)
    if (e.ph === 'M' && e.name === 'thread_name') names.set(`${e.pid}:${e.tid}`, e.args?.name ?? '');
  return names;
}

/** Busy time on every thread of the browser (compositor, raster, GPU) inside the windows: top-level events only. */
function otherThreads(events: TraceEvent[], windows: Window[]) {
  const names = threadNames(events);
  const busy = new Map<string, number>();
  for (const w of windows) {
    const seen = new Map<string, number>();
    for (const e of events) {
      if (e.ph !== 'X' || !e.dur || (e.pid === w.pid && e.tid === w.tid)) continue;
      if (!['RunTask', 'ThreadControllerImpl::RunTask', 'ThreadPool_RunTask'].includes(e.name)) continue;
      const overlap = Math.min(e.ts + e.dur, w.to) - Math.max(e.ts, w.from);
      if (overlap <= 0) continue;
      const thread = `${e.pid === w.pid ? 'projector' : `pid ${e.pid}`} ${names.get(`${e.pid}:${e.tid}`) ?? e.tid}`;
      seen.set(thread, (seen.get(thread) ?? 0) + overlap / 1000);
    }
    for (const [thread, ms] of seen) busy.set(thread, (busy.get(thread) ?? 0) + ms);
  }
  return [...busy]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 8)
    .map(([thread, ms]) => `      ${(ms / windows.length).toFixed(2).padStart(7)} ms  ${thread}`)
    .join('\n');
}

/** Where the time of a set of windows on one thread went: top-level trace events by name, JS by function. */
function summarise(events: TraceEvent[], samples: Map<string, Sample[]>, windows: Window[], label: string) {
  if (windows.length === 0) return console.log(`  ${label}: no windows found in the trace`);
  const spans = windows.map((w) => (w.to - w.from) / 1000);
  const byName = new Map<string, number>();
  const byFunction = new Map<string, number>();
  for (const w of windows) {
    for (const e of events) {
      if (e.pid !== w.pid || e.tid !== w.tid || e.ph !== 'X' || !e.dur) continue;
      const overlap = Math.min(e.ts + e.dur, w.to) - Math.max(e.ts, w.from);
      if (overlap <= 0) continue;
      if (['RunTask', 'ThreadControllerImpl::RunTask', 'RunMicrotasks'].includes(e.name)) continue;
      byName.set(e.name, (byName.get(e.name) ?? 0) + overlap / 1000);
    }
    const list = samples.get(`${w.pid}:${w.tid}`) ?? [];
    for (let i = 1; i < list.length; i++) {
      const sample = list[i]!;
      if (sample.ts < w.from || sample.ts > w.to) continue;
      const took = (sample.ts - list[i - 1]!.ts) / 1000;
      byFunction.set(sample.frame, (byFunction.get(sample.frame) ?? 0) + took);
    }
  }
  const n = windows.length;
  const top = (map: Map<string, number>, count: number) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, count)
      .map(([name, total]) => `      ${(total / n).toFixed(2).padStart(7)} ms  ${name}`)
      .join('\n');
  console.log(
    `  ${label}: ${n} windows, median ${median(spans).toFixed(1)} ms (max ${Math.max(...spans).toFixed(1)} ms)`,
  );
  console.log('    trace events (inclusive, nested ones counted too; mean per window):');
  console.log(top(byName, 14));
  console.log('    JavaScript, self time by function (sampling profiler; mean per window):');
  console.log(top(byFunction, 14));
}

/** Cuts the trace at the probe's marks and prints the two summaries. */
export function summariseTrace(file: string) {
  const parsed = JSON.parse(readFileSync(file, 'utf8')) as { traceEvents?: TraceEvent[] } | TraceEvent[];
  const events = Array.isArray(parsed) ? parsed : (parsed.traceEvents ?? []);
  const marks = (name: string) =>
    events.filter((e) => e.name === name && (e.cat ?? '').includes('user_timing')).sort((a, b) => a.ts - b.ts);
  const keys = marks('bench:key');
  const sends = marks('bench:bc-send');
  const receives = marks('bench:bc-receive');
  const painted = marks('bench:painted');
  const consoleWindows: Window[] = [];
  const projectorWindows: Window[] = [];
  for (const key of keys) {
    const send = sends.find((e) => e.pid === key.pid && e.ts >= key.ts);
    if (!send) continue;
    consoleWindows.push({ pid: key.pid, tid: key.tid, from: key.ts, to: send.ts });
    const receive = receives.find((e) => e.pid !== key.pid && e.ts >= send.ts);
    if (!receive) continue;
    const paint = painted.find((e) => e.pid === receive.pid && e.ts >= receive.ts);
    if (paint) projectorWindows.push({ pid: receive.pid, tid: receive.tid, from: receive.ts, to: paint.ts });
  }
  const samples = samplesOf(events);
  console.log(`\nTrace ${file}:`);
  summarise(events, samples, consoleWindows, 'console, key down -> BroadcastChannel message sent');
  summarise(events, samples, projectorWindows, 'projector, message received -> frame painted');
  if (projectorWindows.length) {
    console.log('    meanwhile on other threads (tasks; mean per window):');
    console.log(otherThreads(events, projectorWindows));
  }
}

/** Records the trace of a fresh session's key -> frame path, then summarises it. */
export async function recordTrace(url: string, file: string, actions: number) {
  const browser = await launchChromium();
  try {
    const pair = await openPair(browser);
    // BENCH_TRACE_SESSION=long: the session as after 90 minutes (scripts/bench-console-session.ts) instead of a fresh one.
    if (process.env.BENCH_TRACE_SESSION === 'long') await longSession(pair, url, process.env.BENCH_DIST ?? 'dist');
    else await freshSession(pair, url);
    await measureKeyToFrame(pair, ['f', 'ArrowRight', 'f', 'ArrowLeft'], 4);
    // BENCH_TRACE_CATEGORIES: more categories, comma-separated (e.g. viz, to see the display compositor's work).
    const more = (process.env.BENCH_TRACE_CATEGORIES ?? '').split(',').filter(Boolean);
    await browser.startTracing(undefined, { path: file, categories: [...CATEGORIES, ...more] });
    const measured = await measureKeyToFrame(pair, ['f', 'ArrowRight', 'f', 'ArrowLeft'], actions);
    await browser.stopTracing();
    console.log(`key -> painted frame while tracing: median ${median(measured.painted).toFixed(1)} ms of ${actions}`);
    await pair.context.close();
  } finally {
    await browser.close();
  }
  summariseTrace(file);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const file = process.env.BENCH_TRACE_FILE ?? join(tmpdir(), 'tegenwicht-key-to-frame.trace.json');
  if (process.argv[2]) summariseTrace(process.argv[2]);
  else {
    // BENCH_DIST: another build folder, e.g. one built with `--minify false` for readable function names.
    const server = await serveDist(process.env.BENCH_DIST ?? 'dist');
    try {
      await recordTrace(server.url, file, Number(process.env.BENCH_TRACE_ACTIONS ?? 12));
    } finally {
      await server.close();
    }
  }
}
