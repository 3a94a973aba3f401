/**
 * Where a link stands:
 * - `connecting`: not online yet;
 * - `online`: messages go through;
 * - `offline`: it was online and dropped; it tries again by itself;
 * - `refused`: the other side said no, with its reason; it does not try again until `restart()`;
 * - `closed`: after `close()`.
 * A same-device channel is `online` from the start.
 */
export type TransportStatus =
  | { status: 'connecting' }
  | { status: 'online' }
  | { status: 'offline' }
  | { status: 'refused'; reason: string }
  | { status: 'closed' };

/**
 * One small interface for every way views talk: BroadcastChannel on one device, the relay across devices,
 * an in-memory hub in tests (the shape of tldraw's `TLPersistentClientSocket`). Messages are text; the
 * receiver validates them. A message sent while not online is dropped: a caller that needs it to arrive
 * keeps it and sends it again when the status turns `online`.
 */
export interface Transport {
  readonly status: TransportStatus;
  /** Subscribes to status changes (only real changes are reported); returns the unsubscribe function. */
  onStatus(listener: (status: TransportStatus) => void): () => void;
  send(text: string): void;
  /** Subscribes to incoming messages; returns the unsubscribe function. */
  onMessage(listener: (data: unknown) => void): () => void;
  /** Drops the connection and connects again, also after a refusal. */
  restart(): void;
  close(): void;
}

const reasonOf = (status: TransportStatus) => (status.status === 'refused' ? status.reason : '');

/** A transport's status: reports each real change once, and nothing after `closed`. */
export function statusCell(initial: TransportStatus) {
  let current = initial;
  const listeners = new Set<(status: TransportStatus) => void>();
  return {
    get: () => current,
    set(next: TransportStatus) {
      if (current.status === 'closed') return;
      if (next.status === current.status && reasonOf(next) === reasonOf(current)) return;
      current = next;
      listeners.forEach((listener) => listener(next));
    },
    on(listener: (status: TransportStatus) => void): () => void {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}
