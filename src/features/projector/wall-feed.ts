import type { WallView } from '../../domain/session/wall-view';
import type { SyncParseResult } from '../../domain/sync-message';

/** What the wall follows and shows. */
export interface WallFeed {
  /** The session followed: the route's, or else the first one whose view arrived. */
  sessionId: string | null;
  /** The newest view of that session; null until one arrives. */
  view: WallView | null;
  /** Messages refused: not text, too large, not JSON, invalid, or of another session. */
  ignored: number;
}

export type FeedEvent = { type: 'follow'; sessionId: string | null } | { type: 'message'; parsed: SyncParseResult };

export const startFeed = (sessionId: string | null): WallFeed => ({ sessionId, view: null, ignored: 0 });

/**
 * Takes a message the wall received: keeps the view with the highest sequence number of its session (a
 * resent view of the same number replaces it, as the room may have changed), counts what it refuses.
 */
export function reduceFeed(feed: WallFeed, event: FeedEvent): WallFeed {
  if (event.type === 'follow') {
    if (event.sessionId === null || event.sessionId === feed.sessionId) return feed;
    return startFeed(event.sessionId);
  }
  const { parsed } = event;
  if (!parsed.ok) return { ...feed, ignored: feed.ignored + 1 };
  // Other walls say hello too; that is for the console to answer.
  if (parsed.message.type !== 'view') return feed;
  const { view } = parsed.message;
  if (feed.sessionId !== null && view.sessionId !== feed.sessionId) return { ...feed, ignored: feed.ignored + 1 };
  if (feed.view && view.seq < feed.view.seq) return feed;
  return { sessionId: view.sessionId, view, ignored: feed.ignored };
}
