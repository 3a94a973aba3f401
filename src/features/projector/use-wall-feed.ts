import { startTransition, useEffect, useReducer } from 'react';

import { helloMessage, parseSyncMessage } from '../../domain/sync-message';
import { createBroadcastTransport } from '../../sync/broadcast-transport';
import type { Transport } from '../../sync/transport';
import { reduceFeed, startFeed, type WallFeed } from './wall-feed';

/**
 * Follows the console's session over a transport (BroadcastChannel unless one is given) and says hello on
 * start, so that a wall opened late or reloaded gets the current view at once.
 */
export function useWallFeed(sessionId: string | null, transport?: Transport): WallFeed {
  const [feed, dispatch] = useReducer(reduceFeed, sessionId, startFeed);

  useEffect(() => {
    dispatch({ type: 'follow', sessionId });
    const link = transport ?? createBroadcastTransport();
    const off = link.onMessage((data) => {
      const parsed = parseSyncMessage(data);
      // Cards to lay out ahead can wait for the wall to be idle; a view is drawn at once.
      if (parsed.ok && parsed.message.type === 'nearby') startTransition(() => dispatch({ type: 'message', parsed }));
      else dispatch({ type: 'message', parsed });
    });
    link.send(helloMessage(sessionId));
    return () => {
      off();
      if (!transport) link.close();
    };
  }, [sessionId, transport]);

  return feed;
}
