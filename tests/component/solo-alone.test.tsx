import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { App } from '../../src/app/app';
import { dealHash, deckVersion } from '../../src/domain/share-link';
import { useAppStore } from '../../src/state/store';
import { smallDeck } from '../helpers/decks';

/** A professional alone: the solo view with a small deck, as opened at `hash`. */
function openSolo(hash = '#/solo') {
  useAppStore.getState().setBuiltInDeck(smallDeck('built-in', 6));
  window.location.hash = hash;
  const user = userEvent.setup();
  render(<App />);
  return user;
}

const drawButton = () => screen.getByRole('button', { name: 'Trek een kaart' });
const cardName = () => screen.getByRole('article').getAttribute('aria-label')!;
const history = () => screen.getByRole('region', { name: 'Getrokken kaarten' });

/** What a phone or a laptop answers to media queries: a fine pointer that hovers, or a touch screen. */
function pointer(fine: boolean) {
  vi.stubGlobal('matchMedia', (query: string) => ({
    matches: query.includes('pointer: fine') ? fine : false,
    media: query,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
  }));
}

const scrollIntoView = Element.prototype.scrollIntoView;
afterEach(() => {
  vi.unstubAllGlobals();
  Element.prototype.scrollIntoView = scrollIntoView;
});

// Slow under a loaded machine only; no test waits on time.
vi.setConfig({ testTimeout: 20_000 });

describe('alone on a phone', () => {
  it('brings the drawn card into view and gives it the focus', async () => {
    const scrolled: Element[] = [];
    Element.prototype.scrollIntoView = function (this: Element) {
      scrolled.push(this);
    };
    const user = openSolo();
    await user.click(drawButton());
    const card = screen.getByRole('article');
    expect(card).toHaveFocus();
    expect(scrolled).toEqual([card]);
  });

  it('says a note is saved once it is typed', async () => {
    const user = openSolo();
    await user.click(drawButton());
    const note = screen.getByLabelText(/Jouw notitie bij deze kaart/);
    const saved = within(note.closest('.note')! as HTMLElement).getByRole('status');
    expect(saved).toHaveTextContent('');
    await user.click(note);
    await user.paste('Even nadenken');
    expect(saved).toHaveTextContent('Bewaard');
  });

  it('lists the history newest first, numbered in the order drawn, and reopens a card with its note', async () => {
    const user = openSolo();
    await user.click(drawButton());
    const first = cardName();
    await user.click(screen.getByLabelText(/Jouw notitie/));
    await user.paste('Eerste');
    await user.click(drawButton());
    const second = cardName();
    const items = within(history()).getAllByRole('listitem');
    expect(items.map((item) => item.getAttribute('value'))).toEqual(['2', '1']);
    expect(items[0]).toHaveTextContent(second);
    expect(items[1]).toHaveTextContent(`${first} · met notitie`);

    await user.click(within(history()).getByRole('button', { name: new RegExp(first) }));
    expect(screen.getByRole('article')).toHaveAccessibleName(first);
    expect(screen.getByRole('article')).toHaveFocus();
    const note = screen.getByLabelText(/Jouw notitie/);
    expect(note).toHaveValue('Eerste');
    await user.click(note);
    await user.paste(' en meer');
    expect(Object.values(useAppStore.getState().notes)).toEqual(['Eerste en meer']);
    await user.click(screen.getByRole('button', { name: 'Terug naar de stapel' }));
    expect(screen.getByRole('article')).toHaveAccessibleName(second);
  });

  it('asks before it clears the history, and keeps it when the answer is no', async () => {
    const user = openSolo();
    await user.click(drawButton());
    await user.click(drawButton());
    await user.click(within(history()).getByRole('button', { name: 'Geschiedenis wissen' }));
    expect(
      within(history()).getByText('Alle 2 getrokken kaarten uit de lijst wissen? Je notities blijven bewaard.'),
    ).toBeInTheDocument();
    expect(within(history()).getByRole('button', { name: 'Ja, wissen' })).toHaveFocus();
    await user.click(within(history()).getByRole('button', { name: 'Niet wissen' }));
    expect(within(history()).getAllByRole('listitem')).toHaveLength(2);
    await user.click(within(history()).getByRole('button', { name: 'Geschiedenis wissen' }));
    await user.click(within(history()).getByRole('button', { name: 'Ja, wissen' }));
    expect(within(history()).queryAllByRole('listitem')).toHaveLength(0);
    expect(within(history()).getByText('Nog geen kaarten getrokken.')).toBeInTheDocument();
  });

  it('draws a new card with Trek een kaart, and Volgende only goes forward through cards already drawn', async () => {
    const user = openSolo();
    const next = () => screen.getByRole('button', { name: 'Volgende' });
    await user.click(drawButton());
    const first = cardName();
    expect(next()).toBeDisabled();
    await user.click(drawButton());
    const second = cardName();
    await user.click(screen.getByRole('button', { name: 'Vorige' }));
    expect(cardName()).toBe(first);
    expect(next()).toBeEnabled();
    await user.click(next());
    expect(cardName()).toBe(second);
    await user.click(screen.getByRole('button', { name: 'Vorige' }));
    await user.click(drawButton());
    expect([first, second]).not.toContain(cardName());
    expect(screen.getByText('Nog 3 kaarten in de stapel')).toBeInTheDocument();
  });

  it('shows the keyboard hint with a mouse, not on a touch screen', () => {
    pointer(false);
    openSolo();
    expect(screen.queryByText(/Sneltoetsen/)).not.toBeInTheDocument();
  });

  it('shows the keyboard hint on a laptop with a mouse', () => {
    pointer(true);
    openSolo();
    expect(screen.getByText('Sneltoetsen: D trekken · F omdraaien · ← vorige · → volgende')).toBeInTheDocument();
  });

  it('copies the notes with the questions of each card, and shares them where the browser can', async () => {
    const share = vi.fn(async (_data: { title?: string; text?: string }) => undefined);
    Object.defineProperty(navigator, 'share', { value: share, configurable: true });
    const user = openSolo();
    const writeText = vi.spyOn(navigator.clipboard, 'writeText');
    await user.click(drawButton());
    await user.click(screen.getByLabelText(/Jouw notitie/));
    await user.paste('Mijn gedachte');
    await user.click(screen.getByRole('button', { name: 'Notities kopiëren' }));
    const markdown = writeText.mock.calls[0]![0];
    expect(markdown).toContain('**Om over te praten**');
    expect(markdown).toMatch(/- Vraag een\?|- Wat doe jij\?/);
    expect(markdown).toContain('Mijn gedachte');
    expect(screen.getByText('Gekopieerd. Plak de tekst waar je hem wilt bewaren.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Notities delen…' }));
    expect(share).toHaveBeenCalledWith({
      title: 'Tegenwicht — mijn notities',
      text: expect.stringContaining('Mijn gedachte'),
    });
    delete (navigator as { share?: unknown }).share;
  });

  it('offers no share button where the browser has no share sheet', async () => {
    const user = openSolo();
    await user.click(drawButton());
    expect(screen.queryByRole('button', { name: /delen…/ })).not.toBeInTheDocument();
  });
});

describe('shared addresses', () => {
  it('opens a shared card in the solo view', async () => {
    openSolo('#/card/f-4');
    expect(await screen.findByRole('article')).toHaveAccessibleName('Factor f-4');
    expect(screen.getByText('De kaart die met je gedeeld is, ligt open.')).toBeInTheDocument();
    expect(window.location.hash).toBe('#/solo');
  });

  it('says so when a shared card is not in the deck, and keeps working', async () => {
    const user = openSolo('#/card/%3Cscript%3E');
    expect(await screen.findByRole('alert')).toHaveTextContent('Deze kaart staat niet in de stapel');
    await user.click(drawButton());
    expect(screen.getByRole('article')).toBeInTheDocument();
  });

  it('deals the shared order, the same as where it was copied', async () => {
    const deck = smallDeck('built-in', 6);
    const seed = 'gedeeld1';
    const user = openSolo(dealHash({ deckVersion: deckVersion(deck), seed, filter: { kind: null, cluster: null } }));
    expect(await screen.findByText(/Je trekt nu in de volgorde die met je gedeeld is/)).toBeInTheDocument();
    await user.click(drawButton());
    const { createDeal } = await import('../../src/domain/deal');
    const expected = createDeal(deck.cards, seed).pile[0]!;
    expect(cardName()).toBe(deck.cards.find((c) => c.id === expected)!.title.nl);
  });

  it('refuses a damaged deal address with a reason and never blanks', async () => {
    const deck = smallDeck('built-in', 6);
    const hash = dealHash({ deckVersion: deckVersion(deck), seed: 'abc', filter: { kind: null, cluster: null } });
    const user = openSolo(hash.slice(0, -4));
    expect(await screen.findByRole('alert')).toHaveTextContent('Dit adres is beschadigd');
    await user.click(drawButton());
    expect(screen.getByRole('article')).toBeInTheDocument();
  });

  it('says a deal of another deck version deals another order, and offers to draw with this deck', async () => {
    const other = smallDeck('built-in', 9);
    const user = openSolo(
      dealHash({ deckVersion: deckVersion(other), seed: 'abc', filter: { kind: 'dilemma', cluster: null } }),
    );
    expect(await screen.findByRole('alert')).toHaveTextContent('andere versie van de stapel');
    await user.click(screen.getByRole('button', { name: 'Toch trekken met mijn stapel' }));
    expect(useAppStore.getState().deal?.seed).toBe('abc');
    expect(useAppStore.getState().filter).toEqual({ kind: 'dilemma', cluster: null });
  });

  it('copies the address of the card and of the order on the table', async () => {
    const user = openSolo();
    const writeText = vi.spyOn(navigator.clipboard, 'writeText');
    await user.click(drawButton());
    await user.click(screen.getByRole('button', { name: 'Adres van deze kaart kopiëren' }));
    const id = useAppStore.getState().deal!.drawn[0]!;
    expect(writeText).toHaveBeenLastCalledWith(expect.stringMatching(new RegExp(`#/card/${id}$`)));
    expect(screen.getByText('Adres gekopieerd.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Adres van deze volgorde kopiëren' }));
    expect(writeText).toHaveBeenLastCalledWith(expect.stringMatching(/#\/deal\/[A-Za-z0-9_-]+\.[0-9a-f]{8}$/));
  });
});
