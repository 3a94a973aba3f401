import { describe, expect, it } from 'vitest';

import { createSession, type SessionState } from '../../src/domain/session/session-state';
import { summariseSession, summaryToMarkdown } from '../../src/features/console/session-summary';
import { dilemmaCard, factorCard } from '../helpers/decks';
import { labels } from '../helpers/summary-labels';

const cards = [dilemmaCard('d-1'), factorCard('f-1'), factorCard('f-2'), factorCard('f-3')];
const card = (id: string) => cards.find((c) => c.id === id);

function weighed(): SessionState {
  return {
    ...createSession('s1', 'weigh'),
    caseCardId: 'd-1',
    played: ['f-1'],
    weigh: {
      placed: [
        { factorId: 'f-1', side: 'a' },
        { factorId: 'f-2', side: 'b' },
      ],
      weights: { 'f-1': { p1: 2, p2: 3, p3: 3 }, 'f-2': { p1: 1 } },
    },
  };
}

const at = new Date('2026-12-01T20:05:00Z');

describe('the session summary a trainer mails the group', () => {
  it('writes the date in local time and words, and decimals and shares as the language does', () => {
    const nl = summariseSession(weighed(), card, '', [], 3, 'nl', (i) => `Speler ${i + 1}`, at);
    const markdown = summaryToMarkdown(nl, labels);
    expect(markdown).toContain(
      `**Datum:** ${new Intl.DateTimeFormat('nl', { dateStyle: 'full', timeStyle: 'short' }).format(at)}`,
    );
    expect(markdown).not.toContain('2026-12-01T20:05');
    expect(markdown).toContain('| Factor f-1 | Kant A: Regel | 2, 3, 3 | 2,7 | 2–3 |');
    const en = summaryToMarkdown(summariseSession(weighed(), card, '', [], 3, 'en', String, at), labels);
    expect(en).toContain('| 2.7 |');

    const duel: SessionState = {
      ...createSession('s2', 'dilemma-duel'),
      duel: { votes: { p1: 'a', p2: 'b', p3: 'b' }, tally: null },
    };
    expect(summaryToMarkdown(summariseSession(duel, card, '', [], 3, 'nl', String, at), labels)).toContain(
      '| Kant B | 2 | 67% |',
    );
  });

  it('labels the case and gives the outcome of the balance', () => {
    const markdown = summaryToMarkdown(summariseSession(weighed(), card, '', [], 3, 'nl', String, at), labels);
    expect(markdown).toMatch(/\*\*Casus:\*\* Dilemma d-1 \(dilemma\)/);
    expect(markdown).toContain('**Uitkomst van de balans:** naar Kant A: Regel: 2,7 tegen 1');
  });

  it('lists only the cards that were put on the table', () => {
    const summary = summariseSession(weighed(), card, '', [], 3, 'nl', String, at);
    expect(summary.cardsPlayed.map((c) => c.id)).toEqual(['f-1']);
  });

  it('keeps notes as text: a line break or markup in a note cannot add a heading, list or table', () => {
    const notes = ['Eerste regel\n# Kop\n- lijst\n| a | b |', 'Twee\n\n## regels'];
    const summary = summariseSession(
      weighed(),
      card,
      '# Mijn kop\n1. geen lijst\n> geen citaat',
      notes,
      3,
      'nl',
      String,
      at,
    );
    const markdown = summaryToMarkdown(summary, labels);
    const lines = markdown.split('\n');
    expect(lines.filter((l) => /^#/.test(l)).every((l) => !/Kop|regels|Mijn/.test(l))).toBe(true);
    expect(lines).toContain('- Eerste regel \\# Kop - lijst \\| a \\| b \\|');
    expect(lines).toContain('- Twee \\#\\# regels');
    expect(markdown).toContain('\\# Mijn kop  \n1\\. geen lijst  \n\\> geen citaat');
  });

  it('keeps both rounds of a Weeg opnieuw, with the shift of each factor and how many came closer', () => {
    const second: SessionState = {
      ...weighed(),
      revealed: true,
      earlier: { round: 1, weights: weighed().weigh.weights, duel: { votes: {}, tally: null } },
      weigh: { ...weighed().weigh, weights: { 'f-1': { p1: 4, p2: 4, p3: 4 }, 'f-2': { p1: 1 } } },
    };
    const markdown = summaryToMarkdown(summariseSession(second, card, '', [], 3, 'nl', String, at), labels);
    expect(markdown).toContain('## Ronde 2 naast ronde 1');
    // f-1 went from 2, 3, 3 (mean 2.7, range 2-3) to 4, 4, 4; f-2 stayed at 1.
    expect(markdown).toContain('| Factor f-1 | 2,7 | 4 | +1,3 | 2–3 | 4–4 |');
    expect(markdown).toContain('| Factor f-2 | 1 | 1 | 0 | 1–1 | 1–1 |');
    expect(markdown).toContain('Dichter bij elkaar: 1 · even ver: 1 · verder uiteen: 0');
    expect(summaryToMarkdown(summariseSession(weighed(), card, '', [], 3, 'nl', String, at), labels)).not.toContain(
      'naast ronde',
    );
  });

  it("puts a Rangorde's places beside the study's, ties shared", () => {
    const ranked: SessionState = {
      ...createSession('s1', 'rank'),
      revealed: true,
      rank: { size: 3, shortlist: [], picks: { p1: ['f-1', 'f-2', 'f-3'], p2: ['f-2', 'f-1', 'f-3'] } },
    };
    const factors = cards.filter((c) => c.kind === 'factor');
    const markdown = summaryToMarkdown(summariseSession(ranked, card, '', [], 3, 'nl', String, at, factors), labels);
    expect(markdown).toContain('## Rangorde');
    expect(markdown).toContain('2 kozen er 3');
    expect(markdown).toContain('| gedeeld 1e | Factor f-1 |');
    expect(markdown).toContain('| gedeeld 1e | Factor f-2 |');
    expect(markdown).toContain('| 3e | Factor f-3 |');
  });

  it('names the session plan that was run and its step, its title escaped, and says nothing of a plan when none ran', () => {
    const plan = { title: 'Teamoverleg *kort*', step: 2, steps: 3 };
    const markdown = summaryToMarkdown(
      summariseSession(weighed(), card, '', [], 3, 'nl', String, at, [], plan),
      labels,
    );
    expect(markdown).toContain('- **Draaiboek:** Teamoverleg \\*kort\\* (stap 2 van 3)');
    expect(summaryToMarkdown(summariseSession(weighed(), card, '', [], 3, 'nl', String, at), labels)).not.toContain(
      'Draaiboek',
    );
  });
});
