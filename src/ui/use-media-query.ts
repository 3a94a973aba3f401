import { useSyncExternalStore } from 'react';

/** Whether a media query matches now, following changes; false where the browser cannot tell. */
export function useMediaQuery(query: string): boolean {
  return useSyncExternalStore(
    (onChange) => {
      if (typeof window.matchMedia !== 'function') return () => undefined;
      const list = window.matchMedia(query);
      list.addEventListener('change', onChange);
      return () => list.removeEventListener('change', onChange);
    },
    () => typeof window.matchMedia === 'function' && window.matchMedia(query).matches,
  );
}

/** A mouse or trackpad (not a touch screen): only then is a keyboard hint worth showing. */
export const FINE_POINTER = '(hover: hover) and (pointer: fine)';
