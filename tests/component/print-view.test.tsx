import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18next from 'i18next';
import { describe, expect, it, vi } from 'vitest';

import type { Deck } from '../../src/domain/deck-schema';
import { PrintView } from '../../src/features/print/print-view';
import { useAppStore } from '../../src/state/store';
import { factorCard, smallDeck } from '../helpers/decks';

function renderWithDeck(deck: Deck) {
  useAppStore.getState().setBuiltInDeck(deck);
  const user = userEvent.setup();
  render(<PrintView />);
  return user;
}

const summary = () => screen.getByRole('status');
const pages = () => screen.getAllByRole('region', { name: /^Pagina \d+: vel \d+, (voorkant|achterkant)$/ });

/** What each place on a page holds, row by row: the card's title, or `leeg`. */
function places(page: HTMLElement) {
  return within(page)
    .getAllByRole('listitem', { name: /^Plek \d: / })
    .map((place) => place.getAttribute('aria-label')!.replace(/^Plek \d: /, ''));
}

describe('print view', () => {
  it('says the deck is loading until it is there', () => {
    render(<PrintView />);
    expect(summary()).toHaveTextContent('De stapel wordt geladen');
    act(() => useAppStore.getState().setBuiltInDeck(smallDeck('built-in', 6)));
    expect(screen.getByRole('heading', { level: 1, name: 'Kaarten afdrukken' })).toBeInTheDocument();
  });

  it('says how many cards, sheets and pages it prints, and counts again for a kind or a cluster', async () => {
    // Six cards: f-1, f-2, d-3, f-4, f-5, d-6; the factors are all in the cluster "De klant".
    const user = renderWithDeck(smallDeck('small', 6));
    expect(summary()).toHaveTextContent("6 kaarten op 2 vellen, voor- en achterkant: 4 pagina's");
    expect(pages()).toHaveLength(4);

    await user.selectOptions(screen.getByLabelText('Wat wil je afdrukken?'), "Dilemma's");
    expect(summary()).toHaveTextContent("2 kaarten op 1 vel, voor- en achterkant: 2 pagina's");
    expect(pages()).toHaveLength(2);

    await user.selectOptions(screen.getByLabelText('Wat wil je afdrukken?'), 'De klant');
    expect(summary()).toHaveTextContent("4 kaarten op 1 vel, voor- en achterkant: 2 pagina's");

    await user.selectOptions(screen.getByLabelText('Wat wil je afdrukken?'), 'Organisatie');
    expect(summary()).toHaveTextContent('Deze stapel heeft geen kaarten van deze soort.');
    expect(screen.getByRole('button', { name: 'Afdrukken' })).toBeDisabled();
    expect(screen.queryAllByRole('region')).toHaveLength(0);
  });

  it('puts each sheet front then back, four cards a sheet, the back with every row mirrored', () => {
    renderWithDeck(smallDeck('seven', 7));
    expect(pages().map((page) => within(page).getByRole('heading', { level: 3 }).textContent)).toEqual([
      'Pagina 1: vel 1, voorkant',
      'Pagina 2: vel 1, achterkant',
      'Pagina 3: vel 2, voorkant',
      'Pagina 4: vel 2, achterkant',
    ]);
    const [front1, back1, front2, back2] = pages() as [HTMLElement, HTMLElement, HTMLElement, HTMLElement];
    expect(places(front1)).toEqual(['Factor f-1', 'Factor f-2', 'Dilemma d-3', 'Factor f-4']);
    expect(places(back1)).toEqual(['Factor f-2', 'Factor f-1', 'Factor f-4', 'Dilemma d-3']);
    // The last sheet is not full: an empty place stays empty, mirrored too.
    expect(places(front2)).toEqual(['Factor f-5', 'Dilemma d-6', 'Factor f-7', 'leeg']);
    expect(places(back2)).toEqual(['Dilemma d-6', 'Factor f-5', 'leeg', 'Factor f-7']);
    expect(within(front2).getAllByRole('article')).toHaveLength(3);
    expect(within(back2).getAllByRole('article')).toHaveLength(3);
  });

  it('shows kind, cluster and rank on the front and all the text on the back', () => {
    const deck = smallDeck('ranked', 2);
    deck.cards[0] = factorCard('f-1', { cluster: 'organisation', rank: 3 });
    renderWithDeck(deck);
    const [front, back] = pages() as [HTMLElement, HTMLElement];

    const frontCard = within(front).getByRole('article', { name: 'Factor f-1' });
    expect(within(frontCard).getByText('Factor')).toBeInTheDocument();
    expect(within(frontCard).getByText('Organisatie')).toBeInTheDocument();
    expect(within(frontCard).getByText('Top 15 · nr. 3')).toBeInTheDocument();
    expect(within(frontCard).queryByText('Uitleg bij f-1.')).not.toBeInTheDocument();

    const backCard = within(back).getByRole('article', { name: 'Factor f-1' });
    expect(within(backCard).getByText('Uitleg bij f-1.')).toBeInTheDocument();
    expect(within(backCard).getByRole('heading', { name: 'Om over te praten' })).toBeInTheDocument();
    expect(
      within(backCard)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Vraag een?', 'Vraag twee?']);
    expect(within(backCard).getByText('Bron: Onderzoek, samenvatting')).toBeInTheDocument();
  });

  it('prints the two sides of a dilemma on its back', () => {
    renderWithDeck(smallDeck('dilemma', 3));
    const back = pages()[1]!;
    const dilemma = within(back).getByRole('article', { name: 'Dilemma d-3' });
    const sides = within(dilemma).getByRole('group', { name: 'Twee kanten' });
    expect(within(sides).getByRole('heading', { name: 'Kant A: Regel' })).toBeInTheDocument();
    expect(within(sides).getByRole('heading', { name: 'Kant B: Maatwerk' })).toBeInTheDocument();
    expect(within(sides).getByText('Kijk naar deze klant.')).toBeInTheDocument();
  });

  it('opens the browser print dialog', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    const user = renderWithDeck(smallDeck('small', 2));
    await user.click(screen.getByRole('button', { name: 'Afdrukken' }));
    expect(print).toHaveBeenCalledOnce();
  });

  it('prints the cards in the language of the app', async () => {
    renderWithDeck(smallDeck('small', 1));
    await act(async () => {
      useAppStore.getState().setLanguage('en');
      await i18next.changeLanguage('en');
    });
    expect(summary()).toHaveTextContent('1 card on 1 sheet, front and back: 2 pages');
    const back = screen.getByRole('region', { name: 'Page 2: sheet 1, back' });
    expect(within(back).getByText('About f-1.')).toBeInTheDocument();
    expect(within(back).getByRole('heading', { name: 'To talk about' })).toBeInTheDocument();
  });
});
