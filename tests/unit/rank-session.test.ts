import { describe, expect, it } from 'vitest';

import { answerProgress, openQuestion, turnOf } from '../../src/domain/session/play-rules';
import { answerActions } from '../../src/domain/session/room-answers';
import { buildWallView } from '../../src/domain/session/wall-view';
import { answerMessageSchema } from '../../src/domain/room-protocol';
import { factorCard } from '../helpers/decks';
import { play } from '../helpers/session';
import { wallContext } from '../helpers/wall-context';

const cards = [
  factorCard('f-1', { rank: 1 }),
  factorCard('f-2', { rank: 2 }),
  factorCard('f-3', { rank: 3 }),
  factorCard('f-4'),
  factorCard('f-5'),
];
const ctx = wallContext(cards, { factors: () => cards });
const room = { type: 'openRoom', code: 'ABCDEF2', joinUrl: 'http://x/#/join/ABCDEF2' } as const;

describe('Rangorde in the session', () => {
  it('on one screen takes each player in turn, then reveals the group against the study', () => {
    let s = play([
      { type: 'chooseFormat', format: 'rank' },
      { type: 'setPlayers', players: ['Anna', 'Bo'] },
      { type: 'setRankSize', size: 3 },
    ]);
    expect(openQuestion(s)?.kind).toBe('ranking');
    expect(turnOf(s)).toBe(0);
    const view = buildWallView(s, ctx);
    expect(view.question).toMatchObject({ kind: 'ranking', size: 3 });
    expect(view.question?.kind === 'ranking' && view.question.choices.map((c) => c.id)).toEqual(ids(5));
    // A pick of the wrong size or with a factor twice is refused: the turn stays with Anna.
    expect(play([{ type: 'recordRank', voter: 'p1', factorIds: ['f-1', 'f-2'] }], s)).toBe(s);
    expect(play([{ type: 'recordRank', voter: 'p1', factorIds: ['f-1', 'f-2', 'f-1'] }], s)).toBe(s);
    s = play([{ type: 'recordRank', voter: 'p1', factorIds: ['f-4', 'f-1', 'f-2'] }], s);
    expect(turnOf(s)).toBe(1);
    expect(answerProgress(s)).toEqual({ answered: 1, expected: 2 });
    expect(buildWallView(s, ctx).results).toBeNull();
    s = play([{ type: 'recordRank', voter: 'p2', factorIds: ['f-4', 'f-2', 'f-1'] }, { type: 'reveal' }], s);
    const results = buildWallView(s, ctx).results;
    expect(results?.kind).toBe('rank');
    if (results?.kind !== 'rank') return;
    expect(results.voters).toBe(2);
    expect(results.rows.map((r) => [r.id, r.place, r.tied, r.study, r.mark])).toEqual([
      ['f-4', 1, false, null, 'group-only'],
      ['f-1', 2, true, 1, null],
      ['f-2', 2, true, 2, null],
      ['f-3', null, false, 3, 'missed'],
    ]);
  });

  it('asks anew when the size or the shortlist changes, and keeps picks to the shortlist', () => {
    let s = play([
      { type: 'chooseFormat', format: 'rank' },
      { type: 'setRankSize', size: 3 },
      { type: 'recordRank', voter: 'p1', factorIds: ['f-1', 'f-2', 'f-3'] },
    ]);
    const before = openQuestion(s)?.id;
    s = play([{ type: 'setRankShortlist', factorIds: ['f-3', 'f-4', 'f-5'] }], s);
    expect(s.rank.picks).toEqual({});
    expect(openQuestion(s)?.id).not.toBe(before);
    expect(play([{ type: 'recordRank', voter: 'p1', factorIds: ['f-1', 'f-4', 'f-5'] }], s)).toBe(s);
    // A shortlist shorter than the size is refused, as is a size larger than the shortlist.
    expect(play([{ type: 'setRankShortlist', factorIds: ['f-1', 'f-2'] }], s)).toBe(s);
    expect(play([{ type: 'setRankSize', size: 4 }], s)).toBe(s);
    s = play([{ type: 'recordRank', voter: 'p1', factorIds: ['f-5', 'f-4', 'f-3'] }], s);
    expect(s.rank.picks.p1).toEqual(['f-5', 'f-4', 'f-3']);
  });

  it('in a room takes the phones’ rankings, refuses the console’s, and reveals once every phone answered', () => {
    let s = play([
      { type: 'chooseFormat', format: 'rank' },
      room,
      { type: 'setRankSize', size: 3 },
      { type: 'roomPresence', connected: 2 },
    ]);
    expect(play([{ type: 'recordRank', voter: 'p1', factorIds: ['f-1', 'f-2', 'f-3'] }], s)).toBe(s);
    const questionId = openQuestion(s)!.id;
    const records = [
      {
        participantId: 'a'.repeat(16),
        questionId,
        answer: { kind: 'ranking' as const, order: ['f-2', 'f-1', 'f-3'] },
        at: 1,
      },
      { participantId: 'b'.repeat(16), questionId, answer: { kind: 'side' as const, side: 'a' as const }, at: 2 },
    ];
    const actions = answerActions(s, records);
    expect(actions).toHaveLength(1);
    s = play(actions, s);
    expect(answerProgress(s)).toEqual({ answered: 1, expected: 2 });
    expect(s.revealed).toBe(false);
    s = play(
      [{ type: 'recordAnswer', questionId, voter: 'r-b', answer: { kind: 'ranking', order: ['f-1', 'f-2', 'f-5'] } }],
      s,
    );
    expect(s.revealed).toBe(true);
    expect(s.phase).toBe('discuss');
  });

  it('the room protocol refuses a ranking with a factor twice, too few or too many', () => {
    const message = (order: string[]) => ({
      type: 'answer',
      questionId: 'rank-top-0',
      answer: { kind: 'ranking', order },
    });
    expect(answerMessageSchema.safeParse(message(['f-1', 'f-2', 'f-3'])).success).toBe(true);
    expect(answerMessageSchema.safeParse(message(['f-1', 'f-2', 'f-1'])).success).toBe(false);
    expect(answerMessageSchema.safeParse(message(['f-1', 'f-2'])).success).toBe(false);
    expect(answerMessageSchema.safeParse(message(ids(8))).success).toBe(false);
  });
});

function ids(n: number) {
  return Array.from({ length: n }, (_, i) => `f-${i + 1}`);
}
