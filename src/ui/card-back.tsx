import { memo } from 'react';
import { useTranslation } from 'react-i18next';

import type { CardKind } from '../domain/deck-constants';

/** The back of a card: only its kind shows, as on the paper set. Drawn again only when the kind changes. */
export const CardBack = memo(function CardBack({ kind }: { kind: CardKind }) {
  const { t } = useTranslation();
  return (
    <div className={`card-back card-back--${kind}`}>
      <span className="card-back__mark" aria-hidden="true">
        ⚖
      </span>
      <span className="card-back__name">{t('card.back')}</span>
      <span className="card-back__kind">{t(`kind.${kind}`)}</span>
    </div>
  );
});
