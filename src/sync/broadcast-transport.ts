import type { Transport } from './transport';

export const CHANNEL_NAME = 'tegenwicht-session';

/** Windows of one browser on one device, with no server: works offline. */
export function createBroadcastTransport(name = CHANNEL_NAME): Transport {
  const channel = new BroadcastChannel(name);
  const listeners = new Set<(data: unknown) => void>();
  channel.onmessage = (event: MessageEvent) => listeners.forEach((listener) => listener(event.data));
  return {
    send: (text) => channel.postMessage(text),
    onMessage: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close: () => {
      listeners.clear();
      channel.close();
    },
  };
}
