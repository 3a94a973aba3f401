import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import type { Language } from '../../domain/deck-constants';
import type { WallView } from '../../domain/session/wall-view';
import { FlipCard } from '../../ui/flip-card';
import { FitBox } from './fit-box';

const SIDES = ['a', 'b'] as const;
type Side = (typeof SIDES)[number];

interface WeighBoardProps {
  view: WallView;
  language: Language;
}

/**
 * Weeg de factoren while the group weighs: the case on the table across the top, the factors on side A at
 * the left and on side B at the right, and between them the factor being weighed now.
 */
export function WeighBoard({ view, language }: WeighBoardProps) {
  const { t } = useTranslation(['projector', 'common']);
  const caseTitle = useId();
  const sideTitle = useId();
  const { card } = view;
  const question = view.question?.kind === 'weights' ? view.question : null;
  const placed = question?.factors ?? [];
  // The case on the table is sent once: as the card when it is the card on the table.
  const cardIsCase = card !== null && !view.caseCard && question?.caseId === card.id;
  const caseCard = view.caseCard ?? (cardIsCase ? card : null);
  const current = card?.kind === 'factor' ? card.id : null;
  const label = (side: Side) => {
    const index = side === 'a' ? 0 : 1;
    return caseCard?.kind === 'dilemma' ? caseCard.sides[index].label[language] : null;
  };
  const fitKey = `${caseCard?.id}-${card?.id}-${placed.map((p) => p.id + p.side).join()}-${language}-${view.room?.code}`;

  return (
    <FitBox className="wall__focus weigh-board" fitKey={fitKey} grow={1.25}>
      {caseCard && (
        <section className="weigh-board__case" aria-labelledby={caseTitle}>
          <h2 id={caseTitle} className="projector__title weigh-board__case-title">
            <span className="weigh-board__case-label">{t('onTable')}:</span> {caseCard.title[language]}
          </h2>
        </section>
      )}
      <div className="weigh-board__scale">
        {SIDES.map((side) => {
          const factors = placed.filter((p) => p.side === side);
          return (
            <section
              key={side}
              className={`weigh-board__side weigh-board__side--${side}`}
              aria-labelledby={`${sideTitle}-${side}`}
            >
              <h2 id={`${sideTitle}-${side}`} className="weigh-board__side-title">
                <span className="side-letter" data-side={side}>
                  {side.toUpperCase()}
                </span>{' '}
                {label(side) ?? t(side === 'a' ? 'common:card.sideA' : 'common:card.sideB')}
              </h2>
              {factors.length > 0 ? (
                <ul className="weigh-board__factors">
                  {factors.map((f) => (
                    <li
                      key={f.id}
                      className={
                        f.id === current ? 'weigh-board__factor weigh-board__factor--current' : 'weigh-board__factor'
                      }
                      aria-current={f.id === current ? 'true' : undefined}
                    >
                      {f.title[language]}
                      {f.id === current && <span className="weigh-board__now"> {t('weigh.now')}</span>}
                    </li>
                  ))}
                </ul>
              ) : (
                <p className="weigh-board__empty">{t('weigh.emptySide')}</p>
              )}
            </section>
          );
        })}
        <div className="weigh-board__current">
          {cardIsCase ? (
            <p className="wall__no-card">{t('weigh.giveWeights')}</p>
          ) : card ? (
            <FlipCard card={card} faceUp={view.faceUp} language={language} size="large" />
          ) : (
            <p className="wall__no-card">{t('noCard')}</p>
          )}
        </div>
      </div>
    </FitBox>
  );
}
