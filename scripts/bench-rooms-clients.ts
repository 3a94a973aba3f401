/**
 * A client process of `npm run bench:rooms` (forked by `bench-rooms.ts`, one of BENCH_CLIENT_PROCESSES): plays the
 * rooms of its job, each a facilitator (one socket carrying the public and the private document, as the console)
 * and its participants (one socket each, as phones). The facilitator and the phones of a room are in the same
 * process, so each latency is read on one clock. On `publish`, every facilitator publishes its views at the rate
 * asked; after the last one, every connected phone answers once and waits for the relay's ack (the bare server
 * has no answers). Uses the app's protocol helpers: `mintRoom`, `startRoomMeta`, the tokens and document names.
 */
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import WebSocket from 'ws';
import * as Y from 'yjs';

import {
  ROOM_MAPS,
  VIEW_KEY,
  facilitatorToken,
  newParticipantKey,
  parseRelayMessage,
  participantToken,
  privateDocumentName,
  publicDocumentName,
  type AnswerMessage,
} from '../src/domain/room-protocol';
import type { DilemmaCard } from '../src/domain/deck-schema';
import { startRoomMeta } from '../src/sync/room-documents';
import { mintRoom } from '../src/sync/room-link';
import type { BenchToClients, ClientJob, ClientResult, ClientsToBench } from './bench-rooms-ipc';
import { benchView, loadDilemmas, nowMs, readObservedView } from './bench-rooms-view';

const CONNECT_TIMEOUT_MS = 30_000;
const DRAIN_TIMEOUT_MS = 15_000;
const ANSWER_TIMEOUT_MS = 15_000;

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

async function waitUntil(check: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = performance.now() + timeoutMs;
  while (!check()) {
    if (performance.now() > deadline) return false;
    await sleep(10);
  }
  return true;
}

async function pool<T>(items: readonly T[], limit: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await task(items[next++] as T);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

const openSocket = (url: string) => new HocuspocusProviderWebsocket({ url, WebSocketPolyfill: WebSocket });

/** What the phones of one room saw: per seq, how many; and each latency, by phase. */
class RoomTally {
  readonly seen: Uint32Array;
  final = 0;
  constructor(
    readonly job: ClientJob,
    private readonly latencies: { startup: number[]; steady: number[] },
  ) {
    this.seen = new Uint32Array(job.updates + 1);
  }
  record(seq: number, latency: number) {
    if (seq < 1 || seq > this.job.updates) return;
    (seq <= this.job.startupUpdates ? this.latencies.startup : this.latencies.steady).push(latency);
    this.seen[seq]! += 1;
    if (seq === this.job.updates) this.final += 1;
  }
}

class Facilitator {
  readonly socket: HocuspocusProviderWebsocket;
  readonly publicDoc = new Y.Doc();
  readonly privateDoc = new Y.Doc();
  readonly providers: HocuspocusProvider[];

  constructor(
    url: string,
    readonly index: number,
    readonly code: string,
    secret: string,
    private readonly cards: readonly DilemmaCard[],
  ) {
    this.socket = openSocket(url);
    const open = (name: string, document: Y.Doc) => {
      const provider = new HocuspocusProvider({
        websocketProvider: this.socket,
        name,
        token: facilitatorToken(secret),
        document,
      });
      provider.attach();
      return provider;
    };
    this.providers = [open(publicDocumentName(code), this.publicDoc), open(privateDocumentName(code), this.privateDoc)];
  }

  async start(): Promise<void> {
    const synced = () => this.providers.every((p) => p.isSynced && !p.hasUnsyncedChanges);
    if (!(await waitUntil(synced, CONNECT_TIMEOUT_MS))) throw new Error(`room ${this.code}: the console did not sync`);
    startRoomMeta(this.publicDoc);
    this.publish(0);
    if (!(await waitUntil(synced, CONNECT_TIMEOUT_MS)))
      throw new Error(`room ${this.code}: meta and the first view were not confirmed`);
  }

  publish(seq: number): void {
    const view = benchView(this.cards, this.index, this.code, seq);
    this.publicDoc.getMap(ROOM_MAPS.session).set(VIEW_KEY, JSON.stringify(view));
  }

  destroy(): void {
    for (const provider of this.providers) provider.destroy();
    this.socket.destroy();
  }
}

class Phone {
  readonly socket: HocuspocusProviderWebsocket;
  readonly doc = new Y.Doc();
  readonly provider: HocuspocusProvider;
  lastSeq = -1;
  questionId: string | null = null;
  ready = false;
  refused = false;
  answer: { questionId: string; reply?: string } | undefined;

  constructor(
    url: string,
    code: string,
    private readonly tally: RoomTally,
  ) {
    this.socket = openSocket(url);
    this.provider = new HocuspocusProvider({
      websocketProvider: this.socket,
      name: publicDocumentName(code),
      token: participantToken(newParticipantKey()),
      document: this.doc,
    });
    this.provider.on('authenticationFailed', () => (this.refused = true));
    this.provider.on('stateless', ({ payload }: { payload: string }) => this.onRelayMessage(payload));
    this.doc.getMap(ROOM_MAPS.session).observe(() => this.onView());
    this.provider.attach();
  }

  async connect(): Promise<boolean> {
    await waitUntil(() => this.refused || (this.provider.isSynced && this.lastSeq >= 0), CONNECT_TIMEOUT_MS);
    this.ready = !this.refused && this.lastSeq >= 0;
    return this.ready;
  }

  sendAnswer(): boolean {
    if (!this.ready || !this.questionId) return false;
    const message: AnswerMessage = { type: 'answer', questionId: this.questionId, answer: { kind: 'side', side: 'a' } };
    this.answer = { questionId: this.questionId };
    this.provider.sendStateless(JSON.stringify(message));
    return true;
  }

  destroy(): void {
    this.provider.destroy();
    this.socket.destroy();
  }

  private onView(): void {
    const at = nowMs();
    const view = readObservedView(this.doc.getMap(ROOM_MAPS.session).get(VIEW_KEY));
    if (!view || view.seq <= this.lastSeq) return;
    this.lastSeq = view.seq;
    this.questionId = view.questionId;
    this.tally.record(view.seq, at - view.sentAt);
  }

  private onRelayMessage(payload: string): void {
    const message = parseRelayMessage(payload);
    if (!message || message.type === 'keepalive' || !this.answer || this.answer.reply) return;
    if (message.questionId !== undefined && message.questionId !== this.answer.questionId) return;
    this.answer.reply = message.type === 'ack' ? 'ack' : message.reason;
  }
}

/** One job: connect, publish on the bench's word, answer, report. */
class ClientRun {
  private readonly latencies = { startup: [] as number[], steady: [] as number[] };
  private readonly facilitators: Facilitator[] = [];
  private readonly phones: Phone[] = [];
  private readonly tallies: RoomTally[] = [];
  private dropped = 0;
  private counting = false;
  private connectMs = 0;

  constructor(private readonly job: ClientJob) {}

  async connect(): Promise<{ connectMs: number; participantsReady: number }> {
    const { job } = this;
    const started = performance.now();
    const cards = loadDilemmas();
    const rooms = await Promise.all(
      Array.from({ length: job.roomCount }, async (_, i) =>
        job.httpUrl ? await mintRoom(job.httpUrl) : { code: `BARE${job.firstRoom + i}`, secret: 'bare' },
      ),
    );
    rooms.forEach((room, i) => {
      const facilitator = new Facilitator(job.url, job.firstRoom + i, room.code, room.secret, cards);
      facilitator.socket.on('disconnect', () => this.counting && (this.dropped += 1));
      this.facilitators.push(facilitator);
      this.tallies.push(new RoomTally(job, this.latencies));
    });
    await Promise.all(this.facilitators.map((facilitator) => facilitator.start()));
    const slots = Array.from({ length: job.roomCount * job.participants }, (_, i) => i % job.roomCount);
    await pool(slots, job.connectConcurrency, async (room) => {
      const phone = new Phone(job.url, rooms[room]!.code, this.tallies[room]!);
      phone.socket.on('disconnect', () => this.counting && (this.dropped += 1));
      this.phones.push(phone);
      await phone.connect();
    });
    this.connectMs = performance.now() - started;
    this.counting = true;
    return { connectMs: this.connectMs, participantsReady: this.phones.filter((p) => p.ready).length };
  }

  async publishAndAnswer(): Promise<ClientResult> {
    const { job } = this;
    const cpu = process.cpuUsage();
    const wallStart = performance.now();
    const total = job.roomCount * job.updates;
    const perMs = (job.roomCount * job.rate) / 1000;
    let sent = 0;
    const start = nowMs();
    await new Promise<void>((resolve) => {
      const tick = () => {
        const due = Math.min(total, Math.floor((nowMs() - start) * perMs) + 1);
        for (; sent < due; sent++)
          this.facilitators[sent % job.roomCount]!.publish(Math.floor(sent / job.roomCount) + 1);
        if (sent >= total) resolve();
        else setTimeout(tick, 1);
      };
      tick();
    });
    const ready = this.phones.filter((phone) => phone.ready);
    await waitUntil(() => this.tallies.reduce((sum, t) => sum + t.final, 0) >= ready.length, DRAIN_TIMEOUT_MS);
    const used = process.cpuUsage(cpu);
    const cpuPercent = ((used.user + used.system) / 1000 / (performance.now() - wallStart)) * 100;
    let answersSent = 0;
    if (job.httpUrl) for (const phone of ready) if (phone.sendAnswer()) answersSent += 1;
    await waitUntil(() => ready.every((phone) => !phone.answer || phone.answer.reply), ANSWER_TIMEOUT_MS);
    const answersAcked = ready.filter((phone) => phone.answer?.reply === 'ack').length;
    let unseen = 0;
    for (const tally of this.tallies) for (let seq = 1; seq <= job.updates; seq++) if (tally.seen[seq] === 0) unseen++;
    return {
      ...this.latencies,
      connectMs: this.connectMs,
      participantsReady: ready.length,
      participantsExpected: job.roomCount * job.participants,
      shortOfFinal: job.roomCount * job.participants - this.tallies.reduce((sum, t) => sum + t.final, 0),
      unseen,
      answersSent,
      answersAcked,
      socketsDropped: this.dropped,
      cpuPercent,
    };
  }

  destroy(): void {
    this.counting = false;
    for (const phone of this.phones.splice(0)) phone.destroy();
    for (const facilitator of this.facilitators.splice(0)) facilitator.destroy();
  }
}

if (!process.send) {
  console.error('bench-rooms-clients: start it through `npm run bench:rooms` (it needs an IPC channel).');
  process.exit(1);
}
const send = (message: ClientsToBench) => process.send?.(message);
let run: ClientRun | undefined;
process.on('message', (raw: unknown) => {
  const message = raw as BenchToClients;
  const fail = (error: unknown) => send({ type: 'failed', error: String((error as Error)?.stack ?? error) });
  if (message.type === 'job') {
    run = new ClientRun(message.job);
    run.connect().then((ready) => send({ type: 'ready', ...ready }), fail);
  } else if (message.type === 'publish') {
    run?.publishAndAnswer().then((result) => send({ type: 'done', result }), fail);
  } else {
    run?.destroy();
    setTimeout(() => process.exit(0), 200);
  }
});
process.on('disconnect', () => {
  run?.destroy();
  process.exit(0);
});
