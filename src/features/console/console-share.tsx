import { useTranslation } from 'react-i18next';

import { currentCardId, matchesFilter, type Deal } from '../../domain/deal';
import type { Deck } from '../../domain/deck-schema';
import { cardHash, dealHash, deckVersion } from '../../domain/share-link';
import { selectActiveDeck } from '../../state/deck-slice';
import { useAppStore } from '../../state/store';
import { CopyAddress } from '../../ui/copy-address';

/**
 * Whether the deal is the deck's cards of its filter and nothing else: only then do the deck version, seed and
 * filter reproduce it elsewhere (a plan's own cards, or a card played from outside the filter, do not).
 */
function reproducible(deal: Deal, deck: Deck): boolean {
  const inDeal = new Set([...deal.pile, ...deal.drawn, ...deal.discarded]);
  const pool = deck.cards.filter((card) => matchesFilter(card, deal.filter));
  return inDeal.size === pool.length && pool.every((card) => inDeal.has(card.id));
}

/** The addresses of the card on the table and of the deal, to copy, as in the solo view. */
export function ConsoleShare() {
  const { t } = useTranslation('plan');
  const deck = useAppStore(selectActiveDeck);
  const deal = useAppStore((s) => s.session?.deal ?? null);
  const cardId = deal ? currentCardId(deal) : null;
  if (!deck || !deal) return null;
  const dealLink = reproducible(deal, deck)
    ? dealHash({ deckVersion: deckVersion(deck), seed: deal.seed, filter: deal.filter })
    : null;
  return (
    <section className="panel console-share" aria-labelledby="console-share-title">
      <h2 id="console-share-title" className="visually-hidden">
        {t('share.title')}
      </h2>
      {cardId && <CopyAddress hash={cardHash(cardId)} label={t('share.card')} />}
      {dealLink && <CopyAddress hash={dealLink} label={t('share.deal')} />}
    </section>
  );
}
