import type { Language } from '../domain/deck-constants';
import type { Card } from '../domain/deck-schema';
import { CardBack } from './card-back';
import { CardFace } from './card-face';

/** What draws the two sides of a card: the still sides of the first paint, and the turning ones that load later. */
export interface FlipCardSidesProps {
  card: Card;
  faceUp: boolean;
  language: Language;
  size: 'normal' | 'large';
  reduceMotion: boolean;
  /** The id of a card already on the screen before the animation arrived (it does not turn again). */
  still: string | null;
}

/** The face and the back of a card, of which only the side that shows is in the accessibility tree. */
export function BothSides({
  card,
  faceUp,
  language,
  size,
}: Pick<FlipCardSidesProps, 'card' | 'faceUp' | 'language' | 'size'>) {
  return (
    <>
      <div className="flip-card__side flip-card__front" aria-hidden={!faceUp} inert={!faceUp}>
        <CardFace card={card} language={language} size={size} />
      </div>
      <div className="flip-card__side flip-card__back" aria-hidden={faceUp} inert={faceUp}>
        <CardBack kind={card.kind} />
      </div>
    </>
  );
}
