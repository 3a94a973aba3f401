import type { Deck } from '../../domain/deck-schema';
import { decodeDealLink, deckIdOf, deckVersion, isCardId, type SharedOutcome } from '../../domain/share-link';
import { useAppStore } from '../../state/store';
import { useAddressOnce } from '../../state/use-address-once';
import { soloHref } from '../../ui/view-links';

/** A card or a deal someone shared, as the address carries it. */
export type SharedLink = { type: 'card'; cardId: string } | { type: 'deal'; payload: string };

function openShared(shared: SharedLink, deck: Deck): SharedOutcome {
  const { openCard, startDeal } = useAppStore.getState();
  if (shared.type === 'card') {
    if (!isCardId(shared.cardId) || !deck.cards.some((card) => card.id === shared.cardId))
      return { type: 'cardMissing' };
    openCard(shared.cardId);
    return { type: 'cardOpened' };
  }
  const read = decodeDealLink(shared.payload);
  if (!read.ok) return { type: 'dealRefused', problem: read.problem };
  if (read.value.deckVersion !== deckVersion(deck))
    return { type: 'dealOtherVersion', link: read.value, sameDeck: deckIdOf(read.value.deckVersion) === deck.id };
  startDeal(read.value.seed, read.value.filter);
  return { type: 'dealOpened' };
}

/**
 * Opens a shared card or deal once the deck is there, then moves the address on to `#/solo` so that a reload
 * or a later draw does not open it again. A damaged or forged address is refused with a reason; nothing blanks.
 */
export function useSharedLink(shared: SharedLink | null, deck: Deck | null, showCard: () => void) {
  const key = shared ? `${shared.type}:${shared.type === 'card' ? shared.cardId : shared.payload}` : null;
  useAddressOnce(deck ? key : null, () => {
    if (!shared || !deck) return;
    const outcome = openShared(shared, deck);
    useAppStore.getState().setSharedOutcome(outcome);
    if (outcome.type === 'cardOpened') showCard();
    window.location.replace(soloHref);
  });
}
