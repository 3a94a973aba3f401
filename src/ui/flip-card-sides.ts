import type { Language } from '../domain/deck-constants';
import type { Card } from '../domain/deck-schema';

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
