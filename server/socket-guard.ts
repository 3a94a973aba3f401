import type { Connection } from '@hocuspocus/server';
import { MessageType } from '@hocuspocus/server';
import type WebSocket from 'ws';

import type { CloseReason, RelayMessage, RoomRole } from '../src/domain/room-protocol';
import { CLOSE_CODES } from './close-codes';
import { readMessageHeader, readSyncStep } from './message-header';
import type { RelayLimits } from './relay-options';
import type { MessageFilter } from './relay-socket';
import { TokenBucket } from './token-bucket';

/** What one socket may do with one document, decided when it authenticated. */
export interface DocumentGrant {
  role: RoomRole;
  code: string;
  participantId?: string;
  /** Hocuspocus's connection for this document, once established. */
  connection?: Connection;
}

/** Message types a participant may send; the engine itself refuses their document updates (read-only). */
const PARTICIPANT_TYPES = new Set<MessageType>([
  MessageType.Sync,
  MessageType.SyncReply,
  MessageType.Auth,
  MessageType.QueryAwareness,
  MessageType.Stateless,
  MessageType.CLOSE,
]);
const CLIENT_TYPES = new Set<MessageType>([
  ...PARTICIPANT_TYPES,
  MessageType.Awareness,
  MessageType.BroadcastStateless,
]);
const SYNC_TYPES = new Set<MessageType>([MessageType.Sync, MessageType.SyncReply]);
/** Yjs sync steps that carry document content (step 2 and update); step 1 is a state vector only. */
const CONTENT_STEPS = new Set([1, 2]);

/** What the guard asks of the relay. */
export interface GuardHost {
  /** Whether `bytes` more may go into the loaded document (false: it is at its size cap). */
  admitToDocument(documentName: string, bytes: number): boolean;
  /** The document's connection is gone: the room counts the participant out. */
  revoked(grant: DocumentGrant, guard: SocketGuard): void;
}

/**
 * The relay's limits for one WebSocket, applied to every message before Hocuspocus sees it:
 * - size: over the sender's limit, a participant's message is dropped (a stateless one gets `too-large`);
 *   a facilitator's closes the socket, since dropping part of a document's history would stall it;
 * - rate: a token bucket per socket; over it, a message is dropped (a stateless one gets `rate-limited`,
 *   once per run of drops). A document update cannot be dropped safely, so one over the limit closes the
 *   socket, as does a second bucket of drops: the client that keeps flooding is cut off;
 * - role: participants' awareness and broadcast messages are dropped, so nothing a participant sends
 *   reaches another participant;
 * - documents: at most `documentsPerSocket` per socket; messages for a document that was refused are
 *   dropped (Hocuspocus would otherwise queue them for good);
 * - before authentication: Hocuspocus queues what arrives for a document until its Auth is decided, so all
 *   that a socket sends to documents not yet decided may add up to `preAuthBytes`, no more (the socket is
 *   closed: `too-large`); a socket that has no authenticated document `authTimeoutMs` after it opened is
 *   closed (`auth-timeout`);
 * - document size: a facilitator's change that would grow a document beyond `documentMaxBytes` closes the
 *   socket (`too-large`) before the change is applied.
 */
export class SocketGuard implements MessageFilter {
  private readonly grants = new Map<string, DocumentGrant>();
  private readonly pending = new Set<string>();
  private readonly refused = new Set<string>();
  private readonly seen = new WeakSet<object>();
  private readonly bucket: TokenBucket;
  private readonly patience: TokenBucket;
  /** Bytes sent to each document not decided yet. */
  private readonly undecided = new Map<string, number>();
  /** Bytes sent to documents not decided yet (what Hocuspocus holds queued for this socket). */
  undecidedBytes = 0;
  private everGranted = false;
  private readonly authTimer: NodeJS.Timeout;
  private dropping = false;
  private closed = false;

  constructor(
    readonly socket: WebSocket,
    /** The client's address as the limits count it (see client-address.ts). */
    readonly address: string,
    private readonly limits: RelayLimits,
    private readonly host: GuardHost,
  ) {
    this.bucket = new TokenBucket(limits.participantRate, limits.participantBurst);
    this.patience = new TokenBucket(limits.participantRate, limits.participantBurst);
    this.authTimer = setTimeout(() => {
      if (!this.everGranted) this.close('auth-timeout');
    }, limits.authTimeoutMs);
    this.authTimer.unref();
    socket.once('close', () => {
      this.closed = true;
      clearTimeout(this.authTimer);
      for (const documentName of [...this.grants.keys()]) this.revoke(documentName);
    });
  }

  get isClosed(): boolean {
    return this.closed;
  }

  grant(documentName: string, grant: DocumentGrant): void {
    this.decided(documentName);
    this.refused.delete(documentName);
    this.grants.set(documentName, grant);
    this.everGranted = true;
    if (grant.role === 'facilitator') {
      this.bucket.reconfigure(this.limits.facilitatorRate, this.limits.facilitatorBurst);
      this.patience.reconfigure(this.limits.facilitatorRate, this.limits.facilitatorBurst);
    }
  }

  refuse(documentName: string): void {
    this.decided(documentName);
    this.refused.add(documentName);
  }

  attach(documentName: string, connection: Connection): void {
    const grant = this.grants.get(documentName);
    if (grant) grant.connection = connection;
  }

  /** The document's connection is gone (closed by the client or the relay). */
  revoke(documentName: string): void {
    const grant = this.grants.get(documentName);
    if (!grant) return;
    this.grants.delete(documentName);
    this.host.revoked(grant, this);
  }

  /** The room is over: its documents are refused from now on. True when the socket carries nothing else. */
  endRoom(code: string, documentNames: readonly string[]): boolean {
    for (const documentName of documentNames) {
      if (this.grants.get(documentName)?.code === code) this.revoke(documentName);
      this.refuse(documentName);
    }
    return this.grants.size === 0 && this.pending.size === 0;
  }

  close(reason: CloseReason): void {
    if (this.closed) return;
    this.closed = true;
    this.socket.close(CLOSE_CODES[reason], reason);
  }

  admit(data: unknown, isBinary: unknown): boolean {
    if (this.closed) return false;
    if (!(data instanceof Uint8Array)) return this.cut('malformed');
    // Hocuspocus replays messages it queued while the socket authenticated: those were counted once.
    const replay = this.seen.has(data);
    if (!replay && isBinary === false) return this.cut('malformed');

    const header = readMessageHeader(data);
    if (!header) return this.cut('malformed');
    const { documentName, type } = header;
    if (this.refused.has(documentName)) return false;
    const grant = this.grants.get(documentName);
    if (!grant && !this.pending.has(documentName)) {
      if (this.grants.size + this.pending.size + this.refused.size >= this.limits.documentsPerSocket) {
        return this.cut('too-many-documents');
      }
      this.pending.add(documentName);
    }
    if (!replay && !this.withinRate(type, grant)) return false;

    if (!grant) {
      // Queued by Hocuspocus until the document is decided, then replayed through here with its grant.
      if (replay) return false;
      // Only what Hocuspocus may queue is remembered (only that can come back): not every message of a busy room
      // in a weak set that the garbage collector has to walk.
      this.seen.add(data);
      const bytes = (this.undecided.get(documentName) ?? 0) + data.byteLength;
      this.undecided.set(documentName, bytes);
      this.undecidedBytes += data.byteLength;
      if (this.undecidedBytes > this.limits.preAuthBytes) return this.cut('too-large');
      return CLIENT_TYPES.has(type);
    }
    const maxBytes = grant.role === 'facilitator' ? this.limits.facilitatorMaxBytes : this.limits.participantMaxBytes;
    if (data.byteLength > maxBytes) {
      if (grant.role === 'facilitator') return this.cut('too-large');
      if (type === MessageType.Stateless) this.reply(grant, { type: 'refused', reason: 'too-large' });
      return false;
    }
    if (grant.role === 'participant') return PARTICIPANT_TYPES.has(type);
    if (!CLIENT_TYPES.has(type)) return false;
    if (SYNC_TYPES.has(type) && CONTENT_STEPS.has(readSyncStep(data) ?? -1)) {
      if (!this.host.admitToDocument(documentName, data.byteLength)) return this.cut('too-large');
    }
    return true;
  }

  /** A document's Auth is decided: what it queued no longer counts against the budget before it. */
  private decided(documentName: string): void {
    this.pending.delete(documentName);
    this.undecidedBytes -= this.undecided.get(documentName) ?? 0;
    this.undecided.delete(documentName);
  }

  private withinRate(type: MessageType, grant: DocumentGrant | undefined): boolean {
    if (this.bucket.take()) {
      this.dropping = false;
      return true;
    }
    if (SYNC_TYPES.has(type) || !this.patience.take()) return this.cut('rate-limited');
    if (!this.dropping && type === MessageType.Stateless) {
      this.reply(grant, { type: 'refused', reason: 'rate-limited' });
    }
    this.dropping = true;
    return false;
  }

  private reply(grant: DocumentGrant | undefined, message: RelayMessage): void {
    grant?.connection?.sendStateless(JSON.stringify(message));
  }

  private cut(reason: CloseReason): false {
    this.close(reason);
    return false;
  }
}
