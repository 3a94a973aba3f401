import type { Document, Hocuspocus } from '@hocuspocus/server';

import type { RoomCloseReason, RoomHost } from './room';
import { Room } from './room';
import { DocumentBudget } from './document-budget';

export interface RoomRegistryOptions {
  instanceId: string;
  participantsPerRoom: number;
  participantsPerAddress: number;
  isExempt(address: string): boolean;
  roomIdleMs: number;
  /** A room that has no meta this long after it was opened here ends. */
  unstartedRoomMs: number;
  /** Rooms held at once (probes included); a room beyond is not opened (`RoomsFull`). */
  maxRooms: number;
  documentMaxBytes: number;
  /** Whether rooms may live on other instances too (Redis). */
  shared: boolean;
  restartGraceMs: number;
  endedMemoryMs: number;
  /** Lookups of codes not held here that may wait at once, per pool (see {@link LookupPool}). */
  probes: Record<LookupPool, number>;
}

export type RoomLookup = { status: 'open'; room: Room } | { status: 'not-found' | 'ended' | 'busy' };

/**
 * Who looks for a code: a participant's join, or an HTTP lookup. Each has a pool of its own for codes this
 * instance does not hold (a look opens two empty documents and waits up to `joinWaitMs` for the room's state),
 * so a flood of HTTP lookups never takes the places joins need.
 */
export type LookupPool = 'join' | 'http';

/** The instance holds its maximum of rooms: no other is opened until one closes. */
export class RoomsFull extends Error {
  constructor() {
    super('This relay holds its maximum of rooms');
  }
}

/** The rooms this relay instance holds, and the codes of rooms that ended here not long ago. */
export class RoomRegistry implements RoomHost {
  private readonly rooms = new Map<string, Room>();
  private readonly opening = new Map<string, Promise<Room>>();
  private readonly endedAt = new Map<string, number>();
  private readonly startedAt = Date.now();
  private readonly probes: Record<LookupPool, number> = { join: 0, http: 0 };
  private readonly budget: DocumentBudget;

  constructor(
    private readonly instance: () => Hocuspocus,
    private readonly options: RoomRegistryOptions,
  ) {
    this.budget = new DocumentBudget(options.documentMaxBytes);
  }

  get participantsPerAddress(): number {
    return this.options.participantsPerAddress;
  }

  isExempt(address: string): boolean {
    return this.options.isExempt(address);
  }

  admitToDocument(doc: Document, bytes: number): boolean {
    return this.budget.admit(doc, bytes);
  }

  /** Rooms held or being opened here. */
  get size(): number {
    return this.rooms.size + this.opening.size;
  }

  /** Whether another room may be opened here now. */
  get hasRoom(): boolean {
    return this.size < this.options.maxRooms;
  }

  get instanceId(): string {
    return this.options.instanceId;
  }

  get participantsPerRoom(): number {
    return this.options.participantsPerRoom;
  }

  get shared(): boolean {
    return this.options.shared;
  }

  get(code: string): Room | undefined {
    return this.rooms.get(code);
  }

  /** Whether a code is in use here: a room is held, being opened, or ended not long ago. */
  isKnown(code: string): boolean {
    return this.rooms.has(code) || this.opening.has(code) || this.endedAt.has(code);
  }

  hasEnded(code: string): boolean {
    return this.endedAt.has(code);
  }

  /** The room under `code`, opened here if needed (for its facilitator, whose secret was checked). */
  open(code: string): Promise<Room> {
    const room = this.rooms.get(code);
    if (room) return Promise.resolve(room);
    let opening = this.opening.get(code);
    if (!opening) {
      if (!this.hasRoom) return Promise.reject(new RoomsFull());
      opening = Room.open(this.instance(), code, this)
        .then((opened) => {
          this.rooms.set(code, opened);
          return opened;
        })
        .finally(() => this.opening.delete(code));
      this.opening.set(code, opening);
    }
    return opening;
  }

  /**
   * Finds a started room. A room this instance does not hold is looked for only where it may exist
   * elsewhere: with Redis (its state arrives through pub/sub), or shortly after a restart (the console's
   * provider brings it back when it reconnects); then the look waits up to `waitMs` for the room's meta.
   */
  async lookup(code: string, waitMs: number, pool: LookupPool): Promise<RoomLookup> {
    if (this.endedAt.has(code)) return { status: 'ended' };
    const probing = !this.rooms.has(code) && !this.opening.has(code);
    if (probing) {
      const mayExist = this.options.shared || Date.now() - this.startedAt < this.options.restartGraceMs;
      if (!mayExist) return { status: 'not-found' };
      if (this.probes[pool] >= this.options.probes[pool] || !this.hasRoom) return { status: 'busy' };
      this.probes[pool] += 1;
    }
    let room: Room;
    let meta;
    try {
      room = await this.open(code);
      meta = await room.waitForMeta(waitMs);
    } catch (error) {
      if (error instanceof RoomsFull) return { status: 'busy' };
      throw error;
    } finally {
      if (probing) this.probes[pool] -= 1;
    }
    if (this.endedAt.has(code) || meta?.ended) return { status: 'ended' };
    if (!room.isOpen) return { status: 'not-found' };
    if (!meta) {
      if (room.isUnused()) void this.close(room, 'unused');
      return { status: 'not-found' };
    }
    return { status: 'open', room };
  }

  roomEnded(room: Room): void {
    // After the change that ended it has gone out to every client, not in the middle of it.
    setImmediate(() => void this.close(room, 'ended'));
  }

  /** Ends rooms idle for too long, forgets old ended codes. */
  sweep(now = Date.now()): void {
    for (const room of this.rooms.values()) {
      const started = room.meta() !== null;
      if (!started && now - room.openedAt >= this.options.unstartedRoomMs) void this.close(room, 'unstarted');
      else if (now - room.lastActivity >= this.options.roomIdleMs) void this.close(room, started ? 'idle' : 'unused');
    }
    for (const [code, at] of this.endedAt) {
      if (now - at >= this.options.endedMemoryMs) this.endedAt.delete(code);
    }
  }

  sendKeepalives(): void {
    for (const room of this.rooms.values()) room.sendKeepalive();
  }

  /**
   * Lets go of every room without ending it (the relay stops; clients will reconnect to another). Rooms
   * held now withdraw this instance's counts at once, before the caller disconnects the clients.
   */
  async shutdown(): Promise<void> {
    const closing = [...this.rooms.values()].map((room) => this.close(room, 'shutdown'));
    await Promise.allSettled([...this.opening.values()]);
    closing.push(...[...this.rooms.values()].map((room) => this.close(room, 'shutdown')));
    await Promise.all(closing);
  }

  private close(room: Room, reason: RoomCloseReason): Promise<void> {
    if (this.rooms.get(room.code) === room) this.rooms.delete(room.code);
    if (reason === 'ended' || reason === 'idle' || reason === 'unstarted') this.endedAt.set(room.code, Date.now());
    return room.close(reason).catch((error: unknown) => console.error(`Room ${room.code}: closing failed`, error));
  }
}
