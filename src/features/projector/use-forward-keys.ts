import { useEffect } from 'react';

import { keyMessage, WALL_KEYS, type WallKey } from '../../domain/sync-message';
import type { Transport } from '../../sync/transport';

const isWallKey = (key: string): key is WallKey => (WALL_KEYS as readonly string[]).includes(key);
const TYPING = new Set(['INPUT', 'TEXTAREA', 'SELECT']);

/**
 * A presenter clicker sends its keys to the window in front, often the projector once it is fullscreen:
 * those keys go to the console, which stays the only driver. The wall itself changes nothing. `link`: the channel
 * the wall follows the console on.
 */
export function useForwardKeys(sessionId: string | null, link: Transport | null) {
  useEffect(() => {
    if (sessionId === null || !link) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
      const target = event.target as HTMLElement | null;
      if (target && (TYPING.has(target.tagName) || target.isContentEditable)) return;
      const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
      if (!isWallKey(key)) return;
      event.preventDefault();
      link.send(keyMessage(sessionId, key));
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [sessionId, link]);
}
