import { useEffect } from 'react';

import { keyMessage, WALL_KEYS, type WallKey } from '../../domain/sync-message';

const isWallKey = (key: string): key is WallKey => (WALL_KEYS as readonly string[]).includes(key);
const TYPING = new Set(['INPUT', 'TEXTAREA', 'SELECT']);

/**
 * A presenter clicker sends its keys to the window in front, often the projector once it is fullscreen:
 * those keys go to the console, which stays the only driver. The wall itself changes nothing. `send`: on the
 * channel the wall follows the console on.
 */
export function useForwardKeys(sessionId: string | null, send: (text: string) => void) {
  useEffect(() => {
    if (sessionId === null) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
      const target = event.target as HTMLElement | null;
      if (target && (TYPING.has(target.tagName) || target.isContentEditable)) return;
      const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
      if (!isWallKey(key)) return;
      event.preventDefault();
      send(keyMessage(sessionId, key));
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [sessionId, send]);
}
