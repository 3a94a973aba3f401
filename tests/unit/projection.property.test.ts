import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { FORMATS } from '../../src/domain/deck-constants';
import { duelTurn, rankTurn, screenVoterCount, weighTurn } from '../../src/domain/session/play-rules';
import { reduceSession, visibleFrame } from '../../src/domain/session/reduce-session';
import type { ActionBody } from '../../src/domain/session/session-actions';
import { createSession, type SessionState } from '../../src/domain/session/session-state';
import { buildWallView } from '../../src/domain/session/wall-view';
import { parseSyncMessage, viewMessage } from '../../src/domain/sync-message';
import { dilemmaCard, factorCard } from '../helpers/decks';
import { wallContext } from '../helpers/wall-context';

const cards = [factorCard('f-1'), factorCard('f-2'), factorCard('f-3'), dilemmaCard('d-1'), dilemmaCard('d-2')];
const ids = cards.map((c) => c.id);
const ctx = wallContext(cards);
const id = fc.constantFrom(...ids);
const side = fc.constantFrom('a' as const, 'b' as const);
const screenVoter = fc.constantFrom('p1', 'p2', 'p3', 'p4', 'p5');
const phone = fc.constantFrom('r-1', 'r-2', 'r-3');

/** Actions a facilitator and the phones can send, answers included (so some hit the open question). */
const body = (state: () => SessionState): fc.Arbitrary<ActionBody> =>
  fc.oneof(
    fc.record({ type: fc.constant('chooseFormat' as const), format: fc.constantFrom(...FORMATS) }),
    fc.record({
      type: fc.constant('setPlayers' as const),
      players: fc.array(fc.constantFrom('', 'Anna', 'Bo', 'Cem'), { maxLength: 5 }),
    }),
    fc.record({
      type: fc.constant('shuffle' as const),
      seed: fc.string({ minLength: 1, maxLength: 4 }),
      filter: fc.constant({ kind: null, cluster: null }),
      pool: fc.subarray(ids),
      draw: fc.boolean(),
    }),
    ...(
      [
        'deal',
        'next',
        'back',
        'discard',
        'nextTurn',
        'reveal',
        'hide',
        'clearAnswers',
        'askAgain',
        'closeRoom',
      ] as const
    ).map((type) => fc.constant({ type } as ActionBody)),
    fc.record({ type: fc.constant('setWall' as const), mode: fc.constantFrom('live' as const, 'hold' as const) }),
    fc.record({ type: fc.constant('playCard' as const), cardId: id }),
    fc.record({ type: fc.constant('setCase' as const), cardId: fc.option(id, { nil: null }) }),
    fc.record({ type: fc.constant('placeFactor' as const), factorId: id, side }),
    fc.record({
      type: fc.constant('recordWeight' as const),
      voter: screenVoter,
      factorId: id,
      weight: fc.integer({ min: 1, max: 5 }),
    }),
    fc.record({ type: fc.constant('recordVote' as const), voter: screenVoter, side }),
    fc.record({ type: fc.constant('recordTally' as const), a: fc.nat(9), b: fc.nat(9) }),
    fc.record({ type: fc.constant('setRankSize' as const), size: fc.integer({ min: 3, max: 4 }) }),
    fc.record({ type: fc.constant('setRankShortlist' as const), factorIds: fc.subarray(ids) }),
    fc.record({ type: fc.constant('recordRank' as const), voter: screenVoter, factorIds: fc.shuffledSubarray(ids) }),
    fc.record({ type: fc.constant('setCaseOwner' as const), player: fc.option(fc.nat(4), { nil: null }) }),
    fc.constant({ type: 'openRoom', code: 'ABCDEF2', joinUrl: 'http://x/#/join/ABCDEF2' } as ActionBody),
    fc.record({ type: fc.constant('roomPresence' as const), connected: fc.nat(4) }),
    fc.record({
      type: fc.constant('setAnswerMode' as const),
      mode: fc.constantFrom('screen' as const, 'hands' as const, 'room' as const),
    }),
    fc
      .record({ voter: phone, side, weight: fc.integer({ min: 1, max: 5 }) })
      .map(({ voter, side, weight }): ActionBody => {
        const s = state();
        const questionId = buildWallView(s, ctx).questionId ?? 'none';
        const answer =
          s.format === 'weigh'
            ? { kind: 'weights' as const, weights: Object.fromEntries(s.weigh.placed.map((p) => [p.factorId, weight])) }
            : s.format === 'rank'
              ? { kind: 'ranking' as const, order: ids.slice(weight % 2, (weight % 2) + s.rank.size) }
              : { kind: 'side' as const, side };
        return { type: 'recordAnswer', questionId, voter, answer };
      }),
  );

/** What the console's panels name: the wall preview, the weigh and duel entries, the intervision status. */
function consoleNames(s: SessionState) {
  const frame = visibleFrame(s);
  const weigh = weighTurn(s);
  const duel = duelTurn(s);
  const rank = rankTurn(s);
  const entryPlayer =
    s.format === 'weigh'
      ? weigh && weigh !== 'done'
        ? weigh.player
        : null
      : s.format === 'dilemma-duel'
        ? duel && duel !== 'done'
          ? duel.player
          : null
        : s.format === 'intervision'
          ? s.players.length > 1
            ? s.intervision.questioner
            : null
          : s.format === 'rank'
            ? rank && rank !== 'done'
              ? rank.player
              : null
            : s.turn;
  return {
    card: frame.cardId,
    caseCard: s.caseCardId,
    turn: s.players.length > 0 ? entryPlayer : null,
    caseOwner: s.format === 'intervision' ? s.intervision.caseOwner : null,
    questioner: s.format === 'intervision' && s.players.length > 1 ? s.intervision.questioner : null,
  };
}

describe('the console and the wall, for any sequence of actions', () => {
  it('name the same card, case, turn, case owner and questioner, and count no more answers than answerers', () => {
    let s = createSession('s1');
    fc.assert(
      fc.property(fc.infiniteStream(body(() => s)), fc.nat(60), (stream, length) => {
        s = createSession('s1');
        const it = stream[Symbol.iterator]();
        for (let i = 0; i < length; i++) {
          const action = it.next().value as ActionBody;
          s = reduceSession(s, { ...action, sessionId: 's1', seq: s.seq + 1 });
          const parsed = parseSyncMessage(viewMessage(buildWallView(s, ctx)));
          if (!parsed.ok || parsed.message.type !== 'view')
            throw new Error(`the wall refused the view: ${JSON.stringify(parsed)}`);
          const wall = parsed.message.view;
          const named = consoleNames(s);
          expect(wall.card?.id ?? null).toBe(named.card);
          expect(wall.caseCard?.id ?? (named.caseCard === wall.card?.id ? named.caseCard : null)).toBe(named.caseCard);
          expect(wall.turn?.index ?? null).toBe(named.turn);
          expect(wall.caseOwner?.index ?? null).toBe(named.caseOwner);
          expect(wall.questioner?.index ?? null).toBe(named.questioner);
          if (wall.progress) {
            const phones = new Set([
              ...Object.keys(s.duel.votes),
              ...Object.keys(s.rank.picks),
              ...Object.values(s.weigh.weights).flatMap((byVoter) => Object.keys(byVoter)),
            ]);
            const answerers =
              s.answerMode === 'screen'
                ? screenVoterCount(s)
                : Math.max(s.presence.peak, [...phones].filter((v) => v.startsWith('r-')).length);
            expect(wall.progress.answered).toBeLessThanOrEqual(wall.progress.expected);
            expect(wall.progress.answered).toBeLessThanOrEqual(answerers);
          }
        }
      }),
      { numRuns: 300 },
    );
    // 300 random sessions: seconds on a loaded machine; this checks agreement, not speed.
  }, 60_000);
});
