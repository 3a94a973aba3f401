import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { FORMATS } from '../../src/domain/deck-constants';
import type { ActionBody } from '../../src/domain/session/session-actions';
import { reduceSession } from '../../src/domain/session/reduce-session';
import { createSession, type SessionState } from '../../src/domain/session/session-state';

const ids = ['f-1', 'f-2', 'f-3', 'f-4', 'd-1', 'd-2', 's-0'];
const id = fc.constantFrom(...ids, 'unknown');
const side = fc.constantFrom('a' as const, 'b' as const);
const voter = fc.constantFrom('p1', 'p2', 'p3', 'room-x');

const validBody: fc.Arbitrary<ActionBody> = fc.oneof(
  fc.record({ type: fc.constant('chooseFormat' as const), format: fc.constantFrom(...FORMATS) }),
  fc.record({
    type: fc.constant('setPlayers' as const),
    players: fc.array(fc.string({ maxLength: 10 }), { maxLength: 5 }),
  }),
  fc.record({
    type: fc.constant('shuffle' as const),
    seed: fc.string({ minLength: 1, maxLength: 8 }),
    filter: fc.constant({ kind: null, cluster: null }),
    pool: fc.subarray(ids),
  }),
  ...(
    [
      'deal',
      'next',
      'back',
      'flip',
      'discard',
      'nextTurn',
      'reveal',
      'hide',
      'end',
      'clearAnswers',
      'askAgain',
    ] as const
  ).map((type) => fc.constant({ type } as ActionBody)),
  fc.record({
    type: fc.constant('setWall' as const),
    mode: fc.constantFrom('live' as const, 'blank' as const, 'hold' as const),
  }),
  fc.record({ type: fc.constant('timerStart' as const), at: fc.nat(1e9) }),
  fc.record({ type: fc.constant('timerPause' as const), at: fc.nat(1e9) }),
  fc.record({ type: fc.constant('setCase' as const), cardId: fc.option(id, { nil: null }) }),
  fc.record({ type: fc.constant('placeFactor' as const), factorId: id, side }),
  fc.record({ type: fc.constant('removeFactor' as const), factorId: id }),
  fc.record({
    type: fc.constant('recordWeight' as const),
    voter,
    factorId: id,
    weight: fc.integer({ min: 1, max: 5 }),
  }),
  fc.record({ type: fc.constant('recordVote' as const), voter, side }),
  fc.record({ type: fc.constant('attachFactor' as const), step: fc.integer({ min: 0, max: 5 }), factorId: id }),
  fc.record({
    type: fc.constant('setCaseOwner' as const),
    player: fc.option(fc.integer({ min: 0, max: 6 }), { nil: null }),
  }),
);

/** Anything at all: wrong types, wrong fields, junk values, forged envelopes. */
const junk = fc.oneof(
  fc.anything(),
  fc.record({ type: fc.string(), sessionId: fc.constant('s1'), seq: fc.integer() }),
  validBody.map((body) => ({ ...body, weight: 99, step: -1, players: 'x' })),
);

type Step =
  | { kind: 'valid'; body: ActionBody }
  | { kind: 'forged'; body: ActionBody; sessionId: string; seqDelta: number }
  | { kind: 'junk'; value: unknown };
const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 6, arbitrary: validBody.map((body) => ({ kind: 'valid' as const, body })) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('forged' as const),
      body: validBody,
      sessionId: fc.constantFrom('s1', 'other'),
      seqDelta: fc.integer({ min: -2, max: 3 }),
    }),
  },
  { weight: 1, arbitrary: junk.map((value) => ({ kind: 'junk' as const, value })) },
);

function invariantsHold(s: SessionState) {
  expect(Number.isInteger(s.seq)).toBe(true);
  if (s.deal) {
    const { pile, drawn, discarded, cursor } = s.deal;
    const all = [...pile, ...drawn, ...discarded];
    expect(new Set(all).size).toBe(all.length);
    expect(cursor).toBeGreaterThanOrEqual(-1);
    expect(cursor).toBeLessThan(Math.max(1, drawn.length));
  }
  expect(s.turn).toBeLessThan(Math.max(1, s.players.length));
  for (const [factorId, byVoter] of Object.entries(s.weigh.weights)) {
    expect(s.weigh.placed.some((p) => p.factorId === factorId)).toBe(true);
    for (const w of Object.values(byVoter)) expect([1, 2, 3, 4, 5]).toContain(w);
  }
  expect(JSON.parse(JSON.stringify(s))).toEqual(s);
}

describe('session reducer, for any sequence of actions', () => {
  it('never throws, never corrupts the state, and moves seq only when an action applies', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 60 }), (steps) => {
        let s = createSession('s1');
        for (const st of steps) {
          const action =
            st.kind === 'valid'
              ? { ...st.body, sessionId: 's1', seq: s.seq + 1 }
              : st.kind === 'forged'
                ? { ...st.body, sessionId: st.sessionId, seq: s.seq + st.seqDelta }
                : st.value;
          const next = reduceSession(s, action);
          expect(next === s || next.seq === s.seq + 1).toBe(true);
          s = next;
          invariantsHold(s);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('gives the same state when the log of applied actions is replayed from the start', () => {
    fc.assert(
      fc.property(fc.array(validBody, { maxLength: 60 }), (bodies) => {
        let live = createSession('s1');
        const log: unknown[] = [];
        for (const body of bodies) {
          const action = { ...body, sessionId: 's1', seq: live.seq + 1 };
          const next = reduceSession(live, action);
          if (next !== live) log.push(JSON.parse(JSON.stringify(action)));
          live = next;
        }
        const replayed = log.reduce<SessionState>((s, a) => reduceSession(s, a), createSession('s1'));
        expect(replayed).toEqual(live);
      }),
      { numRuns: 300 },
    );
  });
});
