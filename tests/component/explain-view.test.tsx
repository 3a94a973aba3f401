import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import { App } from '../../src/app/app';
import type { Card, Deck } from '../../src/domain/deck-schema';
import { useAppStore } from '../../src/state/store';
import { factorCard, TEST_SOURCES } from '../helpers/decks';

vi.setConfig({ testTimeout: 30_000 });

const SOURCE = ['samenvatting'] as const;
const text = (nl: string, en = nl) => ({ nl, en });

function explainDeck(): Deck {
  const cards: Card[] = [
    factorCard('f-caseload', { title: text('Caseload', 'Caseload'), cluster: 'organisation' }),
    factorCard('f-capacity', { title: text('Belastbaarheid van de klant', 'Workload capacity of the client') }),
    factorCard('f-law', { title: text('Wettelijke kaders', 'Legal frameworks'), cluster: 'law-policy' }),
  ];
  for (let step = 0; step <= 5; step++)
    cards.push({
      id: `step-${step}`,
      kind: 'step',
      step,
      title: text(`Stapnaam ${step}`, `Step name ${step}`),
      text: text(`Uitleg bij stap ${step}.`),
      questions: [text(`Vraag bij stap ${step}?`), text('Nog een vraag?')],
      sources: [...SOURCE],
      origin: text('Onderzoek'),
    });
  cards.push({
    id: 'r-loop',
    kind: 'reflection',
    theme: 'triple-feedback-loop',
    title: text('De triple feedbackloop', 'The triple feedback loop'),
    text: text('Kijk in lagen terug.'),
    questions: [text('Deed je het goed?')],
    sources: [...SOURCE],
    origin: text('Onderzoek'),
  });
  return { schemaVersion: 2, id: 'explain', title: text('Uitleg'), sources: TEST_SOURCES, cards };
}

function openExplain() {
  useAppStore.getState().setBuiltInDeck(explainDeck());
  window.location.hash = '#/explain';
  const user = userEvent.setup();
  render(<App />);
  return user;
}

describe('Leg je afweging uit', () => {
  it('walks a decision through the steps and explains it to the client in plain words', async () => {
    const user = openExplain();
    await user.click(await screen.findByRole('button', { name: 'Begin een nieuwe uitleg' }, { timeout: 15_000 }));
    await user.click(await screen.findByLabelText('Wat heb je besloten?'));
    await user.paste('Je start met een proefplaatsing van drie maanden.');
    await user.click(screen.getByRole('button', { name: 'Volgende' }));

    expect(screen.getByRole('heading', { name: 'Stap 0: Vooraf' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Volgende' }));
    expect(screen.getByText('Vraag bij stap 1?')).toBeInTheDocument();
    await user.click(screen.getByLabelText('Zoek een factor'));
    await user.paste('belast');
    expect(screen.getByText('1 factoren')).toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: /Belastbaarheid van de klant/ }));
    await user.click(
      screen.getByRole('checkbox', { name: 'De klant kan hier invloed op hebben (Belastbaarheid van de klant)' }),
    );

    await user.click(screen.getByRole('button', { name: 'Stap 4' }));
    await user.selectOptions(screen.getByLabelText('Cluster'), 'law-policy');
    await user.click(screen.getByRole('checkbox', { name: /Wettelijke kaders/ }));
    await user.click(screen.getByLabelText(/Hoe woog dit mee\?.*\(Wettelijke kaders\)/));
    await user.paste('De wet vraagt een proefperiode.');

    await user.click(screen.getByRole('button', { name: 'Uitleg' }));
    const doc = screen.getByRole('article', { name: 'Uitleg voor de klant' });
    expect(within(doc).getByRole('heading', { level: 1 })).toHaveTextContent('Uitleg over een besluit');
    expect(within(doc).getByText('Je start met een proefplaatsing van drie maanden.')).toBeInTheDocument();
    const influence = within(doc).getByRole('heading', { name: 'Waar jij invloed op hebt' }).closest('section')!;
    expect(influence).toHaveTextContent('Belastbaarheid van de klant');
    expect(influence).not.toHaveTextContent('Wettelijke kaders');
    const fixed = within(doc).getByRole('heading', { name: 'Waar jij geen invloed op hebt' }).closest('section')!;
    expect(fixed).toHaveTextContent('Wettelijke kaders');
    expect(within(doc).getByRole('heading', { name: 'Wat het zwaarst woog' }).closest('section')).toHaveTextContent(
      'Wettelijke kaders: De wet vraagt een proefperiode.',
    );
    expect(doc).not.toHaveTextContent('Stapnaam');
    expect(screen.getByRole('heading', { name: 'Voor jezelf, tot slot: De triple feedbackloop' })).toBeInTheDocument();

    await user.selectOptions(screen.getByLabelText('Taal van de uitleg'), 'English');
    expect(within(doc).getByRole('heading', { level: 1 })).toHaveTextContent('How this decision was made');
    expect(within(doc).getAllByText('Workload capacity of the client')).toHaveLength(2);

    const writeText = vi.spyOn(navigator.clipboard, 'writeText');
    await user.click(screen.getByRole('button', { name: 'Uitleg kopiëren' }));
    expect(writeText.mock.calls[0]![0]).toContain('- **Legal frameworks**: De wet vraagt een proefperiode.');
  });

  it('keeps the walk, so it can be reread from the solo history', async () => {
    const user = openExplain();
    await user.click(await screen.findByRole('button', { name: 'Begin een nieuwe uitleg' }, { timeout: 15_000 }));
    await user.click(await screen.findByLabelText('Wat heb je besloten?'));
    await user.paste('Geen sanctie deze maand');
    expect(JSON.parse(localStorage.getItem('tegenwicht/walks')!).state.walks[0].decision).toBe(
      'Geen sanctie deze maand',
    );
    window.location.hash = '#/solo';
    const walks = await screen.findByRole('region', { name: 'Uitgelegde afwegingen' });
    await user.click(within(walks).getByRole('link', { name: /Geen sanctie deze maand/ }));
    expect(await screen.findByLabelText('Wat heb je besloten?')).toHaveValue('Geen sanctie deze maand');
  });

  it('says an explanation that is not on this device is not there, and offers a new one', async () => {
    useAppStore.getState().setBuiltInDeck(explainDeck());
    window.location.hash = '#/explain/w-onbekend';
    render(<App />);
    expect(await screen.findByRole('alert')).toHaveTextContent('Deze uitleg staat niet op dit apparaat');
    expect(screen.getByRole('button', { name: 'Begin een nieuwe uitleg' })).toBeInTheDocument();
  });

  it('asks for a decision and a factor before it explains', async () => {
    const user = openExplain();
    await user.click(await screen.findByRole('button', { name: 'Begin een nieuwe uitleg' }, { timeout: 15_000 }));
    await user.click(await screen.findByRole('button', { name: 'Uitleg' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Vul eerst in wat je besloot');
    expect(screen.queryByRole('article')).not.toBeInTheDocument();
  });
});
