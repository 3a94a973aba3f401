import type { Deck } from '../../domain/deck-schema';
import { useAddressOnce } from '../../state/use-address-once';
import { consoleHref } from '../../ui/view-links';
import { offerPlanLink } from './plan-run';

/**
 * Offers a shared plan once the deck is there, then moves the address on to `#/console` so that a reload does
 * not offer it again. A damaged or forged address is refused with a reason; nothing blanks.
 */
export function usePlanLink(payload: string | null, deck: Deck | null) {
  useAddressOnce(deck ? payload : null, () => {
    if (payload === null) return;
    offerPlanLink(payload);
    window.location.replace(consoleHref);
  });
}
