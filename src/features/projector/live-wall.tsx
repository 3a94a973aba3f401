import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import type { Language } from '../../domain/deck-constants';
import type { WallView } from '../../domain/session/wall-view';
import { DuelPicture } from '../../ui/duel-picture';
import { FlipCard } from '../../ui/flip-card';
import { useMediaQuery } from '../../ui/use-media-query';
import { StepsPicture } from '../../ui/steps-picture';
import { WeighPicture } from '../../ui/weigh-picture';
import { FitBox } from './fit-box';
import { WallBar } from './wall-bar';
import { WallRoom } from './wall-room';
import { WeighBoard } from './weigh-board';

interface LiveWallProps {
  view: WallView;
  language: Language;
}

/** Which arrangement of the stage a view needs. */
export type WallLayout = 'card' | 'weigh' | 'steps' | 'results';

export function layoutOf(view: WallView): WallLayout {
  const { results } = view;
  if (view.revealed && (results?.kind === 'weigh' || results?.kind === 'duel')) return 'results';
  if (results?.kind === 'steps') return 'steps';
  if (view.format === 'weigh' && (view.caseCard || view.question?.kind === 'weights')) return 'weigh';
  return 'card';
}

/**
 * A session on the wall: where the group is (format, phase, step, turn, timer) in one line at the top; below
 * it the card large, the scale of Weeg de factoren, the steps of Vertragen, or once revealed the results as a
 * picture; the open room's QR code and address at the right.
 */
export function LiveWall({ view, language }: LiveWallProps) {
  const layout = layoutOf(view);
  return (
    <div
      className={`wall wall--${layout} wall--${view.format}${view.revealed ? ' wall--revealed' : ''}${view.room ? ' wall--room' : ''}`}
    >
      <WallBar view={view} />
      <main id="main" className="wall__stage">
        <Stage view={view} language={language} layout={layout} />
      </main>
      {view.room && <WallRoom room={view.room} large={view.phase === 'intro' || !view.card} />}
    </div>
  );
}

function Stage({ view, language, layout }: LiveWallProps & { layout: WallLayout }) {
  const { t } = useTranslation('projector');
  const { card, results } = view;
  // A turning card has both sides in its layout, so a flip does not change what has to fit: only a card that fades
  // (reduced motion, one side at a time) is measured again (8 layouts of the wall, most of a flip's cost).
  const reduceMotion = useMediaQuery('(prefers-reduced-motion: reduce)');
  const side = reduceMotion ? view.faceUp : 'both';
  const fitKey = `${layout}-${card?.id}-${view.caseCard?.id}-${side}-${language}-${view.room?.code}`;

  if (layout === 'weigh') return <WeighBoard view={view} language={language} />;
  if (layout === 'results' && (results?.kind === 'weigh' || results?.kind === 'duel'))
    return <Results view={view} results={results} language={language} />;

  const focus = (
    <FitBox className="wall__focus" fitKey={fitKey}>
      {card ? (
        <FlipCard card={card} faceUp={view.faceUp} language={language} size="large" />
      ) : (
        <p className="wall__no-card">{t('noCard')}</p>
      )}
    </FitBox>
  );
  if (layout !== 'steps' || results?.kind !== 'steps') return focus;
  return (
    <>
      <div className="wall__steps">
        <StepsPicture steps={results.steps} language={language} current={view.step} />
      </div>
      {focus}
    </>
  );
}

type Revealed = Extract<NonNullable<WallView['results']>, { kind: 'weigh' | 'duel' }>;

/** The results of a question as a picture, under the title of the card the group answered about. */
function Results({ view, results, language }: { view: WallView; results: Revealed; language: Language }) {
  const { t } = useTranslation(['projector', 'common']);
  const title = useId();
  const onTable = view.caseCard ?? (view.card && view.faceUp ? view.card : null);
  return (
    <FitBox className="wall__focus wall__focus--results" fitKey={results} grow={1.25}>
      <section className="wall__results" aria-labelledby={title}>
        <h2 id={title} className="projector__title wall__results-title">
          {onTable ? (
            <>
              <span className="visually-hidden">{t('onTable')}: </span>
              {onTable.title[language]}
            </>
          ) : (
            t('results')
          )}
        </h2>
        {results.kind === 'weigh' ? (
          <WeighPicture results={results} language={language} size="large" />
        ) : (
          <DuelPicture results={results} language={language} />
        )}
        {results.kind === 'duel' && onTable && onTable.kind !== 'instruction' && (
          <>
            <h3 className="wall__results-subtitle">{t('common:card.questions')}</h3>
            <ul className="wall__results-questions">
              {onTable.questions.map((question, index) => (
                <li key={index}>{question[language]}</li>
              ))}
            </ul>
          </>
        )}
      </section>
    </FitBox>
  );
}
