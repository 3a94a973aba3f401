import { startTransition, useCallback, useEffect, useReducer, useRef } from 'react';
import { flushSync } from 'react-dom';

import { helloMessage, parseSyncMessage } from '../../domain/sync-message';
import { createBroadcastTransport } from '../../sync/broadcast-transport';
import type { Transport } from '../../sync/transport';
import { reduceFeed, startFeed, type WallFeed } from './wall-feed';

/**
 * Follows the console's session over a transport (BroadcastChannel unless one is given) and says hello on
 * start, so that a wall opened late or reloaded gets the current view at once. Returns the feed and `send`, which
 * sends on the channel it follows on: a second channel in the same window would get every view again, as a task of
 * its own, between the view and its frame.
 */
export function useWallFeed(
  sessionId: string | null,
  transport?: Transport,
): { feed: WallFeed; send: (text: string) => void } {
  const [feed, dispatch] = useReducer(reduceFeed, sessionId, startFeed);
  const open = useRef<Transport | null>(null);
  const send = useCallback((text: string) => open.current?.send(text), []);

  useEffect(() => {
    dispatch({ type: 'follow', sessionId });
    const link = transport ?? createBroadcastTransport();
    const off = link.onMessage((data) => {
      const parsed = parseSyncMessage(data);
      // Cards to lay out ahead can wait for the wall to be idle. A view is drawn in the task that brought it, not in
      // a task of its own after whatever came in meanwhile (the console's save, heard as storage events).
      if (parsed.ok && parsed.message.type === 'nearby') startTransition(() => dispatch({ type: 'message', parsed }));
      else flushSync(() => dispatch({ type: 'message', parsed }));
    });
    link.send(helloMessage(sessionId));
    open.current = link;
    return () => {
      off();
      open.current = null;
      if (!transport) link.close();
    };
  }, [sessionId, transport]);

  return { feed, send };
}
