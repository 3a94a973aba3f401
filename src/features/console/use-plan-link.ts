import { useEffect, useRef } from 'react';

import type { Deck } from '../../domain/deck-schema';
import { consoleHref } from '../../ui/view-links';
import { offerPlanLink } from './plan-run';

/**
 * Offers a shared plan once the deck is there, then moves the address on to `#/console` so that a reload does
 * not offer it again. A damaged or forged address is refused with a reason; nothing blanks.
 */
export function usePlanLink(payload: string | null, deck: Deck | null) {
  const handled = useRef<string | null>(null);
  useEffect(() => {
    if (payload === null || !deck || handled.current === payload) return;
    handled.current = payload;
    offerPlanLink(payload);
    window.location.replace(consoleHref);
  }, [payload, deck]);
}
