import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { openQuestion } from '../../src/domain/session/play-rules';
import { answerActions } from '../../src/domain/session/room-answers';
import { ConsoleView } from '../../src/features/console/console-view';
import { ProjectorView } from '../../src/features/projector/projector-view';
import { dispatchSession, startRoom } from '../../src/state/dispatch-session';
import { useAppStore } from '../../src/state/store';
import { dilemmaCard, factorCard, smallDeck } from '../helpers/decks';

/**
 * The console and a wall beside it, the wall hearing the console over the same channel as in the app. (Both
 * share one document here, so the wall would pass on a space typed on the console: type single words.)
 */
function setup() {
  const deck = smallDeck('built-in', 2);
  deck.cards = [dilemmaCard('d-1'), factorCard('f-1'), factorCard('f-2'), factorCard('f-3')];
  useAppStore.getState().setBuiltInDeck(deck);
  const user = userEvent.setup();
  render(<ConsoleView />);
  const wall = document.createElement('div');
  document.body.append(wall);
  render(<ProjectorView sessionId={null} />, { container: wall });
  return { user, wall: within(wall) };
}

const session = () => useAppStore.getState().session!;
const dispatch = (...bodies: Parameters<typeof dispatchSession>[0][]) =>
  act(() => bodies.forEach((body) => dispatchSession(body)));

afterEach(() => vi.restoreAllMocks());

describe('the rules of play, on the console and on the wall alike', () => {
  it('names the same questioner on console and wall in an intervision round, with the case owner on the wall', async () => {
    const { user, wall } = setup();
    await user.click(screen.getByRole('button', { name: /Intervisie-ronde/ }));
    dispatch({ type: 'setPlayers', players: ['Anna', 'Bo', 'Cem', 'Dewi'] });
    await user.selectOptions(screen.getByLabelText('Casuseigenaar'), 'Cem');
    expect(await wall.findByText('Casus van Cem')).toBeInTheDocument();
    act(() => (document.activeElement as HTMLElement).blur());
    await user.keyboard('d');
    for (const name of ['Dewi', 'Anna', 'Bo', 'Dewi']) {
      expect(screen.getByText(`${name} stelt de volgende vraag`)).toBeInTheDocument();
      expect(await wall.findByText(`Aan de beurt: ${name}`)).toBeInTheDocument();
      await user.keyboard('{ArrowRight}');
    }
  });

  it('in a room takes no stray 1 or A on the console as an answer, and counts "x van N"', async () => {
    const { user, wall } = setup();
    await user.click(screen.getByRole('button', { name: /Dilemma-duel/ }));
    dispatch(
      { type: 'setPlayers', players: ['Anna', 'Bo'] },
      { type: 'shuffle', seed: 'x', filter: { kind: 'dilemma', cluster: null }, pool: ['d-1'], draw: true },
      { type: 'setCase', cardId: 'd-1' },
    );
    expect(screen.getByRole('group', { name: 'Anna kiest in het geheim' })).toBeInTheDocument();
    act(() =>
      startRoom(
        { code: 'KQ7M3PX', secret: 's'.repeat(43), relayBase: 'http://127.0.0.1:9' },
        'http://x/#/join/KQ7M3PX',
      ),
    );
    dispatch({ type: 'roomPresence', connected: 2 });
    expect(screen.queryByRole('group', { name: /kiest in het geheim/ })).not.toBeInTheDocument();
    expect(screen.queryByText(/Of voer de telling in/)).not.toBeInTheDocument();
    expect(screen.getByText('0 van 2 hebben gekozen')).toBeInTheDocument();

    await user.keyboard('a1l');
    expect(session().duel.votes).toEqual({});
    const id = openQuestion(session())!.id;
    const phone = (participantId: string, side: 'a' | 'b') => ({
      participantId,
      questionId: id,
      answer: { kind: 'side' as const, side },
      at: 1,
    });
    act(() => answerActions(session(), [phone('0000000000000001', 'a')]).forEach((a) => dispatchSession(a)));
    expect(screen.getByText('1 van 2 hebben gekozen')).toBeInTheDocument();
    expect(screen.getByText(/1 van 2 hebben geantwoord/)).toBeInTheDocument();
    await user.keyboard('a');
    expect(session().revealed).toBe(false);
    act(() =>
      answerActions(session(), [phone('0000000000000001', 'a'), phone('0000000000000002', 'b')]).forEach((a) =>
        dispatchSession(a),
      ),
    );
    expect(session().revealed).toBe(true);
    expect(await wall.findByRole('figure')).toHaveTextContent('Maatwerk');
  });

  it('shows the decision being slowed down on the wall and keeps it in the summary', async () => {
    const created: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => (created.push(blob as Blob), 'blob:x'));
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    const { user, wall } = setup();
    await user.click(screen.getByRole('button', { name: /Vertragen/ }));
    await user.type(screen.getByLabelText('De beslissing die we vertragen'), 'Trajectverlenging');
    expect(await wall.findByText('De beslissing: Trajectverlenging')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Opslaan als Markdown' }));
    expect(await created[0]!.text()).toContain('**De beslissing die we vertragen:** Trajectverlenging');
  });
});
