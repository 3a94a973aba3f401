import { AnimatePresence, domAnimation, LazyMotion, m } from 'framer-motion';

import { BothSides, type FlipCardSidesProps } from './flip-card-sides';
import { CardBack } from './card-back';
import { CardFace } from './card-face';

/**
 * The sides of a card as they turn (or fade, with reduced motion). `still` names a card that was already on the
 * screen when this module arrived: it stays in its pose instead of turning again.
 */
export default function FlipCardMotion({ card, faceUp, language, size, reduceMotion, still }: FlipCardSidesProps) {
  return (
    <LazyMotion features={domAnimation} strict>
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
          initial={still === card.id ? false : { rotateY: 180 }}
          animate={{ rotateY: faceUp ? 0 : 180 }}
          transition={{ duration: 0.5, ease: [0.2, 0.7, 0.3, 1] }}
        >
          <BothSides card={card} faceUp={faceUp} language={language} size={size} />
        </m.div>
      )}
    </LazyMotion>
  );
}
