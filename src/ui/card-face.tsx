import { memo } from 'react';
import { useTranslation } from 'react-i18next';

import type { Language } from '../domain/deck-constants';
import type { Card } from '../domain/deck-schema';

interface CardFaceProps {
  card: Card;
  language: Language;
  /** `large` for the projector: fewer details, bigger type. */
  size?: 'normal' | 'large';
}

/**
 * The front of a card: kind, cluster (colour and label), rank, title, text, sides, questions, and where it comes from.
 * Drawn again only when its card, language or size changes: a card that turns over keeps its face as it is.
 */
export const CardFace = memo(function CardFace({ card, language, size = 'normal' }: CardFaceProps) {
  const { t } = useTranslation();
  const cluster = card.kind === 'factor' ? card.cluster : null;
  const duration =
    card.kind === 'instruction'
      ? t('card.duration', { minutes: card.minutes, min: card.players.min, max: card.players.max })
      : null;
  const body = (
    <>
      <p className="card-face__text">{card.text[language]}</p>
      {card.kind === 'dilemma' && (
        <div className="card-face__sides" role="group" aria-label={t('card.sides')}>
          {card.sides.map((side, index) => (
            <section key={index} className={`side side--${index === 0 ? 'a' : 'b'}`}>
              <h3>
                <span className="side__letter">{index === 0 ? t('card.sideA') : t('card.sideB')}:</span>{' '}
                {side.label[language]}
              </h3>
              <p>{side.text[language]}</p>
            </section>
          ))}
        </div>
      )}
      {card.kind === 'instruction' && (
        <>
          {size === 'normal' && <p className="card-face__duration">{duration}</p>}
          <h3 className="card-face__subtitle">{t('card.howToPlay')}</h3>
          <ol className="card-face__steps">
            {card.steps.map((step, index) => (
              <li key={index}>{step[language]}</li>
            ))}
          </ol>
        </>
      )}
      {card.kind !== 'instruction' && (
        <>
          <h3 className="card-face__subtitle">{t('card.questions')}</h3>
          <ul className="card-face__questions">
            {card.questions.map((question, index) => (
              <li key={index}>{question[language]}</li>
            ))}
          </ul>
        </>
      )}
    </>
  );
  return (
    <div className={`card-face card-face--${card.kind} card-face--${size}`} data-cluster={cluster ?? undefined}>
      <div className="card-face__meta">
        <span className="chip chip--kind">
          {card.kind === 'step' ? t('card.step', { step: card.step }) : t(`kind.${card.kind}`)}
        </span>
        {cluster && (
          <span className="chip chip--cluster" data-cluster={cluster}>
            <span className="chip__swatch" aria-hidden="true" />
            {t(`cluster.${cluster}`)}
          </span>
        )}
        {card.kind === 'factor' && card.rank !== undefined && (
          <span className="chip chip--rank" title={t('card.rankLabel', { rank: card.rank })}>
            <span aria-hidden="true">{t('card.rank', { rank: card.rank })}</span>
            <span className="visually-hidden">{t('card.rankLabel', { rank: card.rank })}</span>
          </span>
        )}
        {/* Large, the duration is one of the chips, so that the steps get its line. */}
        {duration && size === 'large' && <span className="chip chip--duration">{duration}</span>}
      </div>
      <h2 className="card-face__title">{card.title[language]}</h2>
      {size === 'large' ? <div className="card-face__body">{body}</div> : body}
      <p className="card-face__source">{t('card.sources', { sources: card.origin[language] })}</p>
    </div>
  );
});
