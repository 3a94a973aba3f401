import type { Transport } from './transport';

/** Transports joined in memory, like windows on one channel: a message reaches every other member. */
export function createMemoryHub() {
  const members = new Set<Set<(data: unknown) => void>>();
  return {
    connect(): Transport {
      const listeners = new Set<(data: unknown) => void>();
      members.add(listeners);
      return {
        send: (text) => {
          for (const other of members) if (other !== listeners) other.forEach((listener) => listener(text));
        },
        onMessage: (listener) => {
          listeners.add(listener);
          return () => listeners.delete(listener);
        },
        close: () => {
          listeners.clear();
          members.delete(listeners);
        },
      };
    },
  };
}
