/**
 * The stopwatch of `npm run bench`, installed in every page before its own scripts run (the app's windows and
 * the floor pages alike, so that both are measured by one method):
 *
 * - in the window that gets the key: the time the key went down (`KeyboardEvent.timeStamp`, on the shared clock
 *   `performance.timeOrigin + …`), taken in a capturing listener before the page's own handlers;
 * - in the window that shows: once armed, the first DOM change (a MutationObserver on the whole document), then
 *   the next frame: a `requestAnimationFrame` callback and a message posted from it, which runs after that frame
 *   was handed to the compositor (its paint);
 * - BroadcastChannel messages sent and received, as User Timing marks, so that a Chromium trace of the bench can be
 *   cut at them (`scripts/bench-trace.ts`).
 *
 * Pages share one clock through `performance.timeOrigin + performance.now()` (all windows run in one browser).
 */
export interface ProbeFrame {
  /** The first DOM change after arming, on the shared clock. */
  changedAt: number;
  /** The rAF callback of the next frame after it. */
  frameAt: number;
  /** After that frame was painted (a message posted from the rAF callback). */
  paintedAt: number;
}

declare global {
  interface Window {
    __bench: {
      keys: { key: string; at: number }[];
      frames: ProbeFrame[];
      arm: () => void;
      /**
       * Resolves once the DOM has not changed and no animation has run for `ms` (a CSS animation changes no DOM: the
       * card's fold runs for half a second after its last change), or after `maxMs` anyway.
       */
      settle: (ms: number, maxMs: number) => Promise<void>;
      /** Resolves with the frame after `count` frames, or null after `maxMs`. */
      frameAfter: (count: number, maxMs: number) => Promise<ProbeFrame | null>;
    };
  }
}

/** Runs in the page (serialised by Playwright's addInitScript): no imports, no closures over this module. */
export function installFrameProbe() {
  const now = () => performance.timeOrigin + performance.now();
  const state: Window['__bench'] = {
    keys: [],
    frames: [],
    arm: () => void (armed = true),
    settle: (ms, maxMs) =>
      new Promise((resolve) => {
        const until = now() + maxMs;
        let lastMoved = lastChange;
        const still = () => {
          if (document.getAnimations().some((animation) => animation.playState === 'running')) lastMoved = now();
          return now() - Math.max(lastChange, lastMoved) >= ms;
        };
        const check = () => (still() || now() > until ? resolve() : setTimeout(check, 10));
        check();
      }),
    frameAfter: (count, maxMs) =>
      new Promise((resolve) => {
        const until = now() + maxMs;
        const check = () =>
          state.frames.length > count
            ? resolve(state.frames[count]!)
            : now() > until
              ? resolve(null)
              : setTimeout(check, 5);
        check();
      }),
  };
  let armed = false;
  let lastChange = now();
  window.__bench = state;
  window.addEventListener(
    'keydown',
    (event) => {
      const at = performance.timeOrigin + event.timeStamp;
      state.keys.push({ key: event.key, at });
      try {
        performance.mark('bench:key', { detail: event.key });
      } catch {
        // no User Timing
      }
    },
    { capture: true },
  );
  const channel = new MessageChannel();
  let pending: Omit<ProbeFrame, 'paintedAt'> | null = null;
  channel.port1.onmessage = () => {
    if (!pending) return;
    state.frames.push({ ...pending, paintedAt: now() });
    pending = null;
    try {
      performance.mark('bench:painted');
    } catch {
      // no User Timing
    }
  };
  const observer = new MutationObserver(() => {
    lastChange = now();
    if (!armed) return;
    armed = false;
    const changedAt = lastChange;
    requestAnimationFrame(() => {
      pending = { changedAt, frameAt: now() };
      channel.port2.postMessage(0);
    });
  });
  const observe = () =>
    observer.observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
  if (document.documentElement) observe();
  else document.addEventListener('DOMContentLoaded', observe, { once: true });

  // BroadcastChannel traffic as marks, for cutting a trace at the message.
  const mark = (name: string) => {
    try {
      performance.mark(name);
    } catch {
      // no User Timing
    }
  };
  const post = BroadcastChannel.prototype.postMessage;
  BroadcastChannel.prototype.postMessage = function (this: BroadcastChannel, message: unknown) {
    mark('bench:bc-send');
    return post.call(this, message);
  };
  const onmessage = Object.getOwnPropertyDescriptor(BroadcastChannel.prototype, 'onmessage');
  if (onmessage?.set && onmessage.get) {
    const set = onmessage.set;
    Object.defineProperty(BroadcastChannel.prototype, 'onmessage', {
      configurable: true,
      get: onmessage.get,
      set(this: BroadcastChannel, handler: ((event: MessageEvent) => void) | null) {
        set.call(
          this,
          handler &&
            ((event: MessageEvent) => {
              mark('bench:bc-receive');
              handler.call(this, event);
            }),
        );
      },
    });
  }
}
