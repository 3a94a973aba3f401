import { act, render, screen, within } from '@testing-library/react';
import i18next from 'i18next';
import { describe, expect, it, vi } from 'vitest';

import { DuelPicture, type DuelResults } from '../../src/ui/duel-picture';
import { SessionTimer } from '../../src/ui/session-timer';
import { StepsPicture } from '../../src/ui/steps-picture';
import { WeighPicture, type WeighResults } from '../../src/ui/weigh-picture';

const text = (nl: string, en = nl) => ({ nl, en });

function weighResults(overrides: Partial<WeighResults> = {}): WeighResults {
  return {
    kind: 'weigh',
    sides: [text('Houd vast aan het plan', 'Stick to the plan'), text('Vorm een nieuw plan', 'Form a new plan')],
    tilt: 0.2,
    totals: { a: 4, b: 6 },
    factors: [
      { id: 'f-1', title: text('Werkdruk', 'Workload'), side: 'a', weights: [1, 3, 3, 5], mean: 3, min: 1, max: 5 },
      {
        id: 'f-2',
        title: text('Wens van de klant', 'Wish of the client'),
        side: 'b',
        weights: [4, 5, 5],
        mean: 4.67,
        min: 4,
        max: 5,
      },
      { id: 'f-3', title: text('Budget'), side: 'b', weights: [], mean: null, min: null, max: null },
    ],
    ...overrides,
  };
}

const cells = (row: HTMLElement) =>
  within(row)
    .getAllByRole('cell')
    .map((cell) => cell.textContent);

describe('WeighPicture', () => {
  it('tips the balance towards the heavier side and says so', () => {
    render(<WeighPicture results={weighResults()} language="nl" />);
    expect(
      screen.getByRole('img', { name: 'De balans helt over naar kant B (Vorm een nieuw plan): 6,0 tegen 4,0' }),
    ).toBeInTheDocument();
  });

  it('says when the balance is even', () => {
    render(<WeighPicture results={weighResults({ tilt: 0, totals: { a: 5, b: 5 } })} language="nl" />);
    expect(screen.getByRole('img', { name: 'De balans is in evenwicht: 5,0 tegen 5,0' })).toBeInTheDocument();
  });

  it('gives per factor every weight, the mean and the spread in a table', () => {
    render(<WeighPicture results={weighResults()} language="nl" />);
    const table = screen.getByRole('table', { name: /Zo weegt de groep/ });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Factor', 'Kant', 'Gegeven gewichten', 'Gemiddelde', 'Spreiding']);
    expect(cells(within(table).getByRole('row', { name: /^Werkdruk/ }))).toEqual([
      'A · Houd vast aan het plan',
      '1, 3, 3, 5',
      '3,0',
      '1–5',
    ]);
    expect(cells(within(table).getByRole('row', { name: /^Wens van de klant/ }))).toEqual([
      'B · Vorm een nieuw plan',
      '4, 5, 5',
      '4,7',
      '4–5',
    ]);
    expect(cells(within(table).getByRole('row', { name: /^Budget/ }))).toEqual([
      'B · Vorm een nieuw plan',
      '—',
      '—',
      '—',
    ]);
  });

  it('names both sides with their letter and total, not by colour alone', () => {
    render(<WeighPicture results={weighResults()} language="nl" />);
    expect(screen.getByRole('heading', { name: 'A Houd vast aan het plan totaal 4,0' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'B Vorm een nieuw plan totaal 6,0' })).toBeInTheDocument();
  });

  it('draws one dot per weight given', () => {
    const { container } = render(<WeighPicture results={weighResults()} language="nl" />);
    const strips = container.querySelectorAll('.dot-strip');
    expect([...strips].map((strip) => strip.querySelectorAll('.dot-strip__dot').length)).toEqual([4, 3, 0]);
  });

  it('speaks English with English numbers', async () => {
    await act(() => i18next.changeLanguage('en'));
    render(<WeighPicture results={weighResults({ tilt: -0.5, totals: { a: 8.5, b: 2.75 } })} language="en" />);
    expect(
      screen.getByRole('img', { name: 'The balance tips towards side A (Stick to the plan): 8.5 against 2.8' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('row', { name: /^Workload/ })).toHaveTextContent('3.0');
  });
});

describe('DuelPicture', () => {
  const duel = (a: number, b: number): DuelResults => ({
    kind: 'duel',
    labels: [text('Pas de regel toe'), text('Lever maatwerk')],
    a,
    b,
  });

  it('shows the split with counts, shares and labels', () => {
    render(<DuelPicture results={duel(3, 9)} language="nl" />);
    const figure = screen.getByRole('figure');
    expect(figure).toHaveAccessibleName(/Kant A \(Pas de regel toe\): 3 van de 12 \(25%\)/);
    expect(figure).toHaveAccessibleName(/Kant B \(Lever maatwerk\): 9 van de 12 \(75%\)/);
  });

  it('says when nobody has chosen yet', () => {
    render(<DuelPicture results={duel(0, 0)} language="nl" />);
    expect(screen.getByRole('figure', { name: 'Nog niemand heeft een kant gekozen.' })).toBeInTheDocument();
  });
});

describe('StepsPicture', () => {
  it('lists the six steps with how many factors each has, marks the current one and names its factors', () => {
    const factors = (step: number) =>
      step === 3 ? [text('Budget')] : step === 1 ? [text('Werkdruk'), text('Wens van de klant')] : [];
    const steps = [0, 1, 2, 3, 4, 5].map((step) => ({ step, factors: factors(step) }));
    render(<StepsPicture steps={steps} language="nl" current={3} />);
    const list = screen.getByRole('list', { name: 'De zes stappen van het afwegingsmodel' });
    const items = within(list)
      .getAllByRole('listitem')
      .filter((li) => li.parentElement === list);
    expect(items.map((li) => li.querySelector('.steps-picture__name')?.textContent)).toEqual([
      'Vooraf',
      'Waarnemen',
      'Begrijpen',
      'Opties vormen',
      'Prioriteren',
      'Reageren',
    ]);
    expect(items[3]).toHaveAttribute('aria-current', 'step');
    expect(items.filter((li) => li.hasAttribute('aria-current'))).toHaveLength(1);
    expect(items[1]).toHaveTextContent('2 factoren');
    expect(items[1]).not.toHaveTextContent('Werkdruk');
    expect(items[0]).not.toHaveTextContent('factor');
    const here = screen.getByRole('region', { name: 'Factoren bij Opties vormen' });
    expect(
      within(here)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Budget']);
  });

  it('says so when the current step has no factors yet', () => {
    const steps = [0, 1, 2, 3, 4, 5].map((step) => ({ step, factors: [] }));
    render(<StepsPicture steps={steps} language="nl" current={0} />);
    expect(screen.getByRole('region', { name: 'Factoren bij Vooraf' })).toHaveTextContent('nog geen factoren');
  });
});

describe('SessionTimer', () => {
  const minutes = (n: number) => n * 60_000;

  it('shows the time left as mm:ss', () => {
    render(<SessionTimer timer={{ durationMs: minutes(5), startedAt: 1_000, elapsedMs: 0 }} now={61_500} />);
    expect(screen.getByRole('timer', { name: 'Resterende tijd: 04:00' })).toHaveTextContent('04:00');
  });

  it('says when the time is up', () => {
    render(<SessionTimer timer={{ durationMs: minutes(1), startedAt: 0, elapsedMs: 0 }} now={minutes(2)} />);
    expect(screen.getByRole('timer', { name: 'Tijd is om' })).toHaveTextContent('00:00');
  });

  it('shows a paused timer as paused', () => {
    render(<SessionTimer timer={{ durationMs: minutes(5), startedAt: null, elapsedMs: 90_000 }} />);
    expect(screen.getByRole('timer')).toHaveTextContent('03:30gepauzeerd');
  });

  it('counts down each second by itself', () => {
    vi.useFakeTimers({ now: 100_000 });
    try {
      render(<SessionTimer timer={{ durationMs: minutes(1), startedAt: 100_000, elapsedMs: 0 }} />);
      act(() => vi.advanceTimersByTime(10));
      expect(screen.getByRole('timer')).toHaveTextContent('01:00');
      act(() => vi.advanceTimersByTime(1_000));
      expect(screen.getByRole('timer')).toHaveTextContent('00:59');
      act(() => vi.advanceTimersByTime(59_000));
      expect(screen.getByRole('timer')).toHaveTextContent('00:00');
    } finally {
      vi.useRealTimers();
    }
  });
});
