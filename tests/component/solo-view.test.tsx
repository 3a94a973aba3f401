import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import { App } from '../../src/app/app';
import { useAppStore } from '../../src/state/store';
import { smallDeck } from '../helpers/decks';

/** The app at the solo view, as a user opening `#/solo`. */
function renderSolo() {
  window.location.hash = '#/solo';
  render(<App />);
}

function renderWithDeck() {
  useAppStore.getState().setBuiltInDeck(smallDeck('built-in', 6));
  const user = userEvent.setup();
  renderSolo();
  return user;
}

const drawButton = () => screen.getByRole('button', { name: 'Trek een kaart' });

describe('solo view', () => {
  it('says the deck is loading, then lets you draw a card that shows kind, title and questions', async () => {
    renderSolo();
    expect(screen.getByRole('status')).toHaveTextContent('De stapel wordt geladen');
    act(() => useAppStore.getState().setBuiltInDeck(smallDeck('built-in', 6)));
    const user = userEvent.setup();
    await user.click(drawButton());
    const card = screen.getByRole('article');
    expect(within(card).getByRole('heading', { level: 2 })).toHaveTextContent(/^(Factor f-\d|Dilemma d-\d)$/);
    expect(within(card).getByRole('heading', { name: 'Om over te praten' })).toBeInTheDocument();
    expect(screen.getByText('Nog 5 kaarten in de stapel')).toBeInTheDocument();
  });

  it('shows the cluster as a label and the rank badge of a top-15 factor', async () => {
    const deck = smallDeck('ranked', 1);
    deck.cards[0] = { ...deck.cards[0]!, kind: 'factor', cluster: 'organisation', rank: 8 } as (typeof deck.cards)[0];
    useAppStore.getState().setBuiltInDeck(deck);
    const user = userEvent.setup();
    renderSolo();
    await user.click(drawButton());
    const card = screen.getByRole('article');
    expect(within(card).getByText('Organisatie')).toBeInTheDocument();
    expect(within(card).getByText('Nummer 8 in de top 15 van factoren met de meeste invloed')).toBeInTheDocument();
  });

  it('flips, draws, goes back and forward with the keyboard', async () => {
    const user = renderWithDeck();
    await user.keyboard('d');
    const first = screen.getByRole('article').getAttribute('aria-label');
    await user.keyboard('f');
    expect(screen.getByRole('article')).toHaveAccessibleName('De kaart ligt omgekeerd');
    await user.keyboard('f');
    await user.keyboard('d');
    const second = screen.getByRole('article').getAttribute('aria-label');
    expect(second).not.toBe(first);
    await user.keyboard('{ArrowLeft}');
    expect(screen.getByRole('article')).toHaveAccessibleName(first!);
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('article')).toHaveAccessibleName(second!);
  });

  it('draws only from the chosen kind', async () => {
    const user = renderWithDeck();
    await user.selectOptions(screen.getByLabelText('Trek uit'), "Dilemma's");
    for (let i = 0; i < 4; i++) {
      await user.click(drawButton());
      expect(within(screen.getByRole('article')).getByText('Dilemma', { selector: '.chip' })).toBeInTheDocument();
    }
  });

  it('keeps a private note per card and lists drawn cards in the history', async () => {
    const user = renderWithDeck();
    await user.click(drawButton());
    const title = screen.getByRole('article').getAttribute('aria-label')!;
    await user.type(screen.getByLabelText(/Jouw notitie bij deze kaart/), 'Denk aan de klant van dinsdag');
    expect(useAppStore.getState().notes).toEqual({
      [useAppStore.getState().deal!.drawn[0]!]: 'Denk aan de klant van dinsdag',
    });
    const history = screen.getByRole('region', { name: 'Getrokken kaarten' });
    expect(within(history).getByRole('listitem')).toHaveTextContent(`${title} · met notitie`);
  });

  it('exports the notes as a Markdown file', async () => {
    const created: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => (created.push(blob as Blob), 'blob:x'));
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    const user = renderWithDeck();
    const exportButton = screen.getByRole('button', { name: 'Notities downloaden (Markdown)' });
    expect(exportButton).toBeDisabled();
    await user.click(drawButton());
    await user.type(screen.getByLabelText(/Jouw notitie/), 'Eerste gedachte');
    await user.click(exportButton);
    expect(click).toHaveBeenCalledOnce();
    const markdown = await created[0]!.text();
    expect(markdown).toMatch(/^# Tegenwicht — mijn notities/);
    expect(markdown).toContain('Eerste gedachte');
  });

  it('switches the language and remembers it', async () => {
    const user = renderWithDeck();
    await user.click(screen.getByRole('button', { name: 'English' }));
    expect(screen.getByRole('button', { name: 'Draw a card' })).toBeInTheDocument();
    expect(JSON.parse(localStorage.getItem('tegenwicht/settings')!).state.language).toBe('en');
    await user.click(screen.getByRole('button', { name: 'Nederlands' }));
  });
});

describe('loading an own deck', () => {
  const upload = async (user: ReturnType<typeof userEvent.setup>, content: string, name = 'eigen.json') => {
    await user.upload(screen.getByLabelText('Eigen stapel laden (JSON-bestand)'), new File([content], name));
  };

  it('plays with a valid deck and can go back to the standard deck', async () => {
    const user = renderWithDeck();
    await upload(user, JSON.stringify(smallDeck('mine', 3)));
    expect(await screen.findByText('Stapel eigen.json geladen: 3 kaarten.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Terug naar de standaardstapel' }));
    expect(screen.getByText('Je speelt met: Standaardstapel (6 kaarten)')).toBeInTheDocument();
  });

  it('names the card and field of a broken deck and keeps the deck it had', async () => {
    const user = renderWithDeck();
    await user.click(drawButton());
    const before = screen.getByRole('article').getAttribute('aria-label');
    const broken = smallDeck('broken', 3) as unknown as { cards: { title: { nl: string } }[] };
    broken.cards[1]!.title.nl = '<script>alert(1)</script>';
    await upload(user, JSON.stringify(broken));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Deze stapel is niet geladen');
    expect(alert).toHaveTextContent('Kaart 2 (f-2), veld title.nl: contains markup');
    expect(screen.getByRole('article')).toHaveAccessibleName(before!);
    expect(screen.getByText('Je speelt met: Standaardstapel (6 kaarten)')).toBeInTheDocument();
  });

  it('refuses a file that is not JSON', async () => {
    const user = renderWithDeck();
    await upload(user, 'dit is geen json');
    expect(await screen.findByRole('alert')).toHaveTextContent('the file is not valid JSON');
  });
});
