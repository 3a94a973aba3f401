import { describe, expect, it } from 'vitest';

import { createSession } from '../../src/domain/session/session-state';
import { reduceSession } from '../../src/domain/session/reduce-session';
import { currentCardId } from '../../src/domain/deal';
import { savedFieldSchemas } from '../../src/domain/saved-state';
import {
  decodePlanLink,
  fitPlan,
  offerPlan,
  PLAN_FILE_MAX_CHARS,
  planDraftProblem,
  planFileName,
  planFileText,
  planHash,
  planStepActions,
  readPlanFile,
  type PlanContent,
} from '../../src/domain/session-plan';
import { deckVersion, encodePayload, MAX_PAYLOAD_CHARS } from '../../src/domain/share-link';
import { smallDeck } from '../helpers/decks';

const deck = smallDeck('tegenwicht', 6);
const plan: PlanContent = {
  title: 'Teamdag oktober',
  deckVersion: deckVersion(deck),
  steps: [
    { format: 'draw', minutes: 10, cardIds: ['f-1', 'f-2'] },
    { format: 'dilemma-duel', minutes: 20, cardIds: ['d-3'] },
    { format: 'rank', minutes: 25, cardIds: ['f-1', 'f-2', 'f-4', 'f-5'] },
    { format: 'intervision', minutes: 30, cardIds: [] },
  ],
};
const payloadOf = (hash: string) => hash.replace('#/plan/', '');
const hashOf = (content: PlanContent) => {
  const read = planHash(content);
  if (!read.ok) throw new Error(read.problem);
  return read.value;
};

describe('plan addresses', () => {
  it('round-trip a plan through the shared payload', () => {
    const hash = hashOf(plan);
    expect(hash).toMatch(/^#\/plan\/[A-Za-z0-9_-]+\.[0-9a-f]{8}$/);
    expect(decodePlanLink(payloadOf(hash))).toEqual({ ok: true, value: plan });
  });

  it('keeps a title with accents and quotes', () => {
    const titled = { ...plan, title: 'Café "één" — ‘intervisie’' };
    expect(decodePlanLink(payloadOf(hashOf(titled)))).toEqual({ ok: true, value: titled });
  });

  it('refuses a damaged address with a reason', () => {
    const payload = payloadOf(hashOf(plan));
    const flipped = payload.slice(0, 9) + (payload[9] === 'A' ? 'B' : 'A') + payload.slice(10);
    expect(decodePlanLink(flipped)).toEqual({ ok: false, problem: 'damaged' });
    expect(decodePlanLink(payload.slice(0, -1))).toEqual({ ok: false, problem: 'damaged' });
    expect(decodePlanLink(payload.slice(0, 30))).toEqual({ ok: false, problem: 'damaged' });
    expect(decodePlanLink('')).toEqual({ ok: false, problem: 'damaged' });
    expect(decodePlanLink('a'.repeat(MAX_PAYLOAD_CHARS + 1))).toEqual({ ok: false, problem: 'tooLong' });
  });

  it('refuses a forged payload whose checksum is right but whose content is not a plan', () => {
    const forged = (data: Record<string, unknown>) => decodePlanLink(encodePayload(data));
    const base = { f: 1, t: 'plan', d: plan.deckVersion, n: 'Plan', s: [['draw', 10, ['f-1']]] };
    expect(forged(base).ok).toBe(true);
    expect(forged({ ...base, t: 'deal' })).toEqual({ ok: false, problem: 'invalid' });
    expect(forged({ ...base, f: 2 })).toEqual({ ok: false, problem: 'unknownFormat' });
    expect(forged({ ...base, n: '' })).toEqual({ ok: false, problem: 'invalid' });
    expect(forged({ ...base, d: 'tegenwicht' })).toEqual({ ok: false, problem: 'invalid' });
    expect(forged({ ...base, s: [] })).toEqual({ ok: false, problem: 'invalid' });
    expect(forged({ ...base, s: [['poker', 10, []]] })).toEqual({ ok: false, problem: 'invalid' });
    expect(forged({ ...base, s: [['draw', 0, []]] })).toEqual({ ok: false, problem: 'invalid' });
    expect(forged({ ...base, s: [['draw', 10, ['<img src=x>']]] })).toEqual({ ok: false, problem: 'invalid' });
    expect(forged({ ...base, s: [['draw', 10, ['f-1', 'f-1']]] })).toEqual({ ok: false, problem: 'invalid' });
    expect(forged({ ...base, s: [['draw', 10]] })).toEqual({ ok: false, problem: 'invalid' });
    // The bounds: at most 12 steps, 12 cards a step, 240 minutes, a title of 80 characters.
    const steps = (n: number) => Array.from({ length: n }, () => ['draw', 5, []]);
    expect(forged({ ...base, s: steps(12) }).ok).toBe(true);
    expect(forged({ ...base, s: steps(13) })).toEqual({ ok: false, problem: 'invalid' });
    const cards = (n: number) => Array.from({ length: n }, (_, i) => `f-${i}`);
    expect(forged({ ...base, s: [['draw', 5, cards(12)]] }).ok).toBe(true);
    expect(forged({ ...base, s: [['draw', 5, cards(13)]] })).toEqual({ ok: false, problem: 'invalid' });
    expect(forged({ ...base, s: [['draw', 240, []]] }).ok).toBe(true);
    expect(forged({ ...base, s: [['draw', 241, []]] })).toEqual({ ok: false, problem: 'invalid' });
    expect(forged({ ...base, n: 'x'.repeat(80) }).ok).toBe(true);
    expect(forged({ ...base, n: 'x'.repeat(81) })).toEqual({ ok: false, problem: 'invalid' });
  });

  it('says a plan too large for an address is too long, instead of making one that is refused', () => {
    const big: PlanContent = {
      ...plan,
      steps: Array.from({ length: 12 }, (_, i) => ({
        format: 'draw' as const,
        minutes: 5,
        cardIds: Array.from({ length: 12 }, (_, j) => `factor-a-rather-long-card-id-${i}-${j}`),
      })),
    };
    expect(planHash(big)).toEqual({ ok: false, problem: 'tooLong' });
    // The file carries it all the same.
    expect(readPlanFile(planFileText(big))).toEqual({ ok: true, value: big });
  });
});

describe('plan files', () => {
  it('round-trip through the file', () => {
    expect(readPlanFile(planFileText(plan))).toEqual({ ok: true, value: plan });
    expect(JSON.parse(planFileText(plan))).toMatchObject({ type: 'tegenwicht-plan', version: 1 });
    expect(planFileName({ ...plan, title: 'Teamdag één!' })).toBe('draaiboek-teamdag-een.json');
  });

  it('refuses a file that is not JSON, not a plan, of another version or too large', () => {
    expect(readPlanFile('{"type": "tegenwicht-plan", ')).toEqual({ ok: false, problem: 'damaged' });
    expect(readPlanFile('[]')).toEqual({ ok: false, problem: 'invalid' });
    expect(readPlanFile(JSON.stringify({ ...JSON.parse(planFileText(plan)), type: 'deck' }))).toEqual({
      ok: false,
      problem: 'invalid',
    });
    expect(readPlanFile(JSON.stringify({ ...JSON.parse(planFileText(plan)), version: 2 }))).toEqual({
      ok: false,
      problem: 'unknownFormat',
    });
    expect(readPlanFile(JSON.stringify({ ...JSON.parse(planFileText(plan)), extra: true }))).toEqual({
      ok: false,
      problem: 'invalid',
    });
    expect(readPlanFile(' '.repeat(PLAN_FILE_MAX_CHARS + 1))).toEqual({ ok: false, problem: 'tooLong' });
  });
});

describe('a plan beside the deck loaded here', () => {
  it('fits the deck it was made with', () => {
    expect(fitPlan(plan, deck)).toEqual({ type: 'fits' });
  });

  it('offers the closest match for another version of the same deck, naming the cards that are missing', () => {
    const older = smallDeck('tegenwicht', 4); // no f-5, d-6
    const fit = fitPlan(plan, older);
    expect(fit).toMatchObject({ type: 'otherVersion', sameDeck: true, missing: ['f-5'] });
    if (fit.type !== 'otherVersion') return;
    expect(fit.closest.deckVersion).toBe(deckVersion(older));
    expect(fit.closest.steps.map((s) => s.cardIds)).toEqual([['f-1', 'f-2'], ['d-3'], ['f-1', 'f-2', 'f-4'], []]);
    expect(fit.closest.steps.map((s) => s.minutes)).toEqual([10, 20, 25, 30]);
  });

  it('says when the deck is another deck altogether, and names unknown card ids', () => {
    const withUnknown: PlanContent = {
      ...plan,
      steps: [{ format: 'draw', minutes: 5, cardIds: ['f-1', 'factor-not-here', 'd-3'] }],
    };
    expect(fitPlan(withUnknown, smallDeck('eigen-stapel', 6))).toMatchObject({
      type: 'otherVersion',
      sameDeck: false,
      missing: ['factor-not-here'],
    });
    // Same version but a card id the deck does not have (a forged plan): not offered as fitting either.
    expect(fitPlan(withUnknown, deck)).toMatchObject({
      type: 'otherVersion',
      sameDeck: true,
      missing: ['factor-not-here'],
    });
  });

  it('turns a read into an offer: refused with the reason, or received with how it fits', () => {
    expect(offerPlan({ ok: false, problem: 'damaged' }, deck)).toEqual({ type: 'refused', problem: 'damaged' });
    expect(offerPlan({ ok: true, value: plan }, deck)).toEqual({ type: 'received', plan, fit: { type: 'fits' } });
  });
});

describe('a plan step in the session', () => {
  const run = (step: PlanContent['steps'][number]) => {
    let state = reduceSession(createSession('s1'), {
      type: 'chooseFormat',
      format: step.format,
      sessionId: 's1',
      seq: 1,
    });
    for (const action of planStepActions(step, deck.cards, 'seed1')) {
      const next = reduceSession(state, { ...action, sessionId: 's1', seq: state.seq + 1 });
      expect(next).not.toBe(state);
      state = next;
    }
    return state;
  };

  it('sets the timer and deals the step’s cards, the first on the table', () => {
    const state = run({ format: 'draw', minutes: 10, cardIds: ['f-2', 'f-1', 'not-in-deck'] });
    expect(state.timer.durationMs).toBe(10 * 60_000);
    expect(currentCardId(state.deal!)).toBe('f-2');
    expect([...state.deal!.drawn, ...state.deal!.pile].sort()).toEqual(['f-1', 'f-2']);
  });

  it('puts a dilemma on the table as the case of a duel', () => {
    const state = run({ format: 'dilemma-duel', minutes: 20, cardIds: ['d-3'] });
    expect(state.caseCardId).toBe('d-3');
  });

  it('makes the factors the shortlist of a Rangorde, picking no more than there are', () => {
    const state = run({ format: 'rank', minutes: 25, cardIds: ['f-1', 'd-3', 'f-2', 'f-4', 'f-5'] });
    expect(state.rank.shortlist).toEqual(['f-1', 'f-2', 'f-4', 'f-5']);
    expect(state.rank.size).toBe(4);
  });

  it('without cards only sets the timer', () => {
    expect(planStepActions({ format: 'intervision', minutes: 30, cardIds: [] }, deck.cards, 'x')).toEqual([
      { type: 'timerReset', durationMs: 30 * 60_000 },
    ]);
  });
});

describe('plans as the editor and the device keep them', () => {
  it('names what keeps a draft from being saved', () => {
    expect(planDraftProblem(plan)).toBeNull();
    expect(planDraftProblem({ ...plan, title: '  ' })).toBe('noTitle');
    expect(planDraftProblem({ ...plan, steps: [] })).toBe('noSteps');
    expect(planDraftProblem({ ...plan, steps: [{ format: 'draw', minutes: Number.NaN, cardIds: [] }] })).toBe(
      'minutes',
    );
    expect(planDraftProblem({ ...plan, steps: Array.from({ length: 13 }, () => plan.steps[0]!) })).toBe('tooManySteps');
  });

  it('drops a saved plan that does not pass its schema, and keeps a good one', () => {
    const good = { ...plan, id: 'plan-1', savedAt: 1 };
    const schema = savedFieldSchemas.plans.plans;
    expect(schema.safeParse([good]).success).toBe(true);
    expect(schema.safeParse([{ ...good, steps: [{ format: 'draw', minutes: -1, cardIds: [] }] }]).success).toBe(false);
    expect(schema.safeParse([{ ...good, id: undefined }]).success).toBe(false);
  });
});
