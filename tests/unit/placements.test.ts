import { describe, expect, it } from 'vitest';

import { placementsOf } from '../../src/domain/session/play-rules';
import { dilemmaCard, factorCard } from '../helpers/decks';
import { play } from '../helpers/session';

describe('where a picked card can go', () => {
  it('offers a factor the two sides of the scale in Weeg, and each place is an action the reducer takes', () => {
    const s = play([{ type: 'chooseFormat', format: 'weigh' }]);
    const places = placementsOf(s, factorCard('f-1'));
    expect(places).toEqual([
      { type: 'placeFactor', factorId: 'f-1', side: 'a' },
      { type: 'placeFactor', factorId: 'f-1', side: 'b' },
      { type: 'playCard', cardId: 'f-1' },
    ]);
    const placed = play([{ type: 'chooseFormat', format: 'weigh' }, places[1]!]);
    expect(placed.weigh.placed).toEqual([{ factorId: 'f-1', side: 'b' }]);
  });

  it('offers a dilemma as the case in Weeg and the duel, a factor the step walked in Vertragen', () => {
    const weigh = play([{ type: 'chooseFormat', format: 'weigh' }]);
    expect(placementsOf(weigh, dilemmaCard('d-1'))[0]).toEqual({ type: 'setCase', cardId: 'd-1' });
    const duel = play([{ type: 'chooseFormat', format: 'dilemma-duel' }]);
    expect(placementsOf(duel, dilemmaCard('d-1'))[0]).toEqual({ type: 'setCase', cardId: 'd-1' });
    const slow = play([
      { type: 'chooseFormat', format: 'slow-down' },
      { type: 'setStep', step: 2 },
    ]);
    expect(placementsOf(slow, factorCard('f-2'))[0]).toEqual({ type: 'attachFactor', step: 2, factorId: 'f-2' });
  });

  it('only puts a card on the table where it has no other place', () => {
    const draw = play([{ type: 'chooseFormat', format: 'draw' }]);
    expect(placementsOf(draw, factorCard('f-1'))).toEqual([{ type: 'playCard', cardId: 'f-1' }]);
    const duel = play([{ type: 'chooseFormat', format: 'dilemma-duel' }]);
    expect(placementsOf(duel, { id: 'q-1', kind: 'question' })).toEqual([{ type: 'playCard', cardId: 'q-1' }]);
  });
});
