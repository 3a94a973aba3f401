import { useTranslation } from 'react-i18next';

import type { Language } from '../../domain/deck-constants';
import type { Answer } from '../../domain/room-protocol';
import type { WallView } from '../../domain/session/wall-view';

type RankResults = Extract<NonNullable<WallView['results']>, { kind: 'rank' }>;

interface PhoneRankResultsProps {
  results: RankResults;
  /** This phone's own ranking, to mark the place it gave each factor. */
  mine: Answer | undefined;
  language: Language;
}

/**
 * Rangorde once revealed, on a phone: the group's ranking in one narrow column (the wall's table has its columns
 * side by side), each factor with its place in the group and in the study's top 15, and the place this phone gave
 * it marked.
 */
export function PhoneRankResults({ results, mine, language }: PhoneRankResultsProps) {
  const { t } = useTranslation(['participant', 'rank']);
  const own = mine?.kind === 'ranking' ? mine.order : [];
  if (results.voters === 0) return <p>{t('rank:wall.none')}</p>;
  return (
    <>
      <p className="phone-results__balance">{t('rank:wall.voters', { count: results.voters })}</p>
      <ol className="phone-results" aria-label={t('results.title')}>
        {results.rows.map((row) => {
          const place = own.indexOf(row.id) + 1;
          return (
            <li key={row.id} className={`phone-results__row${place ? ' phone-results__row--mine' : ''}`}>
              <span className="phone-results__name">{row.title[language]}</span>
              <span className="phone-results__value">
                {row.place === null
                  ? t('rank:wall.notPicked')
                  : t(row.tied ? 'rank:wall.placeTied' : 'rank:wall.place', { place: row.place })}
                {' · '}
                {row.study === null ? t('rank:wall.textNoStudy') : t('results.rankStudy', { rank: row.study })}
                {/* The other marks say again what the place and the study say. */}
                {row.mark === 'shift' && ` · ${t('rank:wall.mark.shift')}`}
              </span>
              {place > 0 && <span className="phone-results__mine">{t('results.yourPlace', { place })}</span>}
            </li>
          );
        })}
      </ol>
    </>
  );
}
