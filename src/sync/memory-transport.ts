import { emitter } from './emitter';
import { statusCell, type Transport, type TransportStatus } from './transport';

/** A transport of a {@link createMemoryHub}, with the hub's controls for tests. */
export interface MemoryTransport extends Transport {
  /** Sets the status, as a network or a relay would (`offline`, `online`, `refused`). */
  setStatus(status: TransportStatus): void;
  /** How often `restart()` was called. */
  readonly restarts: number;
}

/**
 * Transports joined in memory, like windows on one channel: a message reaches every other member that is
 * online, and a member that is not online neither sends nor receives. `restart()` makes a member
 * `connecting`; the test decides what happens next.
 */
export function createMemoryHub() {
  const members = new Set<{ status: () => TransportStatus; deliver: (data: unknown) => void }>();
  return {
    connect(initial: TransportStatus = { status: 'online' }): MemoryTransport {
      const messages = emitter<unknown>();
      const status = statusCell(initial);
      let restarts = 0;
      const member = { status: status.get, deliver: messages.emit };
      members.add(member);
      const online = () => status.get().status === 'online';
      return {
        get status() {
          return status.get();
        },
        get restarts() {
          return restarts;
        },
        onStatus: status.on,
        setStatus: status.set,
        send: (text) => {
          if (!online()) return;
          for (const other of members) if (other !== member && other.status().status === 'online') other.deliver(text);
        },
        onMessage: messages.on,
        restart: () => {
          if (status.get().status === 'closed') return;
          restarts += 1;
          status.set({ status: 'connecting' });
        },
        close: () => {
          status.set({ status: 'closed' });
          messages.clear();
          members.delete(member);
        },
      };
    },
  };
}
