import { describe, expect, it } from 'vitest';

import { canAskAgain, openQuestion, roundOf } from '../../src/domain/session/play-rules';
import { duelShift, weighShift } from '../../src/domain/session/session-results';
import type { ActionBody } from '../../src/domain/session/session-actions';
import { buildWallView, wallViewSchema } from '../../src/domain/session/wall-view';
import { dilemmaCard, factorCard } from '../helpers/decks';
import { play } from '../helpers/session';
import { wallContext } from '../helpers/wall-context';

const cards = [dilemmaCard('d-1'), dilemmaCard('d-2'), factorCard('f-1'), factorCard('f-2')];
const ctx = wallContext(cards, { now: 1000 });

const weigh = (p1: [number, number], p2: [number, number]): ActionBody[] => [
  { type: 'recordWeight', voter: 'p1', factorId: 'f-1', weight: p1[0] },
  { type: 'recordWeight', voter: 'p1', factorId: 'f-2', weight: p1[1] },
  { type: 'recordWeight', voter: 'p2', factorId: 'f-1', weight: p2[0] },
  { type: 'recordWeight', voter: 'p2', factorId: 'f-2', weight: p2[1] },
];

/** Two players weigh two factors, the result is revealed. */
const firstRound = () =>
  play([
    { type: 'chooseFormat', format: 'weigh' },
    { type: 'setPlayers', players: ['Ans', 'Bo'] },
    { type: 'setCase', cardId: 'd-1' },
    { type: 'placeFactor', factorId: 'f-1', side: 'a' },
    { type: 'placeFactor', factorId: 'f-2', side: 'b' },
    ...weigh([1, 3], [5, 3]),
    { type: 'reveal' },
  ]);

describe('Weeg opnieuw', () => {
  it('asks the same question again as a new question, hidden, with the first round kept apart', () => {
    const revealed = firstRound();
    expect(canAskAgain(revealed)).toBe(true);
    const again = play([{ type: 'askAgain' }], revealed);
    expect(again.revealed).toBe(false);
    expect(again.weigh.placed).toEqual(revealed.weigh.placed);
    expect(again.weigh.weights).toEqual({});
    expect(again.earlier?.weights).toEqual(revealed.weigh.weights);
    expect(roundOf(again)).toBe(2);
    // Phones see a new question, so an answer to the first round cannot count for the second.
    expect(openQuestion(again)?.id).not.toBe(openQuestion({ ...revealed, revealed: false })?.id);
    // Nothing of either round is on the wall while the second is answered.
    const hidden = buildWallView(again, ctx);
    expect(hidden.results).toBeNull();
    expect(hidden.question).toMatchObject({ kind: 'weights' });
  });

  it('shows per factor the mean and range of both rounds once the second is revealed', () => {
    const second = play([{ type: 'askAgain' }, ...weigh([3, 4], [4, 2]), { type: 'reveal' }], firstRound());
    const shift = weighShift(second)!;
    expect(shift.rounds).toEqual([1, 2]);
    expect(shift.factors).toEqual([
      {
        factorId: 'f-1',
        side: 'a',
        before: { count: 2, mean: 3, min: 1, max: 5 },
        after: { count: 2, mean: 3.5, min: 3, max: 4 },
        shift: 0.5,
        rangeChange: -3,
      },
      {
        factorId: 'f-2',
        side: 'b',
        before: { count: 2, mean: 3, min: 3, max: 3 },
        after: { count: 2, mean: 3, min: 2, max: 4 },
        shift: 0,
        rangeChange: 2,
      },
    ]);
    expect(shift.ranges).toEqual({ narrower: 1, same: 0, wider: 1 });

    const view = buildWallView(second, ctx);
    expect(wallViewSchema.safeParse(view).success).toBe(true);
    expect(view.results).toMatchObject({
      kind: 'weigh',
      rounds: [1, 2],
      ranges: { narrower: 1, same: 0, wider: 1 },
      factors: [
        { id: 'f-1', mean: 3.5, before: { mean: 3, min: 1, max: 5 } },
        { id: 'f-2', mean: 3, before: { mean: 3, min: 3, max: 3 } },
      ],
    });
  });

  it('compares nothing for a factor one round did not weigh, and nothing in a first round', () => {
    const revealed = firstRound();
    expect(weighShift(revealed)).toBeNull();
    expect(buildWallView(revealed, ctx).results).not.toHaveProperty('rounds');
    const second = play(
      [{ type: 'askAgain' }, { type: 'recordWeight', voter: 'p1', factorId: 'f-1', weight: 2 }],
      revealed,
    );
    const f2 = weighShift(second)!.factors[1]!;
    expect(f2).toMatchObject({ after: null, shift: null, rangeChange: null });
    expect(weighShift(second)!.ranges).toEqual({ narrower: 1, same: 0, wider: 0 });
  });

  it('is refused before the reveal, without answers, or in a format that asks no weighing', () => {
    const unrevealed = play([
      { type: 'chooseFormat', format: 'weigh' },
      { type: 'placeFactor', factorId: 'f-1', side: 'a' },
    ]);
    expect(play([{ type: 'askAgain' }], unrevealed)).toBe(unrevealed);
    const empty = play([{ type: 'reveal' }], unrevealed);
    expect(canAskAgain(empty)).toBe(false);
    expect(play([{ type: 'askAgain' }], empty)).toBe(empty);
    const draw = play([{ type: 'reveal' }]);
    expect(play([{ type: 'askAgain' }], draw)).toBe(draw);
  });

  it('counts on: a third round compares with the second, and a new case starts at round 1', () => {
    const second = play([{ type: 'askAgain' }, ...weigh([2, 2], [2, 2]), { type: 'reveal' }], firstRound());
    const third = play([{ type: 'askAgain' }, ...weigh([4, 4], [4, 4]), { type: 'reveal' }], second);
    expect(weighShift(third)).toMatchObject({
      rounds: [2, 3],
      factors: [{ before: { mean: 2 }, after: { mean: 4 } }, {}],
    });
    const other = play([{ type: 'setCase', cardId: 'd-2' }], third);
    expect(other.earlier).toBeNull();
    expect(roundOf(other)).toBe(1);
  });

  it('shows the split of a Dilemma-duel before and after, by votes or by a count of hands', () => {
    const first = play([
      { type: 'chooseFormat', format: 'dilemma-duel' },
      { type: 'setPlayers', players: ['Ans', 'Bo', 'Cem'] },
      { type: 'setCase', cardId: 'd-1' },
      { type: 'recordVote', voter: 'p1', side: 'a' },
      { type: 'recordVote', voter: 'p2', side: 'a' },
      { type: 'recordVote', voter: 'p3', side: 'b' },
      { type: 'reveal' },
    ]);
    const second = play(
      [
        { type: 'askAgain' },
        { type: 'recordVote', voter: 'p1', side: 'b' },
        { type: 'recordVote', voter: 'p2', side: 'b' },
        { type: 'recordVote', voter: 'p3', side: 'b' },
        { type: 'reveal' },
      ],
      first,
    );
    expect(duelShift(second)).toEqual({ rounds: [1, 2], before: { a: 2, b: 1 }, after: { a: 0, b: 3 } });
    expect(buildWallView(second, ctx).results).toMatchObject({ kind: 'duel', a: 0, b: 3, before: { a: 2, b: 1 } });

    const hands = play([{ type: 'askAgain' }, { type: 'recordTally', a: 7, b: 5 }, { type: 'reveal' }], second);
    expect(duelShift(hands)).toEqual({ rounds: [2, 3], before: { a: 0, b: 3 }, after: { a: 7, b: 5 } });
  });
});
