import { wallViewSchema, type WallView } from '../domain/session/wall-view';
import { MAX_SYNC_MESSAGE_CHARS, parseSyncMessage, viewMessage } from '../domain/sync-message';
import type { Transport } from './transport';

/** Who follows the console's session: the projector windows of this device, the room on the relay. */
export interface Follower {
  /** `text` is the view as a sync message (viewMessage), written once for every follower and the size check. */
  send(view: WallView, text: string): void;
}

/** Why a view could not be sent: the console says so, and the followers keep the last view they had. */
export type PublishProblem = { reason: 'too-large'; chars: number } | { reason: 'invalid'; path: string };

export interface Publisher {
  /** Hands a new projection to every follower, stamped with the time it was sent; false when refused. */
  publish(view: WallView): boolean;
  /** Adds a follower; it gets the last good view at once. Returns the function that removes it. */
  follow(follower: Follower): () => void;
  /** Sends the last good view to one follower again (a window that just opened asked for it). */
  resend(follower: Follower): void;
  onProblem(listener: (problem: PublishProblem | null) => void): () => void;
}

/**
 * Checks a view the way its followers will: the wall's schema and the size a message may have (`text` is the view
 * as a message, when it has been written already).
 */
export function checkView(
  view: WallView,
  maxChars = MAX_SYNC_MESSAGE_CHARS,
  text = viewMessage(view),
): PublishProblem | null {
  const parsed = wallViewSchema.safeParse(view);
  if (!parsed.success) return { reason: 'invalid', path: parsed.error.issues[0]?.path.join('.') ?? '' };
  return text.length > maxChars ? { reason: 'too-large', chars: text.length } : null;
}

/** The one publisher of a console: one projection per change, handed to every follower. */
export function createPublisher(
  now: () => number = () => performance.timeOrigin + performance.now(),
  maxChars = MAX_SYNC_MESSAGE_CHARS,
): Publisher {
  const followers = new Set<Follower>();
  const listeners = new Set<(problem: PublishProblem | null) => void>();
  let lastGood: { view: WallView; text: string } | null = null;
  let problem: PublishProblem | null = null;
  const report = (next: PublishProblem | null) => {
    if (next === problem || (next && problem && JSON.stringify(next) === JSON.stringify(problem))) return;
    problem = next;
    listeners.forEach((l) => l(problem));
  };
  return {
    publish(view) {
      const stamped = { ...view, sentAt: now() };
      const text = viewMessage(stamped);
      const refused = checkView(stamped, maxChars, text);
      report(refused);
      if (refused) return false;
      lastGood = { view: stamped, text };
      followers.forEach((f) => f.send(stamped, text));
      return true;
    },
    follow(follower) {
      followers.add(follower);
      if (lastGood) follower.send(lastGood.view, lastGood.text);
      return () => void followers.delete(follower);
    },
    resend(follower) {
      if (!lastGood || !followers.has(follower)) return;
      const again = { ...lastGood.view, sentAt: now() };
      follower.send(again, viewMessage(again));
    },
    onProblem(listener) {
      listeners.add(listener);
      listener(problem);
      return () => void listeners.delete(listener);
    },
  };
}

export const HELLO_INTERVAL_MS = 1000;

/** Runs something later; returns the function that cancels it. */
export interface Clock {
  later: (run: () => void, ms: number) => () => void;
}

export const timers: Clock = {
  later: (run, ms) => {
    const timer = setTimeout(run, ms);
    return () => clearTimeout(timer);
  },
};

/** Whether `data` is a window's hello for the session `sessionId` (a hello for no session in particular counts). */
export function isHelloFor(data: unknown, sessionId: string | null | undefined): boolean {
  const parsed = parseSyncMessage(data);
  if (!parsed.ok || parsed.message.type !== 'hello') return false;
  return parsed.message.sessionId === null || parsed.message.sessionId === sessionId;
}

/**
 * The windows of this device as one follower over a transport: each view goes out as a sync message; a
 * window that says hello for this session gets the view again, at most once a second however many ask
 * (a view sent over the channel reaches every window anyway).
 */
export function followOverChannel(
  publisher: Publisher,
  transport: Transport,
  sessionId: () => string | null,
  clock: Clock & { now: () => number } = { ...timers, now: () => Date.now() },
): () => void {
  const follower: Follower = { send: (_view, text) => transport.send(text) };
  let answeredAt = -Infinity;
  let pending: (() => void) | null = null;
  const answer = () => {
    pending = null;
    answeredAt = clock.now();
    publisher.resend(follower);
  };
  const offMessages = transport.onMessage((data) => {
    if (!isHelloFor(data, sessionId())) return;
    const wait = answeredAt + HELLO_INTERVAL_MS - clock.now();
    if (wait <= 0) answer();
    else pending ??= clock.later(answer, wait);
  });
  const unfollow = publisher.follow(follower);
  return () => {
    pending?.();
    offMessages();
    unfollow();
  };
}
