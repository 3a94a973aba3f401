import { describe, expect, it } from 'vitest';

import { createSession, type SessionState } from '../../src/domain/session/session-state';
import { summariseSession, summaryToMarkdown, type SummaryLabels } from '../../src/features/console/session-summary';
import { dilemmaCard, factorCard } from '../helpers/decks';

const labels: SummaryLabels = {
  title: 'Samenvatting',
  format: 'Werkvorm',
  formatName: 'Weeg de factoren',
  date: 'Datum',
  players: 'Spelers',
  caseCard: 'Casus',
  decision: 'Beslissing',
  cards: 'Kaarten op tafel',
  cardsHint: 'Alleen wat op tafel lag.',
  weigh: 'Weeg de factoren',
  duel: 'Dilemma-duel',
  steps: 'Vertragen',
  notes: 'Aantekeningen',
  roomNotes: 'Notities van deelnemers',
  none: 'Geen.',
  factor: 'Factor',
  side: 'Kant',
  sideName: (side, label) => `Kant ${side.toUpperCase()}${label ? `: ${label}` : ''}`,
  weights: 'Gewichten',
  mean: 'Gemiddeld',
  spread: 'Spreiding',
  chosen: 'Gekozen',
  share: 'Aandeel',
  balance: 'Uitkomst van de balans',
  balanceOutcome: (heavier, t) => (heavier ? `naar ${heavier}: ${t.a} tegen ${t.b}` : `evenwicht`),
  duelCounted: 'Geteld.',
  kind: (kind) => kind,
  stepName: (step) => `Stap ${step}`,
};

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
});
