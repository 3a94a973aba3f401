import type { DealFilter } from '../../domain/deal';
import { currentCardId } from '../../domain/deal';
import { matchesFilter } from '../../domain/deal';
import { newSeed } from '../../domain/random';
import { selectActiveDeck } from '../../state/deck-slice';
import { dispatchSession as dispatch } from '../../state/dispatch-session';
import { useAppStore } from '../../state/store';

/** Everything the console can do, each with its key. The toolbar, the shortcuts and the `?` overlay share it. */
export const COMMANDS = [
  { id: 'deal', keys: ['d'] },
  { id: 'pick', keys: ['/'] },
  // PageDown, PageUp and '.' are what a presenter clicker sends; Space is the clicker-less "next".
  { id: 'next', keys: ['ArrowRight', 'n', 'PageDown', ' '] },
  { id: 'back', keys: ['ArrowLeft', 'p', 'PageUp'] },
  { id: 'flip', keys: ['f'] },
  { id: 'discard', keys: ['x'] },
  { id: 'shuffle', keys: ['s'] },
  { id: 'blank', keys: ['b', '.'] },
  { id: 'hold', keys: ['h'] },
  { id: 'reveal', keys: ['r'] },
  { id: 'askAgain', keys: ['w'] },
  { id: 'timer', keys: ['t'] },
  { id: 'timerReset', keys: ['0'] },
  { id: 'nextTurn', keys: ['u'] },
  { id: 'setCase', keys: ['c'] },
  { id: 'openProjector', keys: ['o'] },
  { id: 'help', keys: ['?'] },
] as const;
export type CommandId = (typeof COMMANDS)[number]['id'];

const KEY_CAPS: Record<string, string> = {
  ArrowRight: '→',
  ArrowLeft: '←',
  PageDown: 'PgDn',
  PageUp: 'PgUp',
  ' ': '␣',
};

/** How a key is printed on a key cap: arrows as arrows, letters in capitals. */
export const keyLabel = (key: string) => KEY_CAPS[key] ?? key.toUpperCase();

/** The commands a projector window may ask for: what a presenter clicker sends, nothing else. */
export function commandForWallKey(key: string): 'next' | 'back' | 'blank' | null {
  if (key === 'PageDown' || key === ' ' || key === 'ArrowRight') return 'next';
  if (key === 'PageUp' || key === 'ArrowLeft') return 'back';
  if (key === '.' || key === 'b') return 'blank';
  return null;
}

/** The ids of the deck's cards that match a filter, in deck order: the pool a shuffle deals from. */
export function poolFor(filter: DealFilter): string[] {
  const deck = selectActiveDeck(useAppStore.getState());
  return deck ? deck.cards.filter((card) => matchesFilter(card, filter)).map((card) => card.id) : [];
}

export function shuffleWith(filter: DealFilter, draw = false) {
  dispatch({ type: 'shuffle', seed: newSeed(), filter, pool: poolFor(filter), ...(draw ? { draw } : {}) });
}

/** Runs a console command against the session in the store. */
export function runCommand(id: Exclude<CommandId, 'openProjector' | 'help' | 'pick'>) {
  const { session } = useAppStore.getState();
  if (!session) return;
  switch (id) {
    case 'deal':
    case 'next':
      // Before the first shuffle, one key shuffles and puts the first card on the table: one action.
      if (!session.deal) shuffleWith(session.filter, true);
      else dispatch({ type: id });
      return;
    case 'back':
    case 'flip':
    case 'discard':
    case 'nextTurn':
    case 'askAgain':
      dispatch({ type: id });
      return;
    case 'shuffle':
      shuffleWith(session.filter);
      return;
    case 'blank':
      dispatch({ type: 'setWall', mode: session.wall === 'blank' ? 'live' : 'blank' });
      return;
    case 'hold':
      dispatch({ type: 'setWall', mode: session.wall === 'hold' ? 'live' : 'hold' });
      return;
    case 'reveal':
      dispatch({ type: session.revealed ? 'hide' : 'reveal' });
      return;
    case 'timer':
      dispatch({ type: session.timer.startedAt === null ? 'timerStart' : 'timerPause', at: Date.now() });
      return;
    case 'timerReset':
      dispatch({ type: 'timerReset', durationMs: session.timer.durationMs });
      return;
    case 'setCase': {
      const id = session.deal ? currentCardId(session.deal) : null;
      if (id) dispatch({ type: 'setCase', cardId: id });
      return;
    }
  }
}
