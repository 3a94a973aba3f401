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

export function weighResults(state: SessionState): WeighResults {
  const factors = state.weigh.placed.map(({ factorId, side }): FactorWeighing => {
    const weights = Object.values(state.weigh.weights[factorId] ?? {}).sort((x, y) => x - y);
    const counts: FactorWeighing['counts'] = [0, 0, 0, 0, 0];
    for (const w of weights) counts[w - 1]!++;
    const mean = weights.length ? round(weights.reduce((s, w) => s + w, 0) / weights.length) : null;
    return { factorId, side, weights, mean, min: weights[0] ?? null, max: weights.at(-1) ?? null, counts };
  });
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
