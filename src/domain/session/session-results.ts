import type { SessionState, Side } from './session-state';

export interface FactorWeighing {
  factorId: string;
  side: Side;
  /** Every weight given, lowest first. */
  weights: number[];
  mean: number | null;
  min: number | null;
  max: number | null;
  /** How many gave 1, 2, 3, 4 and 5. */
  counts: [number, number, number, number, number];
}

export interface WeighResults {
  factors: FactorWeighing[];
  /** Sum of the mean weights per side. */
  totals: { a: number; b: number };
  /** -1 (all to side A) .. 1 (all to side B); 0 in balance. */
  tilt: number;
}

const round = (n: number) => Math.round(n * 100) / 100;

/** The weights one factor got in one round, lowest first, with their mean and range. */
function weighFactor(factorId: string, side: Side, byVoter: Record<string, number> | undefined): FactorWeighing {
  const weights = Object.values(byVoter ?? {}).sort((x, y) => x - y);
  const counts: FactorWeighing['counts'] = [0, 0, 0, 0, 0];
  for (const w of weights) counts[w - 1]!++;
  const mean = weights.length ? round(weights.reduce((s, w) => s + w, 0) / weights.length) : null;
  return { factorId, side, weights, mean, min: weights[0] ?? null, max: weights.at(-1) ?? null, counts };
}

export function weighResults(state: SessionState): WeighResults {
  const factors = state.weigh.placed.map(({ factorId, side }) =>
    weighFactor(factorId, side, state.weigh.weights[factorId]),
  );
  const totals = { a: 0, b: 0 };
  for (const f of factors) totals[f.side] += f.mean ?? 0;
  const sum = totals.a + totals.b;
  return {
    factors,
    totals: { a: round(totals.a), b: round(totals.b) },
    tilt: sum ? round((totals.b - totals.a) / sum) : 0,
  };
}

export interface DuelResults {
  a: number;
  b: number;
  /** Where the numbers come from: votes cast in turn or a split the facilitator counted. */
  source: 'votes' | 'tally';
}

export function duelResults(state: SessionState): DuelResults {
  if (state.duel.tally) return { ...state.duel.tally, source: 'tally' };
  const votes = Object.values(state.duel.votes);
  return { a: votes.filter((v) => v === 'a').length, b: votes.filter((v) => v === 'b').length, source: 'votes' };
}

/** One round's weighing of a factor, as the comparison of rounds needs it. */
export interface RoundSummary {
  /** How many weighed it. */
  count: number;
  mean: number;
  min: number;
  max: number;
}

/**
 * How one factor's weighing moved from the round before to this one: the mean's shift (positive: it weighs
 * more now) and the change of the range, highest minus lowest weight (negative: the group came closer).
 * Null where a round has no weight for the factor.
 */
export interface FactorShift {
  factorId: string;
  side: Side;
  before: RoundSummary | null;
  after: RoundSummary | null;
  shift: number | null;
  rangeChange: number | null;
}

export interface WeighShift {
  /** The round compared with, and this one. */
  rounds: [number, number];
  factors: FactorShift[];
  /** How many factors weighed in both rounds came closer, stayed as wide, or spread wider. */
  ranges: { narrower: number; same: number; wider: number };
}

const summarize = (f: FactorWeighing): RoundSummary | null =>
  f.mean === null || f.min === null || f.max === null
    ? null
    : { count: f.weights.length, mean: f.mean, min: f.min, max: f.max };

/** Weeg opnieuw: the weighing of this round beside the one before, per factor on the scale; null in a first round. */
export function weighShift(state: SessionState): WeighShift | null {
  const { earlier } = state;
  if (!earlier) return null;
  const ranges = { narrower: 0, same: 0, wider: 0 };
  const factors = state.weigh.placed.map(({ factorId, side }): FactorShift => {
    const before = summarize(weighFactor(factorId, side, earlier.weights[factorId]));
    const after = summarize(weighFactor(factorId, side, state.weigh.weights[factorId]));
    if (!before || !after) return { factorId, side, before, after, shift: null, rangeChange: null };
    const rangeChange = after.max - after.min - (before.max - before.min);
    ranges[rangeChange < 0 ? 'narrower' : rangeChange > 0 ? 'wider' : 'same']++;
    return { factorId, side, before, after, shift: round(after.mean - before.mean), rangeChange };
  });
  return { rounds: [earlier.round, earlier.round + 1], factors, ranges };
}

export interface DuelShift {
  rounds: [number, number];
  before: { a: number; b: number };
  after: { a: number; b: number };
}

/** Weeg opnieuw in a Dilemma-duel: the split of the round before and of this one; null in a first round. */
export function duelShift(state: SessionState): DuelShift | null {
  const { earlier } = state;
  if (!earlier) return null;
  const before = duelResults({ ...state, duel: earlier.duel });
  const after = duelResults(state);
  return {
    rounds: [earlier.round, earlier.round + 1],
    before: { a: before.a, b: before.b },
    after: { a: after.a, b: after.b },
  };
}
