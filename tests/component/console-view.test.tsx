import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import { ConsoleView } from '../../src/features/console/console-view';
import { currentCardId } from '../../src/domain/deal';
import { keyMessage } from '../../src/domain/sync-message';
import { dispatchSession } from '../../src/state/dispatch-session';
import { useAppStore } from '../../src/state/store';
import { dilemmaCard, factorCard, smallDeck } from '../helpers/decks';

function setup() {
  const deck = smallDeck('built-in', 2);
  deck.cards = [dilemmaCard('d-1'), factorCard('f-1'), factorCard('f-2', { cluster: 'organisation' })];
  useAppStore.getState().setBuiltInDeck(deck);
  const user = userEvent.setup();
  render(<ConsoleView />);
  return user;
}

const state = () => useAppStore.getState().session!;
const onTable = () => currentCardId(state().deal!);

// A whole console renders per test; on a busy machine the first one also warms up the modules.
describe('facilitator console', { timeout: 20_000 }, () => {
  it('starts a session in the chosen format and deals with the keyboard', async () => {
    const user = setup();
    await user.click(screen.getByRole('button', { name: /Dilemma-duel/ }));
    expect(screen.getByRole('toolbar', { name: 'Bediening van de sessie' })).toBeInTheDocument();
    await user.keyboard('d');
    const wall = screen.getByRole('region', { name: 'Op de muur' });
    expect(within(wall).getByRole('heading', { level: 2, name: /Factor|Dilemma/ })).toBeInTheDocument();
    await user.keyboard('f');
    expect(state().faceUp).toBe(false);
    await user.keyboard('b');
    expect(within(wall).getByText(/De muur is zwart/)).toBeInTheDocument();
  });

  it('shows privately which card comes next', async () => {
    const user = setup();
    await user.click(screen.getByRole('button', { name: /Trek een kaart/ }));
    await user.keyboard('d');
    const next = state().deal!.pile[0]!;
    const nextUp = screen.getByRole('heading', { name: 'Hierna (alleen jij ziet dit)' }).parentElement!;
    const title = useAppStore.getState().builtInDeck!.cards.find((c) => c.id === next)!.title.nl;
    expect(nextUp).toHaveTextContent(title);
    await user.keyboard('{ArrowRight}');
    expect(onTable()).toBe(next);
  });

  it('says before the first draw that the deck is not shuffled yet, not that it is used up', async () => {
    const user = setup();
    await user.click(screen.getByRole('button', { name: /Trek een kaart/ }));
    const nextUp = screen.getByRole('heading', { name: 'Hierna (alleen jij ziet dit)' }).parentElement!;
    expect(nextUp).toHaveTextContent(/Nog niet geschud/);
    expect(nextUp).not.toHaveTextContent(/De stapel is op/);
  });

  it('takes a presenter clicker: PageDown and Space go on, PageUp goes back, . blanks the wall', async () => {
    const user = setup();
    await user.click(screen.getByRole('button', { name: /Trek een kaart/ }));
    (document.activeElement as HTMLElement | null)?.blur();
    await user.keyboard('{PageDown}');
    const first = onTable();
    expect(first).not.toBeNull();
    await user.keyboard(' ');
    const second = onTable();
    expect(second).not.toBe(first);
    await user.keyboard('{PageUp}');
    expect(onTable()).toBe(first);
    await user.keyboard('.');
    expect(state().wall).toBe('blank');
    await user.keyboard('.');
    expect(state().wall).toBe('live');
  });

  it('runs the keys the projector window passes on, only for its own session', async () => {
    const user = setup();
    await user.click(screen.getByRole('button', { name: /Trek een kaart/ }));
    await user.keyboard('d');
    const first = onTable();
    const wall = new BroadcastChannel('tegenwicht-session');
    const changed = new Promise<void>((resolve) => {
      const off = useAppStore.subscribe((s, before) => {
        if (s.session?.deal === before.session?.deal) return;
        off();
        resolve();
      });
    });
    wall.postMessage(keyMessage('another-session', 'PageDown'));
    wall.postMessage(JSON.stringify({ v: 1, type: 'key', sessionId: state().sessionId, key: 'd' }));
    wall.postMessage(keyMessage(state().sessionId, 'PageDown'));
    await act(() => changed);
    wall.close();
    expect(state().deal!.drawn).toHaveLength(2);
    expect(onTable()).not.toBe(first);
  });

  it('asks before ending the session, and cancelling keeps it going', async () => {
    const user = setup();
    await user.click(screen.getByRole('button', { name: /Trek een kaart/ }));
    await user.click(screen.getByRole('button', { name: 'Sessie beëindigen' }));
    const ask = screen.getByRole('alertdialog', { name: 'Sessie beëindigen?' });
    await user.click(within(ask).getByRole('button', { name: 'Doorgaan met de sessie' }));
    expect(state().phase).not.toBe('ended');
    await user.click(screen.getByRole('button', { name: 'Sessie beëindigen' }));
    await user.click(
      within(screen.getByRole('alertdialog', { name: 'Sessie beëindigen?' })).getByRole('button', {
        name: 'Ja, sessie beëindigen',
      }),
    );
    expect(state().phase).toBe('ended');
  });

  it('picks the card the group names with the keyboard; browsing plays nothing', async () => {
    const user = setup();
    await user.click(screen.getByRole('button', { name: /Weeg de factoren/ }));
    await user.keyboard('/');
    const picker = screen.getByRole('dialog', { name: 'Kaart kiezen' });
    const search = within(picker).getByRole('combobox', { name: /Zoek op woorden/ });
    expect(search).toHaveFocus();
    await user.type(search, 'factor');
    const list = within(picker).getByRole('listbox', { name: 'Gevonden kaarten' });
    expect(within(list).getAllByRole('option')).toHaveLength(2);
    expect(within(list).getByRole('option', { selected: true })).toHaveTextContent('Factor f-1');
    await user.keyboard('{ArrowDown}');
    expect(within(list).getByRole('option', { selected: true })).toHaveTextContent('Factor f-2');
    expect(search).toHaveAttribute('aria-activedescendant', within(list).getByRole('option', { selected: true }).id);
    // Browsing changed nothing on the table.
    expect(state().played).toEqual([]);
    expect(state().weigh.placed).toEqual([]);
    await user.keyboard('{Enter}');
    expect(state().weigh.placed).toEqual([{ factorId: 'f-2', side: 'a' }]);
    expect(screen.queryByRole('dialog', { name: 'Kaart kiezen' })).not.toBeInTheDocument();
  });

  it('lists every shortcut when ? is pressed', async () => {
    const user = setup();
    await user.click(screen.getByRole('button', { name: /Trek een kaart/ }));
    await user.keyboard('?');
    const dialog = screen.getByRole('dialog', { name: 'Sneltoetsen' });
    expect(within(dialog).getByRole('row', { name: /Muur zwart/ })).toHaveTextContent('B');
    expect(within(dialog).getByRole('row', { name: /Onthullen/ })).toHaveTextContent('R');
  });

  it('plays Weeg de factoren: case, factors on both sides, weights in turn, reveal', async () => {
    const user = setup();
    await user.click(screen.getByRole('button', { name: /Weeg de factoren/ }));
    const dispatch = dispatchSession;
    act(() => {
      dispatch({ type: 'setPlayers', players: ['Anna', 'Bo'] });
      dispatch({ type: 'shuffle', seed: 'x', filter: { kind: null, cluster: null }, pool: ['d-1', 'f-1', 'f-2'] });
    });
    const placeAll = async () => {
      for (let i = 0; i < 3; i++) {
        await user.keyboard('d');
        const id = onTable();
        if (id === 'd-1') await user.keyboard('c');
        if (id === 'f-1') await user.keyboard('[[');
        if (id === 'f-2') await user.keyboard(']');
      }
    };
    await placeAll();
    expect(state().caseCardId).toBe('d-1');
    expect(state().weigh.placed).toHaveLength(2);
    const entry = screen.getByRole('group', { name: /Anna weegt/ });
    expect(entry).toBeInTheDocument();
    await user.keyboard('5');
    await user.keyboard('4');
    expect(screen.getByRole('group', { name: /Bo weegt/ })).toBeInTheDocument();
    await user.keyboard('1');
    await user.keyboard('2');
    expect(screen.getByText('2 van 2 hebben gewogen')).toBeInTheDocument();
    // After the last player the console says so, instead of starting again at the first.
    expect(screen.getByText(/Iedereen heeft gewogen/)).toBeInTheDocument();
    expect(screen.queryByRole('group', { name: /weegt/ })).not.toBeInTheDocument();
    const weighed = state().weigh.weights;
    await user.keyboard('5');
    expect(state().weigh.weights).toBe(weighed);
    await user.keyboard('r');
    const table = screen.getByRole('table');
    expect(within(table).getByRole('row', { name: /Factor f-1/ })).toHaveTextContent('3');
  });

  it('plays a Dilemma-duel with hidden choices and reveals the split', async () => {
    const user = setup();
    await user.click(screen.getByRole('button', { name: /Dilemma-duel/ }));
    act(() => {
      const dispatch = dispatchSession;
      dispatch({ type: 'setPlayers', players: ['', '', ''] });
      dispatch({ type: 'shuffle', seed: 'x', filter: { kind: 'dilemma', cluster: null }, pool: ['d-1'] });
    });
    await user.keyboard('dc');
    expect(screen.getByRole('group', { name: 'Speler 1 kiest in het geheim' })).toBeInTheDocument();
    await user.keyboard('a');
    await user.keyboard('l');
    await user.keyboard('l');
    expect(screen.getByText('3 van 3 hebben gekozen')).toBeInTheDocument();
    expect(screen.queryByText(/2 \(67/)).not.toBeInTheDocument();
    await user.keyboard('r');
    expect(state().revealed).toBe(true);
    expect(state().duel.votes).toEqual({ p1: 'a', p2: 'b', p3: 'b' });
  });

  it('exports a Markdown summary with the weights and the facilitator notes', async () => {
    const created: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => (created.push(blob as Blob), 'blob:x'));
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    const user = setup();
    await user.click(screen.getByRole('button', { name: /Weeg de factoren/ }));
    act(() => {
      const dispatch = dispatchSession;
      dispatch({ type: 'placeFactor', factorId: 'f-1', side: 'a' });
      dispatch({ type: 'recordWeight', voter: 'p1', factorId: 'f-1', weight: 4 });
      useAppStore.getState().setRoomNotes(['Wie beslist hier eigenlijk?']);
    });
    await user.type(screen.getByLabelText('Jouw aantekeningen bij deze sessie'), 'Veel verschil in de groep');
    await user.click(screen.getByRole('button', { name: 'Opslaan als Markdown' }));
    const markdown = await created[0]!.text();
    expect(markdown).toContain('**Werkvorm:** Weeg de factoren');
    expect(markdown).toContain('| Factor | Kant | Gewichten | Gemiddeld | Spreiding |');
    expect(markdown).toMatch(/\| Factor f-1 \| Kant A \| 4 \| 4 \| 4–4 \|/);
    expect(markdown).toContain('**Uitkomst van de balans:** De balans helt over naar Kant A: 4 tegen 0.');
    expect(markdown).toContain('Veel verschil in de groep');
    expect(markdown).toContain('## Anonieme notities van deelnemers\n\n- Wie beslist hier eigenlijk?');
  });

  it('shows the summary in a dialog named by its title, which a console key does not reach and Sluiten closes', async () => {
    const user = setup();
    await user.click(screen.getByRole('button', { name: /Weeg de factoren/ }));
    const before = state().seq;
    await user.click(screen.getByRole('button', { name: 'Samenvatting bekijken en afdrukken' }));
    const dialog = screen.getByRole('dialog', { name: 'Tegenwicht — samenvatting van de sessie' });
    expect(within(dialog).getByRole('button', { name: 'Sluiten' })).toHaveFocus();
    await user.keyboard('d');
    expect(state().seq).toBe(before);
    await user.click(within(dialog).getByRole('button', { name: 'Sluiten' }));
    expect(screen.queryByRole('dialog', { name: 'Tegenwicht — samenvatting van de sessie' })).not.toBeInTheDocument();
  });
});

describe('a deck of your own in the console', () => {
  it('plays a Dilemma-duel with the cards of a loaded deck', async () => {
    const { readFileSync } = await import('node:fs');
    useAppStore.getState().setBuiltInDeck(smallDeck('built-in', 3));
    await useAppStore.getState().loadDeckText('eigen.json', readFileSync('cards/example/eigen-stapel.json', 'utf8'));
    const user = userEvent.setup();
    render(<ConsoleView />);
    expect(screen.getByText('Je speelt met: eigen.json (3 kaarten)')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /Dilemma-duel/ }));
    await user.keyboard('d');
    for (let i = 0; i < 3 && onTable() !== 'dilemma-eigen-werkgever'; i++) await user.keyboard('d');
    expect(onTable()).toBe('dilemma-eigen-werkgever');
    await user.keyboard('c');
    await user.keyboard('l');
    await user.keyboard('r');
    expect(state().revealed).toBe(true);
    expect(screen.getByRole('figure')).toHaveTextContent('Nieuwe plek zoeken');
  });
});
