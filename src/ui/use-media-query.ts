import { useSyncExternalStore } from 'react';

interface Watched {
  /** The `matchMedia` the list came from (a test may swap it). */
  source: unknown;
  subscribe: (onChange: () => void) => () => void;
  matches: () => boolean;
}

/**
 * One list and one pair of functions per query, for as long as the page lives: a render asks the list it has (no
 * new `matchMedia` per render), and React keeps its subscription (a new subscribe function on every render would
 * make it unsubscribe and subscribe again each time).
 */
const watched = new Map<string, Watched>();

function watch(query: string): Watched {
  const source: unknown = window.matchMedia;
  let known = watched.get(query);
  if (known && known.source === source) return known;
  if (typeof window.matchMedia !== 'function') {
    known = { source, subscribe: () => () => undefined, matches: () => false };
  } else {
    const list = window.matchMedia(query);
    known = {
      source,
      subscribe: (onChange) => {
        list.addEventListener('change', onChange);
        return () => list.removeEventListener('change', onChange);
      },
      matches: () => list.matches,
    };
  }
  watched.set(query, known);
  return known;
}

/** Whether a media query matches now, following changes; false where the browser cannot tell. */
export function useMediaQuery(query: string): boolean {
  const { subscribe, matches } = watch(query);
  return useSyncExternalStore(subscribe, matches);
}

/** A mouse or trackpad (not a touch screen): only then is a keyboard hint worth showing. */
export const FINE_POINTER = '(hover: hover) and (pointer: fine)';
