import type { StateStorage } from 'zustand/middleware';

/**
 * localStorage that writes only what this window changed. Several windows of the app (console, projector,
 * a second solo tab) share one key; a window that merely loaded a deck must not write back the older copy
 * it read at start over what another window saved since.
 */
export function createWindowStorage(): StateStorage {
  const seen = new Map<string, string>();
  return {
    getItem: (name) => {
      const value = localStorage.getItem(name);
      if (value !== null) seen.set(name, value);
      return value;
    },
    setItem: (name, value) => {
      if (seen.get(name) === value) return;
      seen.set(name, value);
      try {
        localStorage.setItem(name, value);
      } catch (error) {
        // A full storage must not break play: the session goes on in memory.
        console.error('Could not save to this device', error);
      }
    },
    removeItem: (name) => {
      seen.delete(name);
      localStorage.removeItem(name);
    },
  };
}
