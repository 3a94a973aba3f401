import { useEffect, useRef, useState, type ComponentType, type Ref } from 'react';
import { useTranslation } from 'react-i18next';

import type { Language } from '../domain/deck-constants';
import type { Card } from '../domain/deck-schema';
import { CardBack } from './card-back';
import { CardFace } from './card-face';
import { BothSides, type FlipCardSidesProps } from './flip-card-sides';
import { useMediaQuery } from './use-media-query';
import './flip-card.css';

type Motion = ComponentType<FlipCardSidesProps>;

/**
 * The animation (framer-motion) is a chunk of its own, fetched after the first card is on the screen: the first
 * card waits for no animation code, and the start screen, the console and the join view never load it. Until it
 * is there the card stands in its pose; the cards after it turn.
 */
let motion: Motion | null = null;
let loading: Promise<Motion> | null = null;
const afterPaint = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
const loadMotion = () =>
  (loading ??= afterPaint()
    .then(() => import('./flip-card-motion'))
    .then((module) => {
      motion = module.default;
      return motion;
    }));

/** A view that will show a card soon fetches the animation ahead (after its first paint), so the first card turns. */
export const preloadCardMotion = () => void loadMotion();

interface FlipCardProps {
  card: Card;
  faceUp: boolean;
  language: Language;
  size?: 'normal' | 'large';
  /**
   * How it turns over: in depth (a 3D turn), or flat (it folds across its middle, see flip-card.css); a large card
   * (the wall's) turns flat unless told otherwise.
   */
  turn?: 'depth' | 'flat';
  /** Given when a view moves focus to the card (it can then be focused, not tabbed to). */
  cardRef?: Ref<HTMLElement>;
}

/** Both sides without animation, in the same structure as the animated card (and so the same layout). */
function StillSides({ card, faceUp, language, size, reduceMotion }: FlipCardSidesProps) {
  if (reduceMotion)
    return (
      <div className="flip-card__plain">
        {faceUp ? <CardFace card={card} language={language} size={size} /> : <CardBack kind={card.kind} />}
      </div>
    );
  return (
    <div className="flip-card__inner" style={{ transform: `rotateY(${faceUp ? 0 : 180}deg)` }}>
      <BothSides card={card} faceUp={faceUp} language={language} size={size} />
    </div>
  );
}

/** Both sides, of which one shows; the card folds flat when it turns (CSS only, no animation code). */
function FlatSides({
  card,
  faceUp,
  language,
  size,
}: Pick<FlipCardSidesProps, 'card' | 'faceUp' | 'language' | 'size'>) {
  // A card just drawn opens; once it has turned, each turn folds it (the side it shows is the one it came with).
  const [shown, setShown] = useState(faceUp);
  const [turned, setTurned] = useState(false);
  if (shown !== faceUp) {
    setShown(faceUp);
    setTurned(true);
  }
  return (
    <div className="flip-card__inner flip-card__inner--flat" data-turn={turned ? (faceUp ? 'up' : 'down') : 'new'}>
      <BothSides card={card} faceUp={faceUp} language={language} size={size} />
    </div>
  );
}

/**
 * A card that turns over when drawn or flipped. With reduced motion it fades instead of turning.
 * Only the visible side is in the accessibility tree.
 */
export function FlipCard({ card, faceUp, language, size = 'normal', turn, cardRef }: FlipCardProps) {
  const { t } = useTranslation();
  const reduceMotion = useMediaQuery('(prefers-reduced-motion: reduce)');
  const flat = (turn ?? (size === 'large' ? 'flat' : 'depth')) === 'flat' && !reduceMotion;
  const [Sides, setSides] = useState<Motion | null>(() => motion);
  // The card on the screen when the animation arrives keeps its pose instead of turning once more.
  const [still, setStill] = useState<string | null>(null);
  const shown = useRef(card.id);
  useEffect(() => {
    shown.current = card.id;
  });
  useEffect(() => {
    if (Sides || flat) return;
    let cancelled = false;
    void loadMotion().then((loaded) => {
      if (cancelled) return;
      setStill(shown.current);
      setSides(() => loaded);
    });
    return () => {
      cancelled = true;
    };
  }, [Sides, flat]);
  const label = faceUp ? card.title[language] : t('card.faceDown');
  const props: FlipCardSidesProps = { card, faceUp, language, size, reduceMotion, still };

  return (
    <article
      ref={cardRef}
      tabIndex={cardRef ? -1 : undefined}
      className={`flip-card flip-card--${size}${flat ? ' flip-card--flat' : ''}`}
      aria-label={label}
      aria-live="polite"
    >
      {flat ? (
        <FlatSides key={card.id} card={card} faceUp={faceUp} language={language} size={size} />
      ) : Sides ? (
        <Sides {...props} />
      ) : (
        <StillSides {...props} />
      )}
    </article>
  );
}
