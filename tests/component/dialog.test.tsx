import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';

import { Dialog } from '../../src/ui/dialog';

function Opener({ role }: { role?: 'dialog' | 'alertdialog' }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Openen
      </button>
      <Dialog open={open} onClose={() => setOpen(false)} labelledBy="t" describedBy="d" role={role}>
        <h2 id="t">Zeker weten?</h2>
        <p id="d">Dit kan niet terug.</p>
        <button type="button">Eerste</button>
        <button type="button" data-autofocus onClick={() => setOpen(false)}>
          Sluiten
        </button>
      </Dialog>
    </>
  );
}

describe('the shared dialog', () => {
  it('is named by its heading, focuses the marked button, and gives focus back once closed with Escape', async () => {
    const user = userEvent.setup();
    render(<Opener />);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Openen' }));
    const dialog = screen.getByRole('dialog', { name: 'Zeker weten?' });
    expect(dialog).toHaveAccessibleDescription('Dit kan niet terug.');
    expect(screen.getByRole('button', { name: 'Sluiten' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Openen' })).toHaveFocus();
  });

  it('asks as an alert dialog, and keeps the keys typed in it from the page behind', async () => {
    const user = userEvent.setup();
    const page = vi.fn();
    window.addEventListener('keydown', page);
    try {
      render(<Opener role="alertdialog" />);
      await user.click(screen.getByRole('button', { name: 'Openen' }));
      expect(screen.getByRole('alertdialog', { name: 'Zeker weten?' })).toBeInTheDocument();
      await user.keyboard('d');
      expect(page).not.toHaveBeenCalled();
      await user.click(screen.getByRole('button', { name: 'Sluiten' }));
      expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
      expect(screen.getByRole('button', { name: 'Openen' })).toHaveFocus();
      await user.keyboard('d');
      expect(page).toHaveBeenCalled();
    } finally {
      window.removeEventListener('keydown', page);
    }
  });

  it('stays open when the close event of its last closing arrives after it opened again', async () => {
    const user = userEvent.setup();
    render(<Opener />);
    await user.click(screen.getByRole('button', { name: 'Openen' }));
    await user.keyboard('{Escape}');
    await user.click(screen.getByRole('button', { name: 'Openen' }));
    // The browser queues the close event; a quick key can open the dialog before that event is delivered.
    act(() => {
      screen.getByRole('dialog').dispatchEvent(new Event('close'));
    });
    expect(screen.getByRole('dialog', { name: 'Zeker weten?' })).toBeInTheDocument();
  });
});
