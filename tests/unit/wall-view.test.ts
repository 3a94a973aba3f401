import { describe, expect, it } from 'vitest';

import { buildWallView, wallViewSchema } from '../../src/domain/session/wall-view';
import { dilemmaCard, factorCard } from '../helpers/decks';
import { play } from '../helpers/session';
import { wallContext } from '../helpers/wall-context';

const cards = [dilemmaCard('d-1'), factorCard('f-1'), factorCard('f-2')];
const ctx = wallContext(cards, { now: 1000 });
const pool = ['d-1', 'f-1', 'f-2'];

describe('the wall view', () => {
  it('asks for weights in Weeg de factoren and carries no weight at all until revealed', () => {
    let s = play([
      { type: 'chooseFormat', format: 'weigh' },
      { type: 'setCase', cardId: 'd-1' },
      { type: 'placeFactor', factorId: 'f-1', side: 'a' },
      { type: 'recordWeight', voter: 'p1', factorId: 'f-1', weight: 5 },
    ]);
    const hidden = buildWallView(s, ctx);
    expect(hidden.question).toMatchObject({ kind: 'weights', factors: [{ id: 'f-1', side: 'a' }] });
    expect(hidden.questionId).toBe(hidden.question!.id);
    expect(hidden.results).toBeNull();
    expect(JSON.stringify(hidden)).not.toContain('"weights":[');
    expect(wallViewSchema.safeParse(hidden).success).toBe(true);

    s = play([{ type: 'reveal' }], s);
    const shown = buildWallView(s, ctx);
    expect(shown.questionId).toBeNull();
    expect(shown.results).toMatchObject({ kind: 'weigh', factors: [{ id: 'f-1', weights: [5], mean: 5 }] });
  });

  it('names the case the factors are weighed for, also when the case is the card on the table and sent once', () => {
    const s = play([
      { type: 'chooseFormat', format: 'weigh' },
      { type: 'playCard', cardId: 'd-1', asCase: true },
      { type: 'placeFactor', factorId: 'f-1', side: 'a' },
    ]);
    const view = buildWallView(s, ctx);
    expect(view.card?.id).toBe('d-1');
    expect(view.caseCard).toBeNull();
    expect(view.question).toMatchObject({ kind: 'weights', caseId: 'd-1' });
    expect(wallViewSchema.safeParse(view).success).toBe(true);
  });

  it('offers an anonymous note on the card on the table when the format asks nothing else', () => {
    const s = play([{ type: 'shuffle', seed: 'x', filter: { kind: 'factor', cluster: null }, pool }, { type: 'deal' }]);
    const view = buildWallView(s, ctx);
    expect(view.question).toEqual({ kind: 'note', id: `draw-${view.card!.id}-0` });
    expect(view.questionId).toBe(`draw-${view.card!.id}-0`);
    expect(wallViewSchema.safeParse(view).success).toBe(true);
  });

  it('asks for a side only when a dilemma is on the table in a Dilemma-duel', () => {
    const s = play([{ type: 'chooseFormat', format: 'dilemma-duel' }]);
    expect(buildWallView(s, ctx).question).toBeNull();
    const withCase = play([{ type: 'setCase', cardId: 'd-1' }], s);
    expect(buildWallView(withCase, ctx).question).toMatchObject({ kind: 'side' });
  });
});
