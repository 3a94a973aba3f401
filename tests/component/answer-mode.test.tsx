import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { ConsoleView } from '../../src/features/console/console-view';
import { dispatchSession } from '../../src/state/dispatch-session';
import { useAppStore } from '../../src/state/store';
import { dilemmaCard, factorCard, smallDeck } from '../helpers/decks';

function setup(format: RegExp) {
  const deck = smallDeck('built-in', 2);
  deck.cards = [dilemmaCard('d-1'), factorCard('f-1')];
  useAppStore.getState().setBuiltInDeck(deck);
  const user = userEvent.setup();
  render(<ConsoleView />);
  return { user, start: () => user.click(screen.getByRole('button', { name: format })) };
}

const mode = () => useAppStore.getState().session!.answerMode;
const group = () => screen.getByRole('group', { name: 'Hoe antwoordt de groep?' });

describe('how the group answers, chosen on the console', { timeout: 20_000 }, () => {
  it('offers in a Dilemma-duel: in turn, by hands, and the phones only once a group session is open', async () => {
    const { user, start } = setup(/Dilemma-duel/);
    await start();
    const screenMode = within(group()).getByRole('radio', { name: 'Om de beurt op dit scherm' });
    expect(screenMode).toBeChecked();
    const phones = within(group()).getByRole('radio', { name: 'Op hun telefoon' });
    expect(phones).toBeDisabled();
    expect(group()).toHaveAccessibleDescription(/open eerst een groepssessie/);

    // By keyboard: the arrow moves to the count of hands, and the count's fields open.
    screenMode.focus();
    await user.keyboard('{ArrowRight}');
    expect(within(group()).getByRole('radio', { name: 'Handen omhoog, jij telt' })).toBeChecked();
    expect(mode()).toBe('hands');
    expect(screen.getByRole('button', { name: 'Telling opslaan' })).toBeVisible();

    act(() => {
      dispatchSession({ type: 'openRoom', code: 'ABCDEF2', joinUrl: 'http://x/#/join/ABCDEF2' });
    });
    expect(within(group()).getByRole('radio', { name: 'Op hun telefoon' })).toBeChecked();
    expect(within(group()).getByRole('radio', { name: 'Op hun telefoon' })).toBeEnabled();
  });

  it('asks before a switch drops answers already given, and cancelling keeps them', async () => {
    const { user, start } = setup(/Dilemma-duel/);
    await start();
    act(() => {
      dispatchSession({ type: 'playCard', cardId: 'd-1', asCase: true });
      dispatchSession({ type: 'recordVote', voter: 'p1', side: 'a' });
    });
    await user.click(within(group()).getByRole('radio', { name: 'Handen omhoog, jij telt' }));
    const ask = screen.getByRole('alertdialog', { name: 'Anders laten antwoorden?' });
    await user.click(within(ask).getByRole('button', { name: 'Nee, zo laten' }));
    expect(mode()).toBe('screen');
    expect(useAppStore.getState().session!.duel.votes).toEqual({ p1: 'a' });
    expect(within(group()).getByRole('radio', { name: 'Om de beurt op dit scherm' })).toBeChecked();

    await user.click(within(group()).getByRole('radio', { name: 'Handen omhoog, jij telt' }));
    await user.click(
      within(screen.getByRole('alertdialog', { name: 'Anders laten antwoorden?' })).getByRole('button', {
        name: 'Ja, anders laten antwoorden',
      }),
    );
    expect(mode()).toBe('hands');
    expect(useAppStore.getState().session!.duel.votes).toEqual({});
  });

  it('has no count of hands in Weeg de factoren, and no choice at all in Trek een kaart', async () => {
    const { start } = setup(/Weeg de factoren/);
    await start();
    expect(
      within(group())
        .getAllByRole('radio')
        .map((r) => r.getAttribute('value')),
    ).toEqual(['screen', 'room']);
    act(() => {
      dispatchSession({ type: 'chooseFormat', format: 'draw' });
    });
    expect(screen.queryByRole('group', { name: 'Hoe antwoordt de groep?' })).not.toBeInTheDocument();
  });
});
