import { describe, expect, it } from 'vitest';

import { currentCardId } from '../../src/domain/deal';
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
    expect(placementsOf(weigh, dilemmaCard('d-1'))[0]).toEqual({ type: 'playCard', cardId: 'd-1', asCase: true });
    const duel = play([{ type: 'chooseFormat', format: 'dilemma-duel' }]);
    expect(placementsOf(duel, dilemmaCard('d-1'))[0]).toEqual({ type: 'playCard', cardId: 'd-1', asCase: true });
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
    expect(placementsOf(duel, { id: 'r-1', kind: 'reflection' })).toEqual([{ type: 'playCard', cardId: 'r-1' }]);
  });

  it('puts a dilemma picked as the case on the table, so the wall shows it, and the closing loop likewise', () => {
    const duel = play([
      { type: 'chooseFormat', format: 'dilemma-duel' },
      { type: 'playCard', cardId: 'd-1', asCase: true },
    ]);
    expect(duel.caseCardId).toBe('d-1');
    expect(currentCardId(duel.deal!)).toBe('d-1');
    expect(duel.played).toEqual(['d-1']);
    const closing = play([
      { type: 'chooseFormat', format: 'intervision' },
      { type: 'playCard', cardId: 'r-2' },
      { type: 'setPhase', phase: 'closing', caseCardId: 'r-loop' },
    ]);
    expect(closing.phase).toBe('closing');
    expect(closing.caseCardId).toBe('r-loop');
    expect(currentCardId(closing.deal!)).toBe('r-loop');
  });
});
