import { describe, expect, it } from 'vitest';

import type { Card } from '../../src/domain/deck-schema';
import {
  explanationOf,
  isExplainable,
  newWalk,
  reflectionFor,
  setDecision,
  setFactorNote,
  setInfluence,
  toggleFactor,
} from '../../src/domain/explain-walk';
import { factorCard } from '../helpers/decks';

const reflection = (id: string, theme: 'triple-feedback-loop' | 'confirmation-bias'): Card => ({
  id,
  kind: 'reflection',
  theme,
  title: { nl: id, en: id },
  text: { nl: 'Tekst', en: 'Text' },
  questions: [{ nl: 'Vraag?', en: 'Question?' }],
  sources: ['samenvatting'],
  origin: { nl: 'Onderzoek', en: 'Study' },
});
const cards = [
  factorCard('f-1'),
  factorCard('f-2'),
  factorCard('f-3'),
  reflection('r-loop', 'triple-feedback-loop'),
  reflection('r-bias', 'confirmation-bias'),
];

describe('a walk through the six steps', () => {
  it('keeps each factor once in the explanation, influenceable when marked so at any step, with its notes', () => {
    let walk = setDecision(newWalk('w', 1), '  Je begint met een proefplaatsing.  ', 2);
    walk = toggleFactor(walk, 1, 'f-1', 3);
    walk = toggleFactor(walk, 4, 'f-1', 3);
    walk = toggleFactor(walk, 4, 'f-2', 3);
    walk = setInfluence(walk, 4, 'f-1', true, 4);
    walk = setFactorNote(walk, 4, 'f-2', 'De regels laten weinig ruimte', 5);
    const explained = explanationOf(walk, cards);
    expect(explained.decision).toBe('Je begint met een proefplaatsing.');
    expect(explained.steps.map((s) => s.factors.map((f) => f.card.id))).toEqual([
      [],
      ['f-1'],
      [],
      [],
      ['f-1', 'f-2'],
      [],
    ]);
    expect(explained.canInfluence.map((f) => [f.card.id, f.steps])).toEqual([['f-1', [1, 4]]]);
    expect(explained.cannotInfluence.map((f) => [f.card.id, f.notes])).toEqual([
      ['f-2', ['De regels laten weinig ruimte']],
    ]);
    expect(explained.factorCount).toBe(2);
    expect(walk.updatedAt).toBe(5);
  });

  it('takes a factor off a step when it is chosen again, and ignores steps outside 0-5', () => {
    const walk = toggleFactor(toggleFactor(newWalk('w', 1), 2, 'f-3', 2), 2, 'f-3', 3);
    expect(walk.steps[2]).toEqual([]);
    const outside = newWalk('w', 1);
    expect(toggleFactor(outside, 6, 'f-3', 2)).toBe(outside);
  });

  it('leaves out a factor that is no longer in the deck, and is not explainable without a decision and a factor', () => {
    let walk = toggleFactor(newWalk('w', 1), 0, 'gone', 2);
    expect(explanationOf(walk, cards).factorCount).toBe(0);
    expect(isExplainable(walk)).toBe(false);
    walk = setDecision(walk, 'Besluit', 3);
    expect(isExplainable(walk)).toBe(true);
    expect(isExplainable(setDecision(toggleFactor(walk, 0, 'gone', 4), 'Besluit', 5))).toBe(false);
  });

  it('closes with the confirmation-bias card when what was known beforehand weighed, else the triple loop', () => {
    const walk = toggleFactor(newWalk('w', 1), 3, 'f-1', 2);
    expect(reflectionFor(walk, cards)?.id).toBe('r-loop');
    expect(reflectionFor(toggleFactor(walk, 0, 'f-2', 3), cards)?.id).toBe('r-bias');
    expect(reflectionFor(walk, [factorCard('f-1')])).toBeNull();
  });
});
