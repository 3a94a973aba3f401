import { useTranslation } from 'react-i18next';

import type { Language } from '../../domain/deck-constants';
import type { Answer } from '../../domain/room-protocol';
import type { WallView } from '../../domain/session/wall-view';

type Results = NonNullable<WallView['results']>;

interface PhoneResultsProps {
  results: Extract<Results, { kind: 'weigh' | 'duel' }>;
  /** This phone's own answer to the question revealed, to mark among the results. */
  mine: Answer | undefined;
  language: Language;
}

/**
 * The revealed results on a phone: one narrow column that fits 360 px, numbers as the language writes them,
 * and this phone's own answer marked. The wall shows the large picture.
 */
export function PhoneResults({ results, mine, language }: PhoneResultsProps) {
  const { t } = useTranslation(['participant', 'common']);
  const decimal = new Intl.NumberFormat(language, { maximumFractionDigits: 1 });
  const percent = new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 });
  const letter = (side: 'a' | 'b') => t(side === 'a' ? 'common:card.sideA' : 'common:card.sideB');

  if (results.kind === 'duel') {
    const total = results.a + results.b;
    return (
      <ul className="phone-results" aria-label={t('results.title')}>
        {(['a', 'b'] as const).map((side, index) => {
          const count = results[side];
          const own = mine?.kind === 'side' && mine.side === side;
          return (
            <li key={side} className={`phone-results__row${own ? ' phone-results__row--mine' : ''}`}>
              <span className="phone-results__name">
                {letter(side)}: {results.labels[index]![language]}
              </span>
              <span className="phone-results__value">
                {t('results.share', { count, total, share: percent.format(total ? count / total : 0) })}
              </span>
              {own && <span className="phone-results__mine">{t('results.yourChoice')}</span>}
            </li>
          );
        })}
      </ul>
    );
  }

  const tips = results.tilt === 0 ? null : results.tilt < 0 ? 'a' : 'b';
  return (
    <>
      <p className="phone-results__balance">
        {tips
          ? t('results.tipsTo', { side: `${letter(tips)} (${results.sides[tips === 'a' ? 0 : 1][language]})` })
          : t('results.even')}
      </p>
      <ul className="phone-results" aria-label={t('results.title')}>
        {results.factors.map((factor) => {
          const own = mine?.kind === 'weights' ? mine.weights[factor.id] : undefined;
          return (
            <li key={factor.id} className={`phone-results__row${own ? ' phone-results__row--mine' : ''}`}>
              <span className="phone-results__name">
                {factor.title[language]} <span className="phone-results__side">· {letter(factor.side)}</span>
              </span>
              <span className="phone-results__value">
                {factor.mean === null
                  ? t('results.noWeights')
                  : t('results.weights', {
                      mean: decimal.format(factor.mean),
                      min: factor.min,
                      max: factor.max,
                      count: factor.weights.length,
                    })}
              </span>
              {own !== undefined && (
                <span className="phone-results__mine">{t('results.yourWeight', { weight: own })}</span>
              )}
            </li>
          );
        })}
      </ul>
    </>
  );
}
