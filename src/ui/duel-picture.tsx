import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import type { Language } from '../domain/deck-constants';
import type { WallView } from '../domain/session/wall-view';
import './pictures.css';

export type DuelResults = Extract<NonNullable<WallView['results']>, { kind: 'duel' }>;

interface DuelPictureProps {
  results: DuelResults;
  language: Language;
}

const SIDES = [
  { side: 'a', letter: 'A', index: 0 },
  { side: 'b', letter: 'B', index: 1 },
] as const;

/** The split of a dilemma-duel: one bar divided between the two sides, with counts, shares and labels. */
export function DuelPicture({ results, language }: DuelPictureProps) {
  const { t } = useTranslation('projector');
  const caption = useId();
  const total = results.a + results.b;
  // Weeg opnieuw: the split of the round before, said beside this one's.
  const before =
    results.rounds && results.before
      ? { round: results.rounds[0], ...results.before, total: results.before.a + results.before.b }
      : null;
  const percent = new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 });
  const share = (count: number) => (total ? count / total : 0);
  const sides = SIDES.map(({ side, letter, index }) => {
    const count = results[side];
    return {
      side,
      letter,
      count,
      label: results.labels[index][language],
      percent: percent.format(share(count)),
    };
  });

  return (
    <figure className="duel-picture" aria-labelledby={caption}>
      <div className="duel-picture__sides" aria-hidden="true">
        {sides.map((s) => (
          <div key={s.side} className={`duel-side duel-side--${s.side}`}>
            <span className="duel-side__name">
              <span className="side-letter" data-side={s.side}>
                {s.letter}
              </span>{' '}
              {s.label}
            </span>
            <span className="duel-side__count">{s.count}</span>
            <span className="duel-side__percent">{s.percent}</span>
          </div>
        ))}
      </div>
      <div className="duel-picture__bar" aria-hidden="true" data-empty={total === 0 || undefined}>
        {sides.map((s) => (
          <span
            key={s.side}
            className={`duel-picture__part duel-picture__part--${s.side}`}
            style={{ flexGrow: total ? s.count : 1 }}
          >
            {s.count > 0 && s.letter}
          </span>
        ))}
      </div>
      <figcaption id={caption} className="duel-picture__caption">
        {total === 0
          ? t('duel.nobody')
          : sides.map((s) => (
              <span key={s.side} className="duel-picture__line">
                {t('duel.summary', { letter: s.letter, label: s.label, chosen: s.count, total, percent: s.percent })}
                {before &&
                  `; ${t('duel.before', { round: before.round, chosen: before[s.side], total: before.total })}`}
              </span>
            ))}
      </figcaption>
    </figure>
  );
}
