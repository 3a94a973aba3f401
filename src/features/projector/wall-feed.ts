import type { Card } from '../../domain/deck-schema';
import { keepUnchanged } from '../../domain/keep-unchanged';
import type { WallView } from '../../domain/session/wall-view';
import type { SyncParseResult } from '../../domain/sync-message';

/** What the wall follows and shows. */
export interface WallFeed {
  /** The session followed: the route's, or else the first one whose view arrived. */
  sessionId: string | null;
  /** The newest view of that session; null until one arrives. */
  view: WallView | null;
  /** The cards one step from the one on the table, as the console named them last (to lay out ahead). */
  nearby: readonly Card[];
  /** Messages refused: not text, too large, not JSON, invalid, or of another session. */
  ignored: number;
}

export type FeedEvent = { type: 'follow'; sessionId: string | null } | { type: 'message'; parsed: SyncParseResult };

/** How far ahead of the view it shows the wall accepts the next one. */
export const MAX_SEQ_STEP = 100;

export const startFeed = (sessionId: string | null): WallFeed => ({ sessionId, view: null, nearby: [], ignored: 0 });

/** `card`, or the equal card the wall already holds (on the table, or laid out ahead). */
function keepCard(feed: WallFeed, card: Card): Card {
  const held = [feed.view?.card, feed.view?.caseCard, ...feed.nearby].find((c) => c?.id === card.id);
  return held ? keepUnchanged(held, card) : card;
}

/**
 * Takes a message the wall received: keeps the view with the highest sequence number of its session (a
 * resent view of the same number replaces it, as the room may have changed), counts what it refuses. The parts
 * of a new view equal to the last one's are kept as they were (keepUnchanged).
 */
export function reduceFeed(feed: WallFeed, event: FeedEvent): WallFeed {
  if (event.type === 'follow') {
    if (event.sessionId === null || event.sessionId === feed.sessionId) return feed;
    return startFeed(event.sessionId);
  }
  const { parsed } = event;
  if (!parsed.ok) return { ...feed, ignored: feed.ignored + 1 };
  if (parsed.message.type === 'nearby') {
    const { sessionId, cards } = parsed.message;
    // Cards named before the session's first view, or for another session, are not this wall's to lay out.
    if (feed.sessionId === null || !feed.view) return feed;
    if (sessionId !== feed.sessionId) return { ...feed, ignored: feed.ignored + 1 };
    return {
      ...feed,
      nearby: keepUnchanged(
        feed.nearby,
        cards.map((card) => keepCard(feed, card)),
      ),
    };
  }
  // Other walls say hello too; that is for the console to answer.
  if (parsed.message.type !== 'view') return feed;
  const { view } = parsed.message;
  if (feed.sessionId !== null && view.sessionId !== feed.sessionId) return { ...feed, ignored: feed.ignored + 1 };
  if (feed.view && view.seq < feed.view.seq) return feed;
  // The console sends every change, so its views step by one; a far jump no console sent (a page of the
  // same origin posting seq 2^53) is refused instead of pinning the wall.
  if (feed.view && view.seq - feed.view.seq > MAX_SEQ_STEP) return { ...feed, ignored: feed.ignored + 1 };
  // What did not change since the last view stays the same object, so the wall does not draw it again; a card it
  // had laid out ahead is the same object as the one it laid out.
  const kept = keepUnchanged(feed.view, view);
  const card = kept.card && keepCard(feed, kept.card);
  return { ...feed, sessionId: view.sessionId, view: card === kept.card ? kept : { ...kept, card } };
}
