import { useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { Language } from '../../domain/deck-constants';
import type { WallView } from '../../domain/session/wall-view';
import { FitBox } from './fit-box';

type RankResults = Extract<NonNullable<WallView['results']>, { kind: 'rank' }>;
type Row = RankResults['rows'][number];

/**
 * The most rows the wall tries, full width and beside the QR code of an open room (where titles wrap sooner);
 * it shows as many of them as fit at a size readable from the back, never fewer than two. The text version
 * has them all.
 */
const WALL_ROWS = { wide: 12, narrow: 10 } as const;
const LEAST_ROWS = 2;

/**
 * How many rows to leave out so that the content fits its box, from the heights of the last rows shown; 0
 * when it fits. At least one while it does not, so that every pass comes closer.
 */
function rowsToDrop(box: HTMLElement, content: HTMLElement, rows: HTMLElement[]): number {
  let excess = content.offsetHeight - box.clientHeight;
  if (excess <= 0 && box.dataset.overflow !== 'true') return 0;
  let drop = 0;
  for (let i = rows.length - 1; i >= 0 && excess > 0; i--, drop++) excess -= rows[i]!.offsetHeight;
  return Math.max(1, drop);
}

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
  const most = narrow ? WALL_ROWS.narrow : WALL_ROWS.wide;
  // A box of another size (the projector going fullscreen, a room's panel beside it) is a new layout.
  const [resized, setResized] = useState(0);
  const fitKey = `${JSON.stringify(results)}-${language}-${narrow}-${resized}`;
  // As many rows as fit: start from the most and leave rows out until the board fits its box (the fit box
  // has measured it by the time this runs, its layout effect being the child's). A new result or a resized
  // window starts again from the most.
  const [fitted, setFitted] = useState<{ key: string; rows: number }>({ key: fitKey, rows: most });
  const rowsShown = fitted.key === fitKey ? fitted.rows : most;
  const section = useRef<HTMLElement>(null);
  useLayoutEffect(() => {
    const content = section.current?.closest<HTMLElement>('.fit-box__content');
    const box = content?.parentElement;
    if (!box || !content || rowsShown <= LEAST_ROWS) return;
    const rows = [...section.current!.querySelectorAll<HTMLElement>('.rank-board__table tbody tr')];
    const drop = rowsToDrop(box, content, rows);
    if (drop > 0) setFitted({ key: fitKey, rows: Math.max(LEAST_ROWS, Math.min(rows.length, rowsShown) - drop) });
  }, [fitKey, rowsShown]);
  useEffect(() => {
    const box = section.current?.closest<HTMLElement>('.fit-box');
    if (!box || typeof ResizeObserver === 'undefined') return;
    // The board's box changes with the window and with the panel beside it (a room, a longer address).
    let size = `${box.clientWidth}x${box.clientHeight}`;
    const observer = new ResizeObserver(() => {
      const now = `${box.clientWidth}x${box.clientHeight}`;
      if (now === size) return;
      size = now;
      setResized((n) => n + 1);
    });
    observer.observe(box);
    return () => observer.disconnect();
  }, []);
  // The group's own ranking comes first; of the study's factors nobody picked, at least one row shows, more
  // only where the ranking leaves room. Everything else is in the text version.
  const missed = results.rows.filter((r) => r.mark !== null && r.place === null);
  const ranked = results.rows.filter((r) => r.place !== null);
  const missedShown = Math.min(missed.length, Math.max(1, rowsShown - ranked.length));
  const shown = [...ranked.slice(0, rowsShown - missedShown), ...missed.slice(0, missedShown)];
  const hidden = results.rows.length - shown.length;

  return (
    <FitBox className="wall__focus rank-board" fitKey={`${fitKey}-${rowsShown}`} grow={1}>
      <section ref={section} aria-labelledby={title} className="rank-board__section">
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
