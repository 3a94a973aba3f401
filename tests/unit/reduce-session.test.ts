import { describe, expect, it } from 'vitest';

import { currentCardId } from '../../src/domain/deal';
import { reduceSession, visibleFrame } from '../../src/domain/session/reduce-session';
import { duelResults, weighResults } from '../../src/domain/session/session-results';
import { createSession, timerRemainingMs } from '../../src/domain/session/session-state';
import { play } from '../helpers/session';

const pool = ['f-1', 'f-2', 'f-3', 'd-1', 'd-2'];
const shuffle = { type: 'shuffle', seed: 'seed', filter: { kind: null, cluster: null }, pool } as const;

describe('session reducer', () => {
  it('ignores actions of another session, out of sequence, or malformed', () => {
    const start = createSession('s1');
    expect(reduceSession(start, { ...shuffle, sessionId: 'other', seq: 1 })).toBe(start);
    expect(reduceSession(start, { ...shuffle, sessionId: 's1', seq: 2 })).toBe(start);
    expect(reduceSession(start, { type: 'explode', sessionId: 's1', seq: 1 })).toBe(start);
    expect(reduceSession(start, null)).toBe(start);
    const next = reduceSession(start, { ...shuffle, sessionId: 's1', seq: 1 });
    expect(next.seq).toBe(1);
    expect(next.deal?.pile).toHaveLength(5);
  });

  it('deals, goes next with turns, back, flips and discards', () => {
    let s = play([{ type: 'setPlayers', players: ['Anna', '', 'Bo'] }, shuffle, { type: 'deal' }]);
    const first = currentCardId(s.deal!);
    expect(s.phase).toBe('play');
    s = play([{ type: 'next' }], s);
    expect(s.turn).toBe(1);
    expect(currentCardId(s.deal!)).not.toBe(first);
    s = play([{ type: 'back' }, { type: 'flip' }], s);
    expect(currentCardId(s.deal!)).toBe(first);
    expect(s.faceUp).toBe(false);
    s = play([{ type: 'discard' }], s);
    expect(s.deal!.discarded).toEqual([first]);
    expect(s.played.slice(0, 2)).toContain(first);
  });

  it('puts a chosen card on the table in one action; only cards on the table count as played', () => {
    let s = play([{ type: 'playCard', cardId: 'd-2' }]);
    expect(currentCardId(s.deal!)).toBe('d-2');
    expect(s.played).toEqual(['d-2']);
    expect(s.phase).toBe('play');
    s = play([shuffle, { type: 'deal' }, { type: 'playCard', cardId: 'f-3' }], createSession('s1'));
    const dealt = s.deal!.drawn[0]!;
    expect(currentCardId(s.deal!)).toBe('f-3');
    expect(s.deal!.pile).not.toContain('f-3');
    expect(s.played).toEqual(dealt === 'f-3' ? ['f-3'] : [dealt, 'f-3']);
    // Back goes to the card that was on the table before; the same card again changes nothing.
    expect(play([{ type: 'playCard', cardId: 'f-3' }], s)).toBe(s);
    if (dealt !== 'f-3') expect(currentCardId(play([{ type: 'back' }], s).deal!)).toBe(dealt);
  });

  it('blanks the wall and holds it on what it showed while the console moves on', () => {
    let s = play([shuffle, { type: 'deal' }]);
    const shown = currentCardId(s.deal!);
    s = play([{ type: 'setWall', mode: 'hold' }, { type: 'deal' }], s);
    expect(visibleFrame(s).cardId).toBe(shown);
    expect(currentCardId(s.deal!)).not.toBe(shown);
    s = play([{ type: 'setWall', mode: 'live' }], s);
    expect(visibleFrame(s).cardId).toBe(currentCardId(s.deal!));
    s = play([{ type: 'setWall', mode: 'blank' }], s);
    expect(s.wall).toBe('blank');
  });

  it('runs a timer from the times in the actions', () => {
    let s = play([
      { type: 'timerReset', durationMs: 60_000 },
      { type: 'timerStart', at: 1000 },
    ]);
    expect(timerRemainingMs(s.timer, 11_000)).toBe(50_000);
    s = play([{ type: 'timerPause', at: 21_000 }], s);
    expect(timerRemainingMs(s.timer, 99_000)).toBe(40_000);
    s = play([{ type: 'timerStart', at: 100_000 }], s);
    expect(timerRemainingMs(s.timer, 200_000)).toBe(0);
  });

  it('weighs factors: weights per voter only for factors on the scale, spread and tilt', () => {
    const s = play([
      { type: 'chooseFormat', format: 'weigh' },
      { type: 'setCase', cardId: 'd-1' },
      { type: 'placeFactor', factorId: 'f-1', side: 'a' },
      { type: 'placeFactor', factorId: 'f-2', side: 'b' },
      { type: 'recordWeight', voter: 'p1', factorId: 'f-1', weight: 5 },
      { type: 'recordWeight', voter: 'p2', factorId: 'f-1', weight: 1 },
      { type: 'recordWeight', voter: 'p1', factorId: 'f-2', weight: 2 },
      { type: 'recordWeight', voter: 'p1', factorId: 'f-3', weight: 4 },
    ]);
    const r = weighResults(s);
    expect(r.factors).toEqual([
      { factorId: 'f-1', side: 'a', weights: [1, 5], mean: 3, min: 1, max: 5, counts: [1, 0, 0, 0, 1] },
      { factorId: 'f-2', side: 'b', weights: [2], mean: 2, min: 2, max: 2, counts: [0, 1, 0, 0, 0] },
    ]);
    expect(r.totals).toEqual({ a: 3, b: 2 });
    expect(r.tilt).toBe(-0.2);
  });

  it('keeps duel votes until revealed and takes a counted split over votes', () => {
    let s = play([
      { type: 'chooseFormat', format: 'dilemma-duel' },
      { type: 'recordVote', voter: 'p1', side: 'a' },
      { type: 'recordVote', voter: 'p2', side: 'b' },
      { type: 'recordVote', voter: 'p3', side: 'b' },
      { type: 'reveal' },
      { type: 'recordVote', voter: 'p4', side: 'a' },
    ]);
    expect(duelResults(s)).toEqual({ a: 1, b: 2, source: 'votes' });
    expect(s.phase).toBe('discuss');
    s = play([{ type: 'recordTally', a: 7, b: 4 }], s);
    expect(duelResults(s)).toEqual({ a: 7, b: 4, source: 'tally' });
  });

  it('starts a new question when another case is put on the table after a reveal', () => {
    let s = play([
      { type: 'chooseFormat', format: 'dilemma-duel' },
      { type: 'setCase', cardId: 'd-1' },
      { type: 'recordVote', voter: 'p1', side: 'a' },
      { type: 'reveal' },
    ]);
    expect(s.phase).toBe('discuss');
    s = play([{ type: 'setCase', cardId: 'd-2' }], s);
    expect(s.revealed).toBe(false);
    expect(s.phase).toBe('play');
    expect(duelResults(s)).toEqual({ a: 0, b: 0, source: 'votes' });
    s = play([{ type: 'recordVote', voter: 'p1', side: 'b' }], s);
    expect(duelResults(s)).toEqual({ a: 0, b: 1, source: 'votes' });
  });

  it('attaches factors to steps when slowing down, once each', () => {
    const s = play([
      { type: 'chooseFormat', format: 'slow-down' },
      { type: 'attachFactor', step: 2, factorId: 'f-1' },
      { type: 'attachFactor', step: 2, factorId: 'f-1' },
      { type: 'attachFactor', step: 4, factorId: 'f-2' },
      { type: 'detachFactor', step: 4, factorId: 'f-2' },
      { type: 'setStep', step: 3 },
    ]);
    expect(s.slowDown.attached).toEqual({ '2': ['f-1'], '4': [] });
    expect(s.slowDown.step).toBe(3);
  });

  it('rotates the questioner past the case owner in an intervision round', () => {
    let s = play([
      { type: 'chooseFormat', format: 'intervision' },
      { type: 'setPlayers', players: ['A', 'B', 'C'] },
      { type: 'setCaseOwner', player: 1 },
    ]);
    expect(s.intervision.questioner).toBe(2);
    s = play([{ type: 'nextTurn' }], s);
    expect(s.intervision.questioner).toBe(0);
    s = play([{ type: 'nextTurn' }], s);
    expect(s.intervision.questioner).toBe(2);
  });
});
