import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';

import { currentCardId } from '../../src/domain/deal';
import { planFileText, planHash, type PlanContent } from '../../src/domain/session-plan';
import { deckVersion } from '../../src/domain/share-link';
import { ConsoleView } from '../../src/features/console/console-view';
import { useAppStore } from '../../src/state/store';
import { dilemmaCard, factorCard, smallDeck } from '../helpers/decks';

function loadDeck() {
  const deck = smallDeck('built-in', 2);
  deck.cards = [dilemmaCard('d-1'), factorCard('f-1'), factorCard('f-2', { cluster: 'organisation' })];
  useAppStore.getState().setBuiltInDeck(deck);
  return deck;
}

const state = () => useAppStore.getState().session!;
const payload = (plan: PlanContent) => {
  const hash = planHash(plan);
  if (!hash.ok) throw new Error(hash.problem);
  return hash.value.replace('#/plan/', '');
};

describe('session plans in the console', { timeout: 20_000 }, () => {
  it('prepares a plan with cards and minutes, keeps it, runs its first step and goes to the next', async () => {
    loadDeck();
    const user = userEvent.setup();
    render(<ConsoleView />);
    await user.click(screen.getByRole('button', { name: 'Nieuw draaiboek' }));
    const name = screen.getByLabelText('Naam van het draaiboek');
    await user.clear(name);
    await user.type(name, 'Teamdag');
    await user.selectOptions(screen.getByLabelText('Werkvorm'), 'Dilemma-duel');
    const minutes = screen.getByLabelText('Minuten');
    await user.clear(minutes);
    await user.type(minutes, '20');
    await user.type(screen.getByLabelText('Kaart zoeken voor stap 1'), 'dilemma');
    await user.click(screen.getByRole('button', { name: 'Dilemma d-1 toevoegen' }));
    await user.click(screen.getByRole('button', { name: 'Stap toevoegen' }));
    await user.click(screen.getByRole('button', { name: 'Draaiboek bewaren' }));

    const saved = screen.getByRole('region', { name: 'Teamdag' });
    expect(saved).toHaveTextContent('2 stappen · 35 min');
    expect(saved).toHaveTextContent('Dilemma-duel · 20 min · Dilemma d-1');
    expect(screen.getByText('Draaiboek „Teamdag” bewaard op dit apparaat.')).toBeInTheDocument();
    expect(useAppStore.getState().plans[0]!.deckVersion).toBe(deckVersion(useAppStore.getState().builtInDeck!));

    await user.click(within(saved).getByRole('button', { name: 'Start' }));
    expect(state().format).toBe('dilemma-duel');
    expect(state().caseCardId).toBe('d-1');
    expect(state().timer.durationMs).toBe(20 * 60_000);
    const bar = screen.getByRole('region', { name: 'Draaiboek Teamdag' });
    expect(bar).toHaveTextContent('Stap 1 van 2: Dilemma-duel, 20 min');
    await user.click(within(bar).getByRole('button', { name: 'Volgende stap: Trek een kaart' }));
    expect(state().format).toBe('draw');
    expect(bar).toHaveTextContent('Stap 2 van 2: Trek een kaart, 15 min');
    expect(bar).toHaveTextContent('Dit is de laatste stap.');
  });

  it('refuses a plan with an empty name and says why', async () => {
    loadDeck();
    const user = userEvent.setup();
    render(<ConsoleView />);
    await user.click(screen.getByRole('button', { name: 'Nieuw draaiboek' }));
    await user.clear(screen.getByLabelText('Naam van het draaiboek'));
    await user.click(screen.getByRole('button', { name: 'Draaiboek bewaren' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Geef het draaiboek een naam.');
    expect(useAppStore.getState().plans).toEqual([]);
  });

  it('opens a shared plan ready to run, and refuses a damaged one with a message', async () => {
    const deck = loadDeck();
    const plan: PlanContent = {
      title: 'Gedeeld',
      deckVersion: deckVersion(deck),
      steps: [{ format: 'draw', minutes: 5, cardIds: ['f-2', 'f-1'] }],
    };
    const user = userEvent.setup();
    const { unmount } = render(<ConsoleView sharedPlan={payload(plan).slice(0, -2)} />);
    expect(await screen.findByRole('alert')).toHaveTextContent('Dit adres of bestand is beschadigd');
    expect(useAppStore.getState().session).toBeNull();
    unmount();

    render(<ConsoleView sharedPlan={payload(plan)} />);
    const offer = await screen.findByRole('region', { name: 'Gedeeld draaiboek: Gedeeld' });
    expect(offer).toHaveTextContent('past bij de stapel');
    await user.click(within(offer).getByRole('button', { name: 'Start het draaiboek' }));
    expect(currentCardId(state().deal!)).toBe('f-2');
    expect(state().timer.durationMs).toBe(5 * 60_000);
    expect(screen.getByRole('button', { name: 'Adres van deze kaart kopiëren' })).toBeInTheDocument();
    // The plan's own cards are no deal of the deck's filter: no address for the deal.
    expect(screen.queryByRole('button', { name: 'Adres van deze volgorde kopiëren' })).toBeNull();
  });

  it('offers the closest match for a plan of another deck version, naming the missing card', async () => {
    loadDeck();
    const file = planFileText({
      title: 'Oud',
      deckVersion: 'built-in.00000000',
      steps: [{ format: 'weigh', minutes: 10, cardIds: ['d-1', 'factor-gone'] }],
    });
    const user = userEvent.setup();
    render(<ConsoleView />);
    await user.upload(
      screen.getByLabelText('Draaiboek openen uit een bestand'),
      new File([file], 'draaiboek-oud.json', { type: 'application/json' }),
    );
    const offer = await screen.findByRole('alert');
    expect(offer).toHaveTextContent('andere versie van deze stapel');
    expect(offer).toHaveTextContent(/Deze kaart ontbreekt hier en valt weg:\s*factor-gone/);
    await user.click(within(offer).getByRole('button', { name: 'Start met de kaarten die er zijn' }));
    expect(state().format).toBe('weigh');
    expect(state().caseCardId).toBe('d-1');
  });

  it('says so before running a kept plan made with another version of the deck', async () => {
    loadDeck();
    useAppStore.getState().savePlan({
      id: 'plan-1',
      savedAt: 1,
      title: 'Van vorig jaar',
      deckVersion: 'built-in.00000000',
      steps: [{ format: 'draw', minutes: 5, cardIds: ['f-1', 'factor-gone'] }],
    });
    const user = userEvent.setup();
    render(<ConsoleView />);
    await user.click(
      within(screen.getByRole('region', { name: 'Van vorig jaar' })).getByRole('button', { name: 'Start' }),
    );
    expect(useAppStore.getState().session).toBeNull();
    const offer = screen.getByRole('alert');
    expect(within(offer).getByRole('heading', { level: 2 })).toHaveTextContent('Draaiboek: Van vorig jaar');
    expect(offer).toHaveTextContent(/ontbreekt hier en valt weg:\s*factor-gone/);
    await user.click(within(offer).getByRole('button', { name: 'Start met de kaarten die er zijn' }));
    expect(currentCardId(state().deal!)).toBe('f-1');
  });

  it('speaks English when the trainer chose it', async () => {
    loadDeck();
    await i18next.changeLanguage('en');
    render(<ConsoleView />);
    expect(await screen.findByRole('heading', { name: 'Session plans' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'New session plan' })).toBeInTheDocument();
    expect(screen.getByLabelText('Open a session plan from a file')).toBeInTheDocument();
  });
});
