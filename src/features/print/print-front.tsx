import { useTranslation } from 'react-i18next';

import type { Language } from '../../domain/deck-constants';
import type { Card } from '../../domain/deck-schema';
import { ClusterPattern, KindSymbol } from './print-symbols';

interface PrintFrontProps {
  card: Card;
  language: Language;
  /** The card's place in the deck, printed small on both sides to match them after cutting. */
  number: number;
  total: number;
}

/** The front of a printed card: its kind and cluster, big, with a symbol and a pattern, no colour needed. */
export function PrintFront({ card, language, number, total }: PrintFrontProps) {
  const { t } = useTranslation(['print', 'common']);
  const kind = card.kind === 'step' ? t('common:card.step', { step: card.step }) : t(`common:kind.${card.kind}`);
  const subtitle =
    card.kind === 'step'
      ? t(`common:stepNames.${card.step as 0 | 1 | 2 | 3 | 4 | 5}`)
      : card.kind === 'instruction'
        ? t(`common:format.${card.format}`)
        : null;
  return (
    <article className={`print-card print-front print-front--${card.kind}`} aria-label={card.title[language]}>
      <div className="print-card__frame">
        <p className="print-front__kind">{kind}</p>
        <div className="print-front__detail">
          {subtitle && <p className="print-front__subtitle">{subtitle}</p>}
          {card.kind === 'factor' && card.rank !== undefined && (
            <p className="print-front__rank">
              <span aria-hidden="true">{t('common:card.rank', { rank: card.rank })}</span>
              <span className="visually-hidden">{t('common:card.rankLabel', { rank: card.rank })}</span>
            </p>
          )}
        </div>
        <KindSymbol kind={card.kind} />
        {card.kind === 'factor' && (
          <div className="print-front__cluster">
            <ClusterPattern cluster={card.cluster} />
            <p className="print-front__cluster-label">{t(`common:cluster.${card.cluster}`)}</p>
          </div>
        )}
        <p className="print-card__footer">
          <span>{t('common:appName')}</span>
          <span>{t('cardNumber', { number, total })}</span>
        </p>
      </div>
    </article>
  );
}
