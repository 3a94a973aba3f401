import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { Language } from '../../domain/deck-constants';
import type { Card } from '../../domain/deck-schema';
import type { WallView } from '../../domain/session/wall-view';
import { DuelPicture } from '../../ui/duel-picture';
import { FlipCard } from '../../ui/flip-card';
import { useMediaQuery } from '../../ui/use-media-query';
import { StepsPicture } from '../../ui/steps-picture';
import { WeighPicture } from '../../ui/weigh-picture';
import { FitBox } from './fit-box';
import { RankBoard } from './rank-board';
import { WallBar } from './wall-bar';
import { WallRoom } from './wall-room';
import { WeighBoard } from './weigh-board';

interface LiveWallProps {
  view: WallView;
  language: Language;
  /** The cards one step from the one on the table, laid out ahead (out of sight) so that a step shows at once. */
  nearby?: readonly Card[];
}

/** Which arrangement of the stage a view needs. */
export type WallLayout = 'card' | 'weigh' | 'steps' | 'results' | 'rank';

export function layoutOf(view: WallView): WallLayout {
  const { results } = view;
  if (view.revealed && (results?.kind === 'weigh' || results?.kind === 'duel')) return 'results';
  if (view.revealed && results?.kind === 'rank') return 'rank';
  if (results?.kind === 'steps') return 'steps';
  if (view.format === 'weigh' && (view.caseCard || view.question?.kind === 'weights')) return 'weigh';
  return 'card';
}

/**
 * A session on the wall: where the group is (format, phase, step, turn, timer) in one line at the top; below
 * it the card large, the scale of Weeg de factoren, the steps of Vertragen, or once revealed the results as a
 * picture; the open room's QR code and address at the right.
 */
export function LiveWall({ view, language, nearby = NO_CARDS }: LiveWallProps) {
  const layout = layoutOf(view);
  return (
    <div
      className={`wall wall--${layout} wall--${view.format}${view.revealed ? ' wall--revealed' : ''}${view.room ? ' wall--room' : ''}`}
    >
      <WallBar
        format={view.format}
        phase={view.phase}
        step={view.step}
        turn={view.turn}
        caseOwner={view.caseOwner}
        decision={view.decision}
        progress={view.progress}
        revealed={view.revealed}
        timer={view.timer}
      />
      <main id="main" className="wall__stage">
        <Stage view={view} language={language} layout={layout} nearby={nearby} />
      </main>
      {view.room && <WallRoom room={view.room} large={view.phase === 'intro' || (!view.card && layout !== 'rank')} />}
    </div>
  );
}

const NO_CARDS: readonly Card[] = [];

function Stage({ view, language, layout, nearby = NO_CARDS }: LiveWallProps & { layout: WallLayout }) {
  const { t } = useTranslation('projector');
  const { card, results } = view;
  // A turning card has both sides in its layout, so a flip does not change what has to fit: only a card that fades
  // (reduced motion, one side at a time) is measured again (8 layouts of the wall, most of a flip's cost).
  const reduceMotion = useMediaQuery('(prefers-reduced-motion: reduce)');
  const fitKeyOf = (id: string | undefined, faceUp: boolean) =>
    `${layout}-${id}-${view.caseCard?.id}-${reduceMotion ? faceUp : 'both'}-${language}-${view.room?.code}`;
  const slots = useCardSlots(card, layout === 'card' || layout === 'steps' ? nearby : NO_CARDS);

  if (layout === 'weigh') return <WeighBoard view={view} language={language} />;
  if (layout === 'rank' && results?.kind === 'rank')
    return <RankBoard results={results} language={language} narrow={view.room !== null} />;
  if (layout === 'results' && (results?.kind === 'weigh' || results?.kind === 'duel'))
    return <Results view={view} results={results} language={language} />;

  // Every card drawn comes face up (see withDeal): the cards laid out ahead lie face up, as they will come.
  const focus = (
    <div className="wall__cards">
      {card ? (
        slots.map((slot) => {
          const ahead = slot.id !== card.id;
          const faceUp = ahead || view.faceUp;
          return (
            <FitBox
              key={slot.id}
              className={ahead ? 'wall__focus wall__focus--ahead' : 'wall__focus'}
              fitKey={fitKeyOf(slot.id, faceUp)}
              ahead={ahead}
            >
              <FlipCard card={slot} faceUp={faceUp} language={language} size="large" />
            </FitBox>
          );
        })
      ) : (
        <FitBox className="wall__focus" fitKey={fitKeyOf(undefined, view.faceUp)}>
          <p className="wall__no-card">{t('noCard')}</p>
        </FitBox>
      )}
    </div>
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

/** At most this many cards are laid out on the wall at once: the one on the table, the one before it, two nearby. */
const SLOTS_MAX = 4;

/**
 * The cards the wall keeps laid out: the one on the table, the one that was on it before (so that going back
 * shows at once), and the ones the console named nearby. Each keeps its place among them for as long as it is
 * kept: a card laid out ahead is never moved in the page, which would lay it out again.
 */
function useCardSlots(card: Card | null, nearby: readonly Card[]): readonly Card[] {
  const [kept, setKept] = useState<{ card: Card | null; before: Card | null; slots: readonly Card[] }>(() => ({
    card,
    before: null,
    slots: card ? [card] : [],
  }));
  const before = kept.card?.id === card?.id ? kept.before : kept.card;
  const wanted = new Map<string, Card>();
  for (const c of [card, before, ...nearby]) if (c && !wanted.has(c.id) && wanted.size < SLOTS_MAX) wanted.set(c.id, c);
  const staying = kept.slots.flatMap((slot) => wanted.get(slot.id) ?? []);
  const slots = [...staying, ...[...wanted.values()].filter((c) => !staying.some((slot) => slot.id === c.id))];
  const same = slots.length === kept.slots.length && slots.every((slot, i) => slot === kept.slots[i]);
  if (!same || kept.card !== card || kept.before !== before)
    setKept({ card, before, slots: same ? kept.slots : slots });
  return same ? kept.slots : slots;
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
