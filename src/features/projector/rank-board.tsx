import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import type { Language } from '../../domain/deck-constants';
import type { WallView } from '../../domain/session/wall-view';
import { FitBox } from './fit-box';

type RankResults = Extract<NonNullable<WallView['results']>, { kind: 'rank' }>;
type Row = RankResults['rows'][number];

/** The most rows the wall shows at a size readable from the back; the text version has them all. */
const WALL_ROWS = 5;

/**
 * Rangorde once revealed: per factor the group's place (Borda count, ties shared) beside its rank in the
 * study's top 15, the spread in the group, and the largest differences marked; the question to talk about
 * below. Every row, also those the wall has no room for, is in the text version for screen readers.
 */
export function RankBoard({
  results,
  language,
  narrow,
}: {
  results: RankResults;
  language: Language;
  narrow: boolean;
}) {
  const { t } = useTranslation('rank');
  const title = useId();
  const placeText = (row: Row) =>
    row.place === null
      ? t('wall.notPicked')
      : row.tied
        ? t('wall.placeTied', { place: row.place })
        : t('wall.place', { place: row.place });
  // Beside the QR code of an open room there is room for one row less.
  const rowsShown = narrow ? WALL_ROWS - 1 : WALL_ROWS;
  // The group's own ranking comes first; of the study's factors nobody picked, at least one row shows, more
  // only where the ranking leaves room. Everything else is in the text version.
  const missed = results.rows.filter((r) => r.mark !== null && r.place === null);
  const ranked = results.rows.filter((r) => r.place !== null);
  const missedShown = Math.min(missed.length, Math.max(1, rowsShown - ranked.length));
  const shown = [...ranked.slice(0, rowsShown - missedShown), ...missed.slice(0, missedShown)];
  const hidden = results.rows.length - shown.length;

  return (
    <FitBox className="wall__focus rank-board" fitKey={`${JSON.stringify(results)}-${language}`} grow={1}>
      <section aria-labelledby={title} className="rank-board__section">
        <h2 id={title} className="projector__title rank-board__title">
          {t('wall.title')}
        </h2>
        <p className="rank-board__count">
          {t('wall.voters', { count: results.voters })}. {t('wall.count', { size: results.size })}
        </p>
        {results.voters === 0 ? (
          <p className="rank-board__none">{t('wall.none')}</p>
        ) : (
          <table className="rank-board__table" aria-hidden="true">
            <thead>
              <tr>
                <th scope="col">{t('wall.group')}</th>
                <th scope="col">{t('wall.factor')}</th>
                <th scope="col">{t('wall.study')}</th>
                <th scope="col">{t('wall.spread')}</th>
                <th scope="col" />
              </tr>
            </thead>
            <tbody>
              {shown.map((row) => (
                <tr key={row.id} className={row.mark ? `rank-board__row--marked rank-board__row--${row.mark}` : ''}>
                  <td className="rank-board__place">{placeText(row)}</td>
                  <td className="rank-board__factor">{row.title[language]}</td>
                  <td className="rank-board__study">{row.study ?? t('wall.notInTop')}</td>
                  <td className="rank-board__spread">
                    {row.picks > 0 ? t('wall.spreadValue', { count: row.picks, best: row.best, worst: row.worst }) : ''}
                  </td>
                  <td className="rank-board__mark">{row.mark ? t(`wall.mark.${row.mark}`) : ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {hidden > 0 && (
          <p className="rank-board__more" aria-hidden="true">
            {t('wall.more', { count: hidden })}
          </p>
        )}
        {results.rows.some((r) => r.mark !== null) && <p className="rank-board__prompt">{t('wall.prompt')}</p>}
        <ul className="visually-hidden">
          {results.rows.map((row) => (
            <li key={row.id}>
              {t('wall.text', {
                factor: row.title[language],
                group: placeText(row),
                study: row.study === null ? t('wall.textNoStudy') : t('wall.textStudy', { rank: row.study }),
                mark: row.mark ? t('wall.textMark', { mark: t(`wall.mark.${row.mark}`) }) : '',
              })}
              {row.picks > 0 && t('wall.textSpread', { count: row.picks, best: row.best, worst: row.worst })}
            </li>
          ))}
        </ul>
      </section>
    </FitBox>
  );
}
