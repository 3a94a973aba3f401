import { HocuspocusProvider, WebSocketStatus } from '@hocuspocus/provider';
import type * as Y from 'yjs';

import { emitter } from './emitter';
import { statusCell, type Transport } from './transport';

export interface RelayDocument {
  /** The relay's WebSocket address. */
  url: string;
  /** The document's name on the relay, such as `room/<CODE>`. */
  name: string;
  /** The Hocuspocus token (see `facilitatorToken`, `participantToken`). */
  token: string;
  /** The document the relay keeps in step; it outlives restarts of the transport. */
  document: Y.Doc;
}

/**
 * One document on the relay as a {@link Transport}: online once the document is in step with the relay,
 * offline after a drop (the provider reconnects by itself), refused with the relay's reason. Messages are
 * the relay's stateless messages on that document; the document itself is kept in step by the provider.
 */
export function createRelayTransport({ url, name, token, document }: RelayDocument): Transport {
  const status = statusCell({ status: 'connecting' });
  const messages = emitter<unknown>();
  let wasOnline = false;

  const connect = () => {
    const next = new HocuspocusProvider({ url, name, document, token });
    const current = () => provider === next;
    next.on('status', ({ status: s }: { status: WebSocketStatus }) => {
      if (!current() || s === WebSocketStatus.Connected) return;
      status.set({ status: wasOnline ? 'offline' : 'connecting' });
    });
    next.on('synced', () => {
      if (!current()) return;
      wasOnline = true;
      status.set({ status: 'online' });
    });
    next.on('authenticationFailed', ({ reason }: { reason: string }) => {
      if (!current()) return;
      // A refusal is final for this provider: it would only be refused again.
      next.destroy();
      status.set({ status: 'refused', reason: reason || 'forbidden' });
    });
    next.on('stateless', ({ payload }: { payload: string }) => {
      if (current()) messages.emit(payload);
    });
    return next;
  };
  let provider: HocuspocusProvider | null = null;
  provider = connect();

  return {
    get status() {
      return status.get();
    },
    onStatus: status.on,
    send: (text) => {
      if (status.get().status === 'online' && provider?.isSynced) provider.sendStateless(text);
    },
    onMessage: messages.on,
    restart: () => {
      if (status.get().status === 'closed') return;
      const old = provider;
      provider = null;
      old?.destroy();
      status.set({ status: wasOnline ? 'offline' : 'connecting' });
      provider = connect();
    },
    close: () => {
      status.set({ status: 'closed' });
      messages.clear();
      provider?.destroy();
      provider = null;
    },
  };
}
