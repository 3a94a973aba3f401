import type { Document, Hocuspocus } from '@hocuspocus/server';
import type * as Y from 'yjs';

import type { AnswerMessage, AnswerRecord, RelayMessage, RoomMeta, RoomView } from '../src/domain/room-protocol';
import {
  CONNECTED_KEY,
  ROOM_MAPS,
  VIEW_KEY,
  answerKey,
  privateDocumentName,
  publicDocumentName,
  readRoomMeta,
  readRoomView,
} from '../src/domain/room-protocol';
import { CLOSE_CODES } from './close-codes';
import { isRelayContext } from './relay-context';
import type { SocketGuard } from './socket-guard';

type DocumentHold = Awaited<ReturnType<Hocuspocus['openDirectConnection']>>;

/**
 * Why a room closes on this instance: the facilitator `ended` it, it was `idle`, it was opened only to look
 * for a room that does not exist (`unused`), or the relay shuts down (`shutdown`: clients reconnect later).
 */
export type RoomCloseReason = 'ended' | 'idle' | 'unstarted' | 'unused' | 'shutdown';

export interface RoomHost {
  readonly instanceId: string;
  readonly participantsPerRoom: number;
  /** Distinct participants one client address may have in the room. */
  readonly participantsPerAddress: number;
  isExempt(address: string): boolean;
  /** Whether `bytes` more may go into the document (see document-budget.ts). */
  admitToDocument(doc: Document, bytes: number): boolean;
  /** Whether other instances may hold the room too (Redis); if not, counts of other instances are stale. */
  readonly shared: boolean;
  /** The facilitator set `meta.ended`. */
  roomEnded(room: Room): void;
}

const KEEPALIVE = JSON.stringify({ type: 'keepalive' } satisfies RelayMessage);
const OWN_COUNT_PREFIX = `${CONNECTED_KEY}@`;

/**
 * A room as this relay instance holds it: both documents, kept loaded through direct connections for the
 * room's whole life (so a phone that reconnects finds it, and answers can be written while the console is
 * away or on another instance), the participants connected here, and the time of the last activity.
 *
 * Activity is any change to either document and any awareness update (the console's provider renews its
 * awareness every 15 s while it is open); participants can change neither, their answers excepted.
 */
export class Room {
  lastActivity = Date.now();
  readonly openedAt = Date.now();
  private state: 'open' | 'closing' | 'closed' = 'open';
  private closing: Promise<void> | undefined;
  private waiters = 0;
  private readonly participants = new Map<string, Set<SocketGuard>>();

  private constructor(
    readonly code: string,
    private readonly holds: readonly DocumentHold[],
    readonly publicDoc: Document,
    readonly privateDoc: Document,
    private readonly host: RoomHost,
  ) {
    for (const doc of [publicDoc, privateDoc]) {
      doc.on('update', this.touch);
      doc.awareness.on('update', this.touch);
    }
    publicDoc.getMap(ROOM_MAPS.meta).observe(this.onMetaChange);
    this.stats.observe(this.onStatsChange);
  }

  static async open(instance: Hocuspocus, code: string, host: RoomHost): Promise<Room> {
    const holds = await Promise.all(
      [publicDocumentName(code), privateDocumentName(code)].map((name) =>
        instance.openDirectConnection(name, { relay: true }),
      ),
    );
    const [publicDoc, privateDoc] = holds.map((hold) => hold.document);
    if (!publicDoc || !privateDoc) throw new Error(`Room ${code}: a document closed while it was opened`);
    return new Room(code, holds, publicDoc, privateDoc, host);
  }

  get isOpen(): boolean {
    return this.state === 'open';
  }

  meta(): RoomMeta | null {
    return readRoomMeta(this.publicDoc.getMap(ROOM_MAPS.meta).toJSON());
  }

  view(): RoomView | null {
    return readRoomView(this.publicDoc.getMap(ROOM_MAPS.session).get(VIEW_KEY));
  }

  /** The room's meta once it is there, or null when it does not arrive within `ms`. */
  async waitForMeta(ms: number): Promise<RoomMeta | null> {
    const current = this.meta();
    if (current || ms <= 0 || !this.isOpen) return current;
    const meta = this.publicDoc.getMap(ROOM_MAPS.meta);
    this.waiters += 1;
    try {
      return await new Promise<RoomMeta | null>((resolve) => {
        const check = () => {
          if (!this.meta()) return;
          finish();
        };
        const finish = () => {
          clearTimeout(timer);
          meta.unobserve(check);
          resolve(this.meta());
        };
        const timer = setTimeout(finish, ms);
        meta.observe(check);
      });
    } finally {
      this.waiters -= 1;
    }
  }

  /** Nobody uses the room here and it was never started: it was only opened to look for it. */
  isUnused(): boolean {
    return (
      this.waiters === 0 &&
      this.participants.size === 0 &&
      this.publicDoc.connections.size === 0 &&
      this.privateDoc.connections.size === 0 &&
      !this.meta()
    );
  }

  /** Distinct participants in the room: here, plus what the other instances report in `stats`. */
  participantCount(): number {
    let others = 0;
    for (const [, value] of this.otherCounts()) if (typeof value === 'number') others += value;
    return this.participants.size + (this.host.shared ? others : 0);
  }

  /** Counts a participant's socket in; false when the room is full. A participant already in always fits. */
  join(participantId: string, guard: SocketGuard): boolean {
    let sockets = this.participants.get(participantId);
    if (!sockets) {
      if (this.participantCount() >= this.host.participantsPerRoom) return false;
      if (!this.host.isExempt(guard.address) && this.fromAddress(guard.address) >= this.host.participantsPerAddress) {
        return false;
      }
      sockets = new Set();
      this.participants.set(participantId, sockets);
    }
    sockets.add(guard);
    this.writeCounts();
    return true;
  }

  /** Distinct participants here whose sockets come from `address`. */
  private fromAddress(address: string): number {
    let count = 0;
    for (const sockets of this.participants.values()) {
      for (const guard of sockets) {
        if (guard.address !== address) continue;
        count += 1;
        break;
      }
    }
    return count;
  }

  leave(participantId: string, guard: SocketGuard): void {
    const sockets = this.participants.get(participantId);
    if (!sockets?.delete(guard) || sockets.size > 0) return;
    this.participants.delete(participantId);
    this.writeCounts();
  }

  /** Checks an answer against the open question and, when it fits, stores it in the private document. */
  answer(participantId: string, message: AnswerMessage): RelayMessage {
    const { questionId } = message;
    if (!this.isOpen || this.meta()?.ended) return { type: 'refused', reason: 'room-ended', questionId };
    const view = this.view();
    if (!view || view.questionId !== questionId) return { type: 'refused', reason: 'stale-question', questionId };
    if (view.revealed) return { type: 'refused', reason: 'revealed', questionId };
    const record: AnswerRecord = {
      participantId,
      questionId,
      answer: message.answer,
      ...(message.name === undefined ? {} : { name: message.name }),
      at: Date.now(),
    };
    // A note sits beside the answer proper, so sending one never overwrites the other.
    const slot = message.answer.kind === 'note' ? `${questionId}:note` : questionId;
    const json = JSON.stringify(record);
    if (!this.host.admitToDocument(this.privateDoc, json.length * 3 + 64)) {
      return { type: 'refused', reason: 'too-large', questionId };
    }
    this.privateDoc.transact(() => {
      this.privateDoc.getMap(ROOM_MAPS.answers).set(answerKey(slot, participantId), json);
    });
    return { type: 'ack', questionId };
  }

  sendKeepalive(): void {
    for (const connection of this.publicDoc.getConnections()) {
      if (isRelayContext(connection.context) && connection.context.role === 'participant') {
        connection.sendStateless(KEEPALIVE);
      }
    }
  }

  /**
   * Closes the room on this instance. When it `ended`, was `idle` or never started (`unstarted`), every client
   * is told (`meta.ended` when there is one, then the close reason `room-ended`) and disconnected; then both
   * documents are unloaded and nothing is kept.
   */
  close(reason: RoomCloseReason): Promise<void> {
    if (this.closing) return this.closing;
    this.state = 'closing';
    this.closing = (async () => {
      if (reason === 'idle') this.markEnded();
      if (reason === 'ended' || reason === 'idle' || reason === 'unstarted') this.disconnectClients();
      if (reason === 'shutdown') this.withdrawCount();
      this.detach();
      await Promise.all(this.holds.map((hold) => hold.disconnect()));
      this.state = 'closed';
    })();
    return this.closing;
  }

  private touch = (): void => {
    this.lastActivity = Date.now();
  };

  private onMetaChange = (): void => {
    if (this.state === 'open' && this.meta()?.ended) this.host.roomEnded(this);
  };

  /** Another instance (or the console) changed the counts: the total may need writing again. */
  private onStatsChange = (_event: Y.YMapEvent<unknown>, transaction: Y.Transaction): void => {
    if (transaction.origin !== null) this.writeCounts();
  };

  private detach(): void {
    for (const doc of [this.publicDoc, this.privateDoc]) {
      doc.off('update', this.touch);
      doc.awareness.off('update', this.touch);
    }
    this.publicDoc.getMap(ROOM_MAPS.meta).unobserve(this.onMetaChange);
    this.stats.unobserve(this.onStatsChange);
  }

  private get stats(): Y.Map<unknown> {
    return this.privateDoc.getMap(ROOM_MAPS.stats);
  }

  private get ownCountKey(): string {
    return `${OWN_COUNT_PREFIX}${this.host.instanceId}`;
  }

  /** The counts other instances wrote, as `[key, value]`. */
  private otherCounts(): [string, unknown][] {
    return [...this.stats.entries()].filter(([key]) => key.startsWith(OWN_COUNT_PREFIX) && key !== this.ownCountKey);
  }

  /**
   * Writes this instance's count and the room's total, when they changed (several instances may write).
   * A relay that runs alone drops the counts of instances before it: a console brings them back after a
   * restart, but those connections are gone.
   */
  private writeCounts(): void {
    if (this.state !== 'open') return;
    const stats = this.stats;
    const own = this.participants.size;
    const total = this.participantCount();
    const stale = this.host.shared ? [] : this.otherCounts().map(([key]) => key);
    if (stats.get(this.ownCountKey) === own && stats.get(CONNECTED_KEY) === total && stale.length === 0) return;
    this.privateDoc.transact(() => {
      for (const key of stale) stats.delete(key);
      if (stats.get(this.ownCountKey) !== own) stats.set(this.ownCountKey, own);
      if (stats.get(CONNECTED_KEY) !== total) stats.set(CONNECTED_KEY, total);
    });
  }

  private withdrawCount(): void {
    const stats = this.stats;
    if (!stats.has(this.ownCountKey)) return;
    this.privateDoc.transact(() => {
      stats.delete(this.ownCountKey);
      stats.set(CONNECTED_KEY, this.participantCount() - this.participants.size);
    });
  }

  private markEnded(): void {
    const meta = this.publicDoc.getMap(ROOM_MAPS.meta);
    if (this.meta() && meta.get('ended') !== true) this.publicDoc.transact(() => meta.set('ended', true));
  }

  private disconnectClients(): void {
    const documentNames = [this.publicDoc.name, this.privateDoc.name];
    const guards = new Set<SocketGuard>();
    for (const doc of [this.publicDoc, this.privateDoc]) {
      for (const connection of doc.getConnections()) {
        if (isRelayContext(connection.context)) guards.add(connection.context.guard);
        connection.close({ code: CLOSE_CODES['room-ended'], reason: 'room-ended' });
      }
    }
    for (const guard of guards) {
      if (guard.endRoom(this.code, documentNames)) guard.close('room-ended');
    }
  }
}
