import { emitter } from './emitter';
import { statusCell, type Transport } from './transport';

export const CHANNEL_NAME = 'tegenwicht-session';

/** Windows of one browser on one device, with no server: works offline, so it is online from the start. */
export function createBroadcastTransport(name = CHANNEL_NAME): Transport {
  const messages = emitter<unknown>();
  const status = statusCell({ status: 'online' });
  const open = () => {
    const next = new BroadcastChannel(name);
    next.onmessage = (event: MessageEvent) => messages.emit(event.data);
    return next;
  };
  let channel = open();
  return {
    get status() {
      return status.get();
    },
    onStatus: status.on,
    send: (text) => {
      if (status.get().status === 'online') channel.postMessage(text);
    },
    onMessage: messages.on,
    restart: () => {
      if (status.get().status === 'closed') return;
      channel.close();
      channel = open();
    },
    close: () => {
      status.set({ status: 'closed' });
      messages.clear();
      channel.close();
    },
  };
}
