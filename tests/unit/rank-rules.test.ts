import { describe, expect, it } from 'vitest';

import { compareWithStudy, groupRanking, pickProblem } from '../../src/domain/session/rank-rules';

/** A study top 15 of s1..s15, rank n for sn. */
const studyTop = Array.from({ length: 15 }, (_, i) => `s${i + 1}`);
const studyRank = (id: string) => (studyTop.includes(id) ? Number(id.slice(1)) : null);

describe('a pick', () => {
  const rank = { size: 3, shortlist: [] };
  it('is counted with exactly the size asked, each factor once', () => {
    expect(pickProblem(['a', 'b', 'c'], rank)).toBeNull();
  });
  it('with too many or too few factors is refused', () => {
    expect(pickProblem(['a', 'b', 'c', 'd'], rank)).toBe('size');
    expect(pickProblem(['a', 'b'], rank)).toBe('size');
    expect(pickProblem([], rank)).toBe('size');
  });
  it('with a factor twice is refused', () => {
    expect(pickProblem(['a', 'b', 'a'], rank)).toBe('duplicate');
  });
  it('outside the shortlist is refused, inside it counted', () => {
    const short = { size: 3, shortlist: ['a', 'b', 'c', 'd'] };
    expect(pickProblem(['a', 'b', 'x'], short)).toBe('not-a-choice');
    expect(pickProblem(['d', 'b', 'a'], short)).toBeNull();
  });
});

describe('the group ranking (Borda count)', () => {
  it('gives k points to the first of a pick of k, down to 1 for the last', () => {
    const ranking = groupRanking({ p1: ['a', 'b', 'c'], p2: ['a', 'c', 'd'] });
    expect(ranking.map((r) => [r.factorId, r.points, r.place])).toEqual([
      ['a', 6, 1],
      ['c', 3, 2],
      ['b', 2, 3],
      ['d', 1, 4],
    ]);
  });

  it('shows a tie as a shared place and skips the place after it', () => {
    // a: 3 + 1 + 2 = 6, b: 2 + 2 + 3 = 7, c: 1 + 3 = 4: no tie; then a and b tied on 5, c and d on 1.
    const ranking = groupRanking({ p1: ['a', 'b', 'c'], p2: ['c', 'b', 'a'], p3: ['b', 'a', 'd'] });
    const byId = Object.fromEntries(ranking.map((r) => [r.factorId, r]));
    expect(byId.b).toMatchObject({ points: 7, place: 1, tied: false });
    expect(byId.a).toMatchObject({ points: 6, place: 2, tied: false });
    expect(byId.c).toMatchObject({ points: 4, place: 3, tied: false });
    const tied = groupRanking({ p1: ['a', 'b', 'c'], p2: ['b', 'a', 'd'] });
    expect(tied.map((r) => [r.factorId, r.place, r.tied])).toEqual([
      ['a', 1, true],
      ['b', 1, true],
      ['c', 3, true],
      ['d', 3, true],
    ]);
  });

  it('gives the spread: how many picked a factor, its highest and lowest place', () => {
    const ranking = groupRanking({ p1: ['a', 'b', 'c'], p2: ['c', 'b', 'a'], p3: ['d', 'e', 'a'] });
    const a = ranking.find((r) => r.factorId === 'a');
    expect(a).toMatchObject({ picks: 3, best: 1, worst: 3 });
  });

  it('is empty without answers, and one player gives their own order', () => {
    expect(groupRanking({})).toEqual([]);
    expect(groupRanking({ p1: ['c', 'a', 'b'] }).map((r) => [r.factorId, r.place, r.tied])).toEqual([
      ['c', 1, false],
      ['a', 2, false],
      ['b', 3, false],
    ]);
  });
});

describe('the group against the study', () => {
  it('sets the group place beside the study rank and marks the largest differences', () => {
    // s12 first for everyone (study 12 -> difference 11), s1 picked last (place 5 -> 4), x not in the top 15.
    const picks = {
      p1: ['s12', 'x', 's2', 's3', 's1'],
      p2: ['s12', 'x', 's3', 's2', 's1'],
    };
    const { rows, voters } = compareWithStudy(picks, studyRank, studyTop, null);
    expect(voters).toBe(2);
    const row = (id: string) => rows.find((r) => r.factorId === id);
    expect(row('s12')).toMatchObject({ place: 1, study: 12, difference: 11, mark: 'shift' });
    expect(row('x')).toMatchObject({ place: 2, study: null, mark: 'group-only' });
    expect(row('s1')).toMatchObject({ place: 5, study: 1, difference: 4, mark: 'shift' });
    expect(row('s2')).toMatchObject({ place: 3, tied: true, difference: 1, mark: null });
    // Nobody picked s4 or s5 (study top 5): marked; s6 and below are listed, not marked.
    expect(row('s4')).toMatchObject({ place: null, picks: 0, study: 4, mark: 'missed' });
    expect(row('s5')?.mark).toBe('missed');
    expect(row('s6')).toMatchObject({ place: null, study: 6, mark: null });
    // Picked factors by place first, then the study's unpicked factors by study rank.
    expect(rows.map((r) => r.factorId).slice(0, 6)).toEqual(['s12', 'x', 's2', 's3', 's1', 's4']);
    expect(rows).toHaveLength(5 + 11);
  });

  it('marks no more than the three largest differences, more only when tied', () => {
    const picks = { p1: ['s15', 's14', 's13', 's12', 's11', 's10', 's9'] };
    const marked = compareWithStudy(picks, studyRank, studyTop, null).rows.filter((r) => r.mark === 'shift');
    expect(marked.map((r) => [r.factorId, r.difference])).toEqual([
      ['s15', 14],
      ['s14', 12],
      ['s13', 10],
    ]);
  });

  it('leaves out the study factors that were not on the shortlist', () => {
    const { rows } = compareWithStudy({ p1: ['s3', 'x', 's2'] }, studyRank, studyTop, ['s2', 's3', 'x', 'y']);
    expect(rows.map((r) => r.factorId)).toEqual(['s3', 'x', 's2']);
  });

  it('marks nothing without answers', () => {
    const { rows, voters } = compareWithStudy({}, studyRank, studyTop, null);
    expect(voters).toBe(0);
    expect(rows).toHaveLength(15);
    expect(rows.every((r) => r.mark === null && r.place === null)).toBe(true);
  });
});
