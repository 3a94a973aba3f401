import { useEffect, useRef } from 'react';

import { savedStateRead } from './store';

/**
 * Opens what an address carries (a shared card, deal or plan) once per `key`, after this device's save is in
 * the store: read later, the save would replace what the address opened. `key` is null while there is nothing
 * to open yet (no address, or no deck to open it with). `open` runs with the values of the latest render and
 * moves the address on, so that a reload does not open it again.
 */
export function useAddressOnce(key: string | null, open: () => void) {
  const latest = useRef(open);
  latest.current = open;
  useEffect(() => {
    if (key === null) return;
    let cancelled = false;
    void savedStateRead.then(() => {
      if (!cancelled) latest.current();
    });
    return () => {
      cancelled = true;
    };
  }, [key]);
}
