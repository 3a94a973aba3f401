import { describe, expect, it } from 'vitest';

import { createDealFromIds, currentCardId, discardCard, drawCard, playCard } from '../../src/domain/deal';
import {
  answerModesOf,
  answerProgress,
  duelTurn,
  hasAnswers,
  openQuestion,
  turnOf,
  weighTurn,
} from '../../src/domain/session/play-rules';
import { answerActions, notesOf } from '../../src/domain/session/room-answers';
import { buildWallView } from '../../src/domain/session/wall-view';
import type { AnswerRecord } from '../../src/domain/room-protocol';
import { dilemmaCard, factorCard } from '../helpers/decks';
import { play } from '../helpers/session';
import { wallContext } from '../helpers/wall-context';

const cards = [dilemmaCard('d-1'), dilemmaCard('d-2'), factorCard('f-1'), factorCard('f-2')];
const ctx = wallContext(cards);
const record = (participantId: string, questionId: string, answer: AnswerRecord['answer'], at = 1): AnswerRecord => ({
  participantId,
  questionId,
  answer,
  at,
});
const room = { type: 'openRoom', code: 'ABCDEF2', joinUrl: 'http://x/#/join/ABCDEF2' } as const;

describe('turn order', () => {
  it('names the same questioner on the wall as the console, and the case owner', () => {
    let s = play([
      { type: 'chooseFormat', format: 'intervision' },
      { type: 'setPlayers', players: ['Anna', 'Bo', 'Cem', 'Dewi'] },
      { type: 'setCaseOwner', player: 2 },
    ]);
    for (let i = 0; i < 6; i++) {
      const view = buildWallView(s, ctx);
      expect(view.questioner?.index).toBe(s.intervision.questioner);
      expect(view.turn).toEqual(view.questioner);
      expect(view.questioner?.index).not.toBe(2);
      expect(view.caseOwner).toEqual({ index: 2, name: 'Cem' });
      s = play([{ type: 'nextTurn' }], s);
    }
  });

  it('never lets the case owner ask, also after the players change', () => {
    const s = play([
      { type: 'chooseFormat', format: 'intervision' },
      { type: 'setPlayers', players: ['A', 'B', 'C'] },
      { type: 'setCaseOwner', player: 0 },
      { type: 'nextTurn' },
      { type: 'setPlayers', players: ['A', 'B'] },
    ]);
    expect(turnOf(s)).toBe(1);
  });

  it('walks each player through every factor on one screen and then says everyone has weighed', () => {
    let s = play([
      { type: 'chooseFormat', format: 'weigh' },
      { type: 'setPlayers', players: ['Anna', 'Bo'] },
      { type: 'placeFactor', factorId: 'f-1', side: 'a' },
      { type: 'placeFactor', factorId: 'f-2', side: 'b' },
    ]);
    const seen: string[] = [];
    for (let i = 0; i < 4; i++) {
      const turn = weighTurn(s);
      if (!turn || turn === 'done') throw new Error('expected a turn');
      seen.push(`${turn.player}:${turn.factorId}`);
      expect(buildWallView(s, ctx).weighing?.current).toBe(turn.factorId);
      expect(buildWallView(s, ctx).turn?.index).toBe(turn.player);
      s = play([{ type: 'recordWeight', voter: `p${turn.player + 1}`, factorId: turn.factorId, weight: 3 }], s);
    }
    expect(seen).toEqual(['0:f-1', '0:f-2', '1:f-1', '1:f-2']);
    expect(weighTurn(s)).toBe('done');
    expect(answerProgress(s)).toEqual({ answered: 2, expected: 2 });
    expect(buildWallView(s, ctx).turn).toBeNull();
    expect(s.revealed).toBe(false);
  });

  it('passes the duel to the next player with the vote alone, and stops after the last', () => {
    let s = play([
      { type: 'chooseFormat', format: 'dilemma-duel' },
      { type: 'setPlayers', players: ['', '', ''] },
      { type: 'setCase', cardId: 'd-1' },
    ]);
    expect(duelTurn(s)).toEqual({ player: 0 });
    s = play([{ type: 'recordVote', voter: 'p1', side: 'a' }], s);
    expect(duelTurn(s)).toEqual({ player: 1 });
    s = play(
      [
        { type: 'recordVote', voter: 'p2', side: 'b' },
        { type: 'recordVote', voter: 'p3', side: 'b' },
      ],
      s,
    );
    expect(duelTurn(s)).toBe('done');
    expect(buildWallView(s, ctx).progress).toEqual({ answered: 3, expected: 3 });
  });
});

describe('answers in a room', () => {
  const duelInRoom = () =>
    play([
      { type: 'chooseFormat', format: 'dilemma-duel' },
      room,
      { type: 'setCase', cardId: 'd-1' },
      { type: 'roomPresence', connected: 2 },
    ]);

  it('refuses the console’s own votes and weights once the phones answer', () => {
    const s = duelInRoom();
    expect(play([{ type: 'recordVote', voter: 'p1', side: 'a' }], s)).toBe(s);
    expect(play([{ type: 'recordTally', a: 1, b: 0 }], s)).toBe(s);
    expect(duelTurn(s)).toBeNull();
    expect(buildWallView(s, ctx).progress).toEqual({ answered: 0, expected: 2 });
  });

  it('reveals by itself once every phone counted for the question has answered, not before', () => {
    let s = duelInRoom();
    const id = openQuestion(s)!.id;
    s = play(answerActions(s, [record('a1', id, { kind: 'side', side: 'a' })]), s);
    expect(s.revealed).toBe(false);
    expect(buildWallView(s, ctx).progress).toEqual({ answered: 1, expected: 2 });
    // One phone drops out for a moment: it still counts for this question.
    s = play([{ type: 'roomPresence', connected: 1 }], s);
    expect(s.revealed).toBe(false);
    s = play(
      answerActions(s, [record('a1', id, { kind: 'side', side: 'a' }), record('b2', id, { kind: 'side', side: 'b' })]),
      s,
    );
    expect(s.revealed).toBe(true);
    expect(s.phase).toBe('discuss');
  });

  it('takes no answer to a question that is no longer open', () => {
    const s = duelInRoom();
    const old = openQuestion(s)!.id;
    const next = play([{ type: 'setCase', cardId: 'd-2' }], s);
    expect(answerActions(next, [record('a1', old, { kind: 'side', side: 'a' })])).toEqual([]);
    expect(
      play([{ type: 'recordAnswer', questionId: old, voter: 'r-a1', answer: { kind: 'side', side: 'a' } }], next),
    ).toBe(next);
  });

  it('does not reveal before the relay has counted a phone', () => {
    let s = play([{ type: 'chooseFormat', format: 'dilemma-duel' }, room, { type: 'setCase', cardId: 'd-1' }]);
    s = play(answerActions(s, [record('a1', openQuestion(s)!.id, { kind: 'side', side: 'a' })]), s);
    expect(s.revealed).toBe(false);
    expect(buildWallView(s, ctx).progress).toEqual({ answered: 1, expected: 1 });
  });

  it('counts a phone’s weights once, for the factors on the scale only', () => {
    let s = play([
      { type: 'chooseFormat', format: 'weigh' },
      room,
      { type: 'roomPresence', connected: 3 },
      { type: 'placeFactor', factorId: 'f-1', side: 'a' },
    ]);
    const id = openQuestion(s)!.id;
    s = play(answerActions(s, [record('a1', id, { kind: 'weights', weights: { 'f-1': 4, 'f-9': 2 } })]), s);
    expect(s.weigh.weights).toEqual({ 'f-1': { 'r-a1': 4 } });
    expect(buildWallView(s, ctx).progress).toEqual({ answered: 1, expected: 3 });
    expect(play([{ type: 'recordWeight', voter: 'p1', factorId: 'f-1', weight: 1 }], s)).toBe(s);
  });

  it('goes back to answers on one screen when the room closes', () => {
    const s = play([{ type: 'closeRoom' }], duelInRoom());
    expect(s.answerMode).toBe('screen');
    expect(buildWallView(s, ctx).room).toBeNull();
    expect(duelTurn(s)).toEqual({ player: 0 });
  });

  it('keeps participants’ notes per question, oldest first', () => {
    const records = [
      record('a1', 'q2', { kind: 'note', text: 'later' }, 5),
      record('a1', 'q1', { kind: 'note', text: 'eerst' }, 1),
      record('b2', 'q1', { kind: 'side', side: 'a' }, 2),
    ];
    expect(notesOf(records)).toEqual(['eerst', 'later']);
    expect(notesOf(records, 'q1')).toEqual(['eerst']);
  });
});

describe('the open question', () => {
  it('is one id for the wall, the phones and the answers, and always a valid protocol id', () => {
    const long = 'x'.repeat(80);
    const s = play([{ type: 'playCard', cardId: long }]);
    const view = buildWallView(s, ctx);
    expect(view.question?.id).toBe(openQuestion(s)!.id);
    expect(view.questionId).toBe(openQuestion(s)!.id);
    expect(openQuestion(s)!.id).toMatch(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$/);
  });

  it('closes once revealed', () => {
    const s = play([
      { type: 'chooseFormat', format: 'dilemma-duel' },
      { type: 'setCase', cardId: 'd-1' },
      { type: 'reveal' },
    ]);
    expect(openQuestion(s)).toBeNull();
    expect(buildWallView(s, ctx).questionId).toBeNull();
  });
});

describe('cards chosen by the facilitator', () => {
  it('puts a card from the pile, from before or from the discards on the table, once', () => {
    let deal = drawCard(createDealFromIds(['a', 'b', 'c', 'd'], 'seed'));
    const first = currentCardId(deal)!;
    const other = deal.pile[2]!;
    deal = playCard(deal, other);
    expect(currentCardId(deal)).toBe(other);
    deal = playCard(deal, first);
    expect(currentCardId(deal)).toBe(first);
    deal = discardCard(deal);
    deal = playCard(deal, first);
    expect(currentCardId(deal)).toBe(first);
    const all = [...deal.pile, ...deal.drawn, ...deal.discarded];
    expect(new Set(all).size).toBe(4);
    expect(all).toHaveLength(4);
  });

  it('plays a card before any shuffle and lists it as played', () => {
    const s = play([{ type: 'playCard', cardId: 'f-2' }]);
    expect(currentCardId(s.deal!)).toBe('f-2');
    expect(s.played).toEqual(['f-2']);
    expect(buildWallView(s, ctx).card?.id).toBe('f-2');
  });

  it('shuffles and draws the first card in one action', () => {
    const s = play([
      { type: 'shuffle', seed: 'x', filter: { kind: null, cluster: null }, pool: ['f-1', 'f-2'], draw: true },
    ]);
    expect(s.seq).toBe(1);
    expect(currentCardId(s.deal!)).not.toBeNull();
  });
});

describe('Vertragen', () => {
  it('puts the decision on the wall and the step card on the table in one action', () => {
    const s = play([
      { type: 'chooseFormat', format: 'slow-down' },
      { type: 'setDecision', text: '  Uitkering stopzetten  ' },
      { type: 'setStep', step: 2, caseCardId: 'f-1' },
    ]);
    expect(s.seq).toBe(3);
    const view = buildWallView(s, ctx);
    expect(view.decision).toBe('Uitkering stopzetten');
    expect(view.step).toBe(2);
    expect(view.caseCard?.id).toBe('f-1');
  });
});

describe('how the group answers', () => {
  const modes = (s: ReturnType<typeof play>) =>
    answerModesOf(s).map((m) => `${m.mode}${m.available ? '' : ' (no room)'}`);

  it('offers a count of hands only in the Dilemma-duel, the phones only with a room open, nothing where no answer counts', () => {
    expect(modes(play([{ type: 'chooseFormat', format: 'dilemma-duel' }]))).toEqual([
      'screen',
      'hands',
      'room (no room)',
    ]);
    expect(modes(play([{ type: 'chooseFormat', format: 'weigh' }]))).toEqual(['screen', 'room (no room)']);
    expect(modes(play([{ type: 'chooseFormat', format: 'rank' }, room]))).toEqual(['screen', 'room']);
    expect(modes(play([{ type: 'chooseFormat', format: 'draw' }]))).toEqual([]);
  });

  it('refuses a way of answering the format does not offer, and starts the question afresh on a switch', () => {
    const weigh = play([{ type: 'chooseFormat', format: 'weigh' }]);
    expect(play([{ type: 'setAnswerMode', mode: 'hands' }], weigh)).toBe(weigh);
    expect(play([{ type: 'setAnswerMode', mode: 'room' }], weigh)).toBe(weigh);
    const voted = play([
      { type: 'chooseFormat', format: 'dilemma-duel' },
      { type: 'playCard', cardId: 'd-1', asCase: true },
      { type: 'recordVote', voter: 'p1', side: 'a' },
    ]);
    expect(hasAnswers(voted)).toBe(true);
    const hands = play([{ type: 'setAnswerMode', mode: 'hands' }], voted);
    expect(hands.answerMode).toBe('hands');
    expect(hasAnswers(hands)).toBe(false);
  });
});
