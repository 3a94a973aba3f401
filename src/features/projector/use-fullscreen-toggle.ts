import { useCallback, useEffect } from 'react';

/** Toggles fullscreen for the whole page; the browser may refuse, and then nothing happens. */
function toggleFullscreen() {
  try {
    const request = document.fullscreenElement
      ? document.exitFullscreen?.()
      : document.documentElement.requestFullscreen?.();
    request?.catch(() => undefined);
  } catch {
    // Not allowed here (no user gesture, or no fullscreen at all): the wall stays as it is.
  }
}

/** The `f` key toggles fullscreen; returns the toggle for a double click. */
export function useFullscreenToggle() {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key.toLowerCase() !== 'f' || event.ctrlKey || event.metaKey || event.altKey || event.repeat) return;
      event.preventDefault();
      toggleFullscreen();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  return useCallback(() => toggleFullscreen(), []);
}
