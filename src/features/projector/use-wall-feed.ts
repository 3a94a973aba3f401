import { startTransition, useEffect, useReducer, useState } from 'react';

import { helloMessage, parseSyncMessage } from '../../domain/sync-message';
import { createBroadcastTransport } from '../../sync/broadcast-transport';
import type { Transport } from '../../sync/transport';
import { reduceFeed, startFeed, type WallFeed } from './wall-feed';

/**
 * Follows the console's session over a transport (BroadcastChannel unless one is given) and says hello on
 * start, so that a wall opened late or reloaded gets the current view at once. Returns the feed and the link it
 * follows on (null until open), so that the window sends on the same channel it hears on: a second channel in the
 * same window would get every view again, as a task of its own, between the view and its frame.
 */
export function useWallFeed(
  sessionId: string | null,
  transport?: Transport,
): { feed: WallFeed; link: Transport | null } {
  const [feed, dispatch] = useReducer(reduceFeed, sessionId, startFeed);
  const [link, setLink] = useState<Transport | null>(null);

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
    setLink(link);
    return () => {
      off();
      setLink(null);
      if (!transport) link.close();
    };
  }, [sessionId, transport]);

  return { feed, link };
}
