import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import type { Language } from '../../domain/deck-constants';
import type { Card } from '../../domain/deck-schema';

interface PrintBackProps {
  card: Card;
  language: Language;
  number: number;
  total: number;
}

/** The back of a printed card: all of its text, with where it comes from in small print. */
export function PrintBack({ card, language, number, total }: PrintBackProps) {
  const { t } = useTranslation(['print', 'common']);
  const titleId = useId();
  const meta = [
    card.kind === 'step' ? t('common:card.step', { step: card.step }) : t(`common:kind.${card.kind}`),
    card.kind === 'factor' && t(`common:cluster.${card.cluster}`),
    card.kind === 'factor' && card.rank !== undefined && t('common:card.rank', { rank: card.rank }),
  ].filter(Boolean);
  return (
    <article className={`print-card print-back print-back--${card.kind}`} aria-labelledby={titleId}>
      <div className="print-card__frame">
        <p className="print-back__meta">{meta.join(' · ')}</p>
        {/* useFitText (print-view.tsx) shrinks the type of this body when a long card would overflow. */}
        <div className="print-back__body" data-fit="">
          <h4 id={titleId} className="print-back__title">
            {card.title[language]}
          </h4>
          <p className="print-back__text">{card.text[language]}</p>
          {card.kind === 'dilemma' && (
            <div className="print-back__sides" role="group" aria-label={t('common:card.sides')}>
              {card.sides.map((side, index) => (
                <section key={index} className={`print-side print-side--${index === 0 ? 'a' : 'b'}`}>
                  <h5>
                    {index === 0 ? t('common:card.sideA') : t('common:card.sideB')}: {side.label[language]}
                  </h5>
                  <p>{side.text[language]}</p>
                </section>
              ))}
            </div>
          )}
          {card.kind === 'instruction' ? (
            <>
              <p className="print-back__duration">
                {t('common:card.duration', { minutes: card.minutes, min: card.players.min, max: card.players.max })}
              </p>
              <h5>{t('common:card.howToPlay')}</h5>
              <ol className="print-back__list">
                {card.steps.map((step, index) => (
                  <li key={index}>{step[language]}</li>
                ))}
              </ol>
            </>
          ) : (
            <>
              <h5>{t('common:card.questions')}</h5>
              <ul className="print-back__list">
                {card.questions.map((question, index) => (
                  <li key={index}>{question[language]}</li>
                ))}
              </ul>
            </>
          )}
        </div>
        <p className="print-card__footer print-back__source">
          <span>{t('common:card.sources', { sources: card.origin[language] })}</span>
          <span>{t('cardNumber', { number, total })}</span>
        </p>
      </div>
    </article>
  );
}
