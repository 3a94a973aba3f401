import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { createSession, type SessionState } from '../../src/domain/session/session-state';
import { summariseSession } from '../../src/features/console/session-summary';
import { SummaryPage } from '../../src/features/console/summary-page';
import { dilemmaCard, factorCard } from '../helpers/decks';
import { labels } from '../helpers/summary-labels';

const cards = [dilemmaCard('d-1'), factorCard('f-1'), factorCard('f-2'), factorCard('f-3')];
const card = (id: string) => cards.find((c) => c.id === id);
const at = new Date('2026-12-01T20:05:00Z');

function page(session: SessionState) {
  const factors = cards.filter((c) => c.kind === 'factor');
  render(
    <SummaryPage summary={summariseSession(session, card, '', [], 3, 'nl', String, at, factors)} labels={labels} />,
  );
}

describe('the printable summary', () => {
  it('shows the weights as a table with labelled columns and rows, and the balance below it', () => {
    page({
      ...createSession('s1', 'weigh'),
      caseCardId: 'd-1',
      weigh: {
        placed: [
          { factorId: 'f-1', side: 'a' },
          { factorId: 'f-2', side: 'b' },
        ],
        weights: { 'f-1': { p1: 2, p2: 3, p3: 3 }, 'f-2': { p1: 1 } },
      },
    });
    const table = within(screen.getByRole('region', { name: 'Weeg de factoren' })).getByRole('table');
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Factor', 'Kant', 'Gewichten', 'Gemiddeld', 'Spreiding']);
    const row = within(table).getByRole('row', { name: /Factor f-1/ });
    expect(within(row).getByRole('rowheader').textContent).toBe('Factor f-1');
    expect(
      within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['Kant A: Regel', '2, 3, 3', '2,7', '2–3']);
    expect(screen.getByText(/naar Kant A: Regel: 2,7 tegen 1/).textContent).toBe(
      'Uitkomst van de balans: naar Kant A: Regel: 2,7 tegen 1',
    );
  });

  it("names a Rangorde row by its factor, with the group's place before it", () => {
    page({
      ...createSession('s1', 'rank'),
      revealed: true,
      rank: { size: 3, shortlist: [], picks: { p1: ['f-1', 'f-2', 'f-3'], p2: ['f-2', 'f-1', 'f-3'] } },
    });
    const section = screen.getByRole('region', { name: 'Rangorde' });
    expect(within(section).getByText('2 kozen er 3')).toBeDefined();
    const row = within(section).getByRole('row', { name: /Factor f-3/ });
    expect(within(row).getByRole('rowheader').textContent).toBe('Factor f-3');
    expect(within(row).getAllByRole('cell')[0]!.textContent).toBe('3e');
  });
});
