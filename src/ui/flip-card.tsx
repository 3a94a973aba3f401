import type { Ref } from 'react';
import { AnimatePresence, LazyMotion, m, useReducedMotion } from 'framer-motion';
import { useTranslation } from 'react-i18next';

import type { Language } from '../domain/deck-constants';
import type { Card } from '../domain/deck-schema';
import { CardBack } from './card-back';
import { CardFace } from './card-face';

/**
 * The animation engine is a chunk of its own, fetched when a card is first shown: the start screen, the console
 * and the join view never load it, and the solo view only once a card is drawn. Until it is there the card
 * stands still at its start (face down), and turns once it has arrived.
 */
const loadMotionFeatures = () => import('./motion-features').then((module) => module.default);

interface FlipCardProps {
  card: Card;
  faceUp: boolean;
  language: Language;
  size?: 'normal' | 'large';
  /** Given when a view moves focus to the card (it can then be focused, not tabbed to). */
  cardRef?: Ref<HTMLElement>;
}

/**
 * A card that turns over when drawn or flipped. With reduced motion it fades instead of turning.
 * Only the visible side is in the accessibility tree.
 */
export function FlipCard({ card, faceUp, language, size = 'normal', cardRef }: FlipCardProps) {
  const { t } = useTranslation();
  const reduceMotion = useReducedMotion();
  const label = faceUp ? card.title[language] : t('card.faceDown');

  return (
    <LazyMotion features={loadMotionFeatures} strict>
      <article
        ref={cardRef}
        tabIndex={cardRef ? -1 : undefined}
        className={`flip-card flip-card--${size}`}
        aria-label={label}
        aria-live="polite"
      >
        {reduceMotion ? (
          <AnimatePresence mode="wait" initial={false}>
            <m.div
              key={`${card.id}-${faceUp}`}
              className="flip-card__plain"
              initial={{ opacity: 0 }}
              animate={{ opacity: 1 }}
              exit={{ opacity: 0 }}
              transition={{ duration: 0.2 }}
            >
              {faceUp ? <CardFace card={card} language={language} size={size} /> : <CardBack kind={card.kind} />}
            </m.div>
          </AnimatePresence>
        ) : (
          <m.div
            key={card.id}
            className="flip-card__inner"
            initial={{ rotateY: 180 }}
            animate={{ rotateY: faceUp ? 0 : 180 }}
            transition={{ duration: 0.5, ease: [0.2, 0.7, 0.3, 1] }}
          >
            <div className="flip-card__side flip-card__front" aria-hidden={!faceUp} inert={!faceUp}>
              <CardFace card={card} language={language} size={size} />
            </div>
            <div className="flip-card__side flip-card__back" aria-hidden={faceUp} inert={faceUp}>
              <CardBack kind={card.kind} />
            </div>
          </m.div>
        )}
      </article>
    </LazyMotion>
  );
}
