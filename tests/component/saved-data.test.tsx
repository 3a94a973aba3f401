import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import { App } from '../../src/app/app';
import { ViewBoundary } from '../../src/app/view-boundary';
import { createSession } from '../../src/domain/session/session-state';
import { partKey, persistStore } from '../../src/state/persistence';
import { useAppStore } from '../../src/state/store';
import { smallDeck } from '../helpers/decks';

/** The app opened at `hash` on a device that saved `blob` (version 1, one key), as after a reload. */
async function reloadWith(hash: string, state: Record<string, unknown>) {
  localStorage.clear();
  localStorage.setItem('tegenwicht', JSON.stringify({ state, version: 1 }));
  const persistence = persistStore(useAppStore, localStorage);
  await persistence.ready;
  persistence.stop();
  useAppStore.getState().setBuiltInDeck(smallDeck('built-in', 6));
  window.location.hash = hash;
  render(<App />);
}

function Broken(): never {
  throw new Error('broken on purpose');
}

describe('saves that cannot blank a screen', () => {
  it('opens solo with a wrongly typed own deck and deal, says what was left out, and keeps the notes', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await reloadWith('#/solo', {
      customDeck: { name: 'x.json', deck: 'kapot' },
      deal: [1, 2],
      notes: { 'f-1': 'mijn notitie' },
    });
    expect(screen.getByRole('button', { name: 'Trek een kaart' })).toBeInTheDocument();
    const notice = screen.getByRole('alert');
    expect(notice).toHaveTextContent('Weggelaten: je eigen stapel, je getrokken kaarten. De rest is er nog.');
    expect(useAppStore.getState().notes).toEqual({ 'f-1': 'mijn notitie' });
    await userEvent.setup().click(within(notice).getByRole('button', { name: 'Sluiten' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('opens the console with a wrongly typed session as a console without one', { timeout: 30_000 }, async () => {
    await reloadWith('#/console', { session: { ...createSession('s-1'), players: 'Anna' } });
    // The console's code loads on demand: give it time on a busy machine.
    expect(await screen.findByRole('button', { name: /Trek een kaart/ }, { timeout: 15_000 })).toBeInTheDocument();
    expect(useAppStore.getState()).toMatchObject({ session: null, savedDataDropped: ['session'] });
    expect(screen.getByRole('alert')).toHaveTextContent('Weggelaten: de sessie.');
  });

  it('shows a way out when a view fails: try again, keep the notes, reset all but the notes', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    vi.spyOn(window, 'confirm').mockReturnValue(true);
    useAppStore.setState({ notes: { 'f-1': 'mijn notitie' }, language: 'en' });
    localStorage.setItem(partKey('session'), JSON.stringify({ v: 2, state: { session: 'kapot' } }));
    const user = userEvent.setup();
    render(
      <ViewBoundary>
        <Broken />
      </ViewBoundary>,
    );
    expect(screen.getByRole('heading', { name: 'Dit scherm kon niet worden getoond' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Opnieuw proberen' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Eerst mijn notities bewaren (Markdown)' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Wis wat dit apparaat bewaard heeft' }));
    expect(localStorage.getItem(partKey('session'))).toBeNull();
    expect(JSON.parse(localStorage.getItem(partKey('notes'))!).state.notes).toEqual({ 'f-1': 'mijn notitie' });
  });

  it('opens a join link with a broken escape as the join form', { timeout: 30_000 }, async () => {
    window.location.hash = '#/join/%E0%A4%A';
    render(<App />);
    expect(await screen.findByRole('textbox', { name: 'Code van de sessie' }, { timeout: 15_000 })).toBeInTheDocument();
  });
});
