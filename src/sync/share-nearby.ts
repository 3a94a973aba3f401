import type { Card } from '../domain/deck-schema';
import { MAX_SYNC_MESSAGE_CHARS, nearbyMessage } from '../domain/sync-message';
import { isHelloFor, timers, type Clock } from './publisher';
import type { Transport } from './transport';

/**
 * How long after the last change the console names the nearby cards: by then the walls have drawn the change, so
 * that laying out the cards ahead never delays the step the trainer just took (on the wall a step shows within a
 * frame or two; a trainer takes the next one seconds later).
 */
export const NEARBY_DELAY_MS = 150;

export interface Nearby {
  sessionId: string;
  cards: readonly Card[];
}

/**
 * Names the cards next to the one on the table to the windows of this device (see nearbyCardIds), once the
 * session has rested for NEARBY_DELAY_MS after a change, and again for a wall that says hello. Only what changed is
 * sent; a message that would be too large is not sent (the wall then lays the card out when it comes).
 */
export function shareNearby(
  transport: Transport,
  current: () => Nearby | null,
  subscribe: (listener: () => void) => () => void,
  clock: Clock = timers,
): () => void {
  let sent = '';
  let cancel: (() => void) | null = null;
  const send = () => {
    cancel = null;
    const nearby = current();
    if (!nearby) return;
    const text = nearbyMessage(nearby.sessionId, nearby.cards);
    if (text === sent || text.length > MAX_SYNC_MESSAGE_CHARS) return;
    sent = text;
    transport.send(text);
  };
  const schedule = () => {
    cancel?.();
    cancel = clock.later(send, NEARBY_DELAY_MS);
  };
  let last = current();
  const offChanges = subscribe(() => {
    const next = current();
    if (next?.sessionId === last?.sessionId && next?.cards === last?.cards) return;
    last = next;
    schedule();
  });
  const offMessages = transport.onMessage((data) => {
    if (!isHelloFor(data, current()?.sessionId)) return;
    // A wall that just opened has none of them yet.
    sent = '';
    schedule();
  });
  schedule();
  return () => {
    cancel?.();
    offChanges();
    offMessages();
  };
}
