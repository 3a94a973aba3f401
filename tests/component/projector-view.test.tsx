import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';

import type { WallView } from '../../src/domain/session/wall-view';
import { MAX_SYNC_MESSAGE_CHARS, nearbyMessage, parseSyncMessage, viewMessage } from '../../src/domain/sync-message';
import { ProjectorView } from '../../src/features/projector/projector-view';
import { createMemoryHub } from '../../src/sync/memory-transport';
import { dilemmaCard, factorCard } from '../helpers/decks';

function wallView(overrides: Partial<WallView> = {}): WallView {
  return {
    sessionId: 's1',
    seq: 1,
    sentAt: Date.now(),
    format: 'draw',
    phase: 'play',
    mode: 'live',
    card: factorCard('f-1'),
    faceUp: true,
    caseCard: null,
    timer: { durationMs: 5 * 60_000, startedAt: null, elapsedMs: 0 },
    turn: null,
    caseOwner: null,
    questioner: null,
    progress: null,
    weighing: null,
    decision: null,
    step: null,
    room: null,
    language: null,
    questionId: null,
    question: null,
    revealed: false,
    results: null,
    ...overrides,
  };
}

/** The wall on one end of an in-memory channel, a fake console on the other. */
function setup(sessionId: string | null = 's1') {
  const hub = createMemoryHub();
  const consoleEnd = hub.connect();
  const heard: unknown[] = [];
  consoleEnd.onMessage((data) => heard.push(data));
  const { container } = render(<ProjectorView sessionId={sessionId} transport={hub.connect()} />);
  const send = (data: unknown) => act(() => consoleEnd.send(data as string));
  return {
    heard,
    send,
    show: (view: WallView) => send(viewMessage(view)),
    wall: () => container.firstElementChild as HTMLElement,
  };
}

const cardTitle = () => screen.getByRole('heading', { level: 2 });

afterEach(() => window.history.replaceState(null, '', '#/'));

describe('projector', () => {
  it('waits for the session and says hello with its session id on start', () => {
    const { heard } = setup('s1');
    expect(screen.getByRole('heading', { level: 1, name: 'Wacht op de sessie…' })).toBeInTheDocument();
    expect(screen.getByText('Tegenwicht')).toBeInTheDocument();
    expect(document.title).toBe('Projectiescherm · Tegenwicht');
    expect(heard.map(parseSyncMessage)).toEqual([{ ok: true, message: { v: 1, type: 'hello', sessionId: 's1' } }]);
  });

  it('shows the card large with the format and the phase once a view arrives', () => {
    const { show } = setup();
    show(wallView({ format: 'weigh', phase: 'discuss' }));
    expect(cardTitle()).toHaveTextContent('Factor f-1');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Weeg de factoren · Bespreken');
    expect(screen.getByRole('heading', { name: 'Om over te praten' })).toBeInTheDocument();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });

  it('keeps the newest view: a newer seq replaces it, an older one does not', () => {
    const { show, wall } = setup();
    show(wallView({ seq: 4, card: factorCard('f-4') }));
    show(wallView({ seq: 5, card: factorCard('f-5') }));
    expect(cardTitle()).toHaveTextContent('Factor f-5');
    show(wallView({ seq: 3, card: factorCard('f-3') }));
    expect(cardTitle()).toHaveTextContent('Factor f-5');
    expect(wall()).toHaveAttribute('data-ignored', '0');
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });

  it('ignores and counts a view of another session', () => {
    const { show, wall } = setup('s1');
    show(wallView({ seq: 1 }));
    show(wallView({ sessionId: 'other', seq: 9, card: factorCard('f-9') }));
    expect(cardTitle()).toHaveTextContent('Factor f-1');
    expect(wall()).toHaveAttribute('data-ignored', '1');
    expect(screen.getByRole('status')).toHaveTextContent('1 bericht genegeerd');
  });

  it('ignores and counts malformed, non-text, oversized and invalid messages, and the view stays', () => {
    const { send, show, wall } = setup();
    show(wallView());
    send('{"v":1,"type":"view",');
    send(42);
    send(`"${'x'.repeat(MAX_SYNC_MESSAGE_CHARS)}"`);
    send(JSON.stringify({ v: 1, type: 'view', view: { ...wallView({ seq: 7 }), seq: -1 } }));
    send(JSON.stringify({ v: 1, type: 'view', view: { ...wallView({ seq: 8 }), card: { id: 'x' } } }));
    expect(cardTitle()).toHaveTextContent('Factor f-1');
    expect(wall()).toHaveAttribute('data-ignored', '5');
    expect(screen.getByRole('status')).toHaveTextContent('5 berichten genegeerd');
  });

  it('does not count the hello of another wall', () => {
    const { send, wall } = setup();
    send(JSON.stringify({ v: 1, type: 'hello', sessionId: 's1' }));
    expect(wall()).toHaveAttribute('data-ignored', '0');
  });

  it('goes black when the wall is blanked and comes back when it is live again', () => {
    const { show } = setup();
    show(wallView({ seq: 1 }));
    show(wallView({ seq: 2, mode: 'blank' }));
    expect(screen.queryByRole('heading', { name: 'Factor f-1' })).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Scherm zwart' })).toBeInTheDocument();
    show(wallView({ seq: 3 }));
    expect(cardTitle()).toHaveTextContent('Factor f-1');
  });

  it('shows a face-down card by its back only', () => {
    const { show } = setup();
    show(wallView({ faceUp: false }));
    expect(screen.getByRole('article', { name: 'De kaart ligt omgekeerd' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Factor f-1' })).not.toBeInTheDocument();
  });

  it('shows the case, the factors on each side and the one being weighed, whose turn it is and the timer', () => {
    const { show } = setup();
    show(
      wallView({
        format: 'weigh',
        caseCard: dilemmaCard('d-1'),
        card: factorCard('f-2'),
        question: {
          kind: 'weights',
          id: 'q',
          factors: [
            { id: 'f-1', title: { nl: 'Werkdruk', en: 'Workload' }, side: 'a' },
            { id: 'f-2', title: { nl: 'Budget', en: 'Budget' }, side: 'b' },
            { id: 'f-3', title: { nl: 'Wens', en: 'Wish' }, side: 'a' },
          ],
        },
        turn: { index: 2, name: '' },
        timer: { durationMs: 5 * 60_000, startedAt: Date.now() - 60_500, elapsedMs: 0 },
      }),
    );
    expect(screen.getByRole('region', { name: 'Op tafel: Dilemma d-1' })).toBeInTheDocument();
    const side = (name: string) =>
      within(screen.getByRole('region', { name }))
        .getAllByRole('listitem')
        .map((li) => li.textContent);
    expect(side('A Regel')).toEqual(['Werkdruk', 'Wens']);
    expect(side('B Maatwerk')).toEqual(['Budget nu']);
    expect(within(screen.getByRole('region', { name: 'B Maatwerk' })).getByRole('listitem')).toHaveAttribute(
      'aria-current',
      'true',
    );
    expect(screen.getByRole('article', { name: 'Factor f-2' })).toBeInTheDocument();
    expect(screen.getByText('Aan de beurt: Speler 3')).toBeInTheDocument();
    expect(screen.getByRole('timer')).toHaveTextContent('04:00');
  });

  it('says a side has no factor yet, and marks none as weighed when the card is not on the scale', () => {
    const { show } = setup();
    show(wallView({ format: 'weigh', caseCard: dilemmaCard('d-1'), card: factorCard('f-9') }));
    expect(within(screen.getByRole('region', { name: 'A Regel' })).getByText('Nog geen factor')).toBeInTheDocument();
    expect(screen.queryByText('nu')).not.toBeInTheDocument();
  });

  it('shows no timer that has not started', () => {
    const { show } = setup();
    show(wallView());
    expect(screen.queryByRole('timer')).not.toBeInTheDocument();
  });

  it('shows revealed weigh results as a balance with a table of means and spreads', () => {
    const { show } = setup();
    show(
      wallView({
        format: 'weigh',
        caseCard: dilemmaCard('d-1'),
        revealed: true,
        results: {
          kind: 'weigh',
          sides: [
            { nl: 'Regel', en: 'Rule' },
            { nl: 'Maatwerk', en: 'Tailor' },
          ],
          tilt: -0.26,
          totals: { a: 8.5, b: 5 },
          factors: [
            {
              id: 'f-1',
              title: { nl: 'Werkdruk', en: 'Workload' },
              side: 'a',
              weights: [2, 4, 5, 5],
              mean: 4,
              min: 2,
              max: 5,
            },
            { id: 'f-2', title: { nl: 'Budget', en: 'Budget' }, side: 'a', weights: [4, 5], mean: 4.5, min: 4, max: 5 },
            { id: 'f-3', title: { nl: 'Wens', en: 'Wish' }, side: 'b', weights: [5, 5], mean: 5, min: 5, max: 5 },
          ],
        },
      }),
    );
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('Op tafel: Dilemma d-1');
    expect(
      screen.getByRole('img', { name: 'De balans helt over naar kant A (Regel): 8,5 tegen 5,0' }),
    ).toBeInTheDocument();
    const table = screen.getByRole('table', { name: /Zo weegt de groep/ });
    const row = (name: string) => within(table).getByRole('row', { name: new RegExp(`^${name}`) });
    expect(row('Werkdruk')).toHaveTextContent('A · Regel');
    expect(
      within(row('Werkdruk'))
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['2, 4, 5, 5', '4,0', '2–5']);
    expect(row('Budget')).toHaveTextContent('4,5');
    expect(row('Wens')).toHaveTextContent('B · Maatwerk');
  });

  it('shows revealed duel results with the counts', () => {
    const { show } = setup();
    const dilemma = dilemmaCard('d-1');
    show(
      wallView({
        format: 'dilemma-duel',
        card: dilemma,
        revealed: true,
        results: {
          kind: 'duel',
          labels: [
            { nl: 'Regel', en: 'Rule' },
            { nl: 'Maatwerk', en: 'Tailor' },
          ],
          a: 7,
          b: 5,
        },
      }),
    );
    const split = screen.getByRole('figure', { name: /Kant A \(Regel\): 7 van de 12 \(58%\)/ });
    expect(split).toHaveTextContent('Kant B (Maatwerk): 5 van de 12 (42%)');
  });

  it('shows the steps of Vertragen with the current one and the factors of each', () => {
    const { show } = setup();
    show(
      wallView({
        format: 'slow-down',
        step: 2,
        results: {
          kind: 'steps',
          steps: [0, 1, 2, 3, 4, 5].map((step) => ({
            step,
            factors: step === 1 ? [{ nl: 'Werkdruk', en: 'Workload' }] : [],
          })),
        },
      }),
    );
    expect(screen.getByText('Stap 2: Begrijpen')).toBeInTheDocument();
    const steps = screen.getByRole('list', { name: 'De zes stappen van het afwegingsmodel' });
    const items = within(steps)
      .getAllByRole('listitem')
      .filter((li) => li.parentElement === steps);
    expect(items).toHaveLength(6);
    expect(items[1]).toHaveTextContent('1 factor');
    expect(items[2]).toHaveAttribute('aria-current', 'step');
    expect(screen.getByRole('region', { name: 'Factoren bij Begrijpen' })).toHaveTextContent('nog geen factoren');
  });

  it('shows the room code and a QR code to join while a room is open', () => {
    const { show } = setup();
    show(wallView({ room: { code: 'KXT7PWR', joinUrl: 'https://example.test/#/join/KXT7PWR' } }));
    const room = screen.getByRole('complementary', { name: 'Doe mee met je telefoon' });
    expect(within(room).getByRole('img', { name: 'QR-code om mee te doen met code KXT7PWR' })).toBeInTheDocument();
    // The address in words, for whoever cannot scan from afar, and the code.
    expect(within(room).getByText('Ga naar').parentElement).toHaveTextContent('Ga naar example.test/#/join/KXT7PWR');
    expect(within(room).getByText('Code').parentElement).toHaveTextContent('Code KXT7PWR');
  });

  it('closes with the end screen', () => {
    const { show } = setup();
    show(wallView({ phase: 'ended' }));
    expect(screen.getByRole('heading', { level: 1, name: 'Einde van de sessie' })).toBeInTheDocument();
  });

  it('follows the first session that arrives when the route names none, and keeps it in the address', () => {
    const { show, heard, wall } = setup(null);
    expect(parseSyncMessage(heard[0])).toEqual({ ok: true, message: { v: 1, type: 'hello', sessionId: null } });
    show(wallView({ sessionId: 'found' }));
    expect(cardTitle()).toHaveTextContent('Factor f-1');
    expect(window.location.hash).toBe('#/projector?session=found');
    show(wallView({ sessionId: 'later', seq: 50, card: factorCard('f-50') }));
    expect(cardTitle()).toHaveTextContent('Factor f-1');
    expect(wall()).toHaveAttribute('data-ignored', '1');
  });

  it('marks each view it has shown, with its seq and when it was sent', () => {
    performance.clearMarks('tegenwicht:shown');
    const { show } = setup();
    show(wallView({ seq: 1, sentAt: 1000 }));
    show(wallView({ seq: 2, sentAt: 2000 }));
    const marks = performance.getEntriesByName('tegenwicht:shown') as PerformanceMark[];
    expect(marks.map((m) => m.detail)).toEqual([
      { seq: 1, sentAt: 1000 },
      { seq: 2, sentAt: 2000 },
    ]);
  });

  it("passes a presenter clicker's keys on to the console and changes nothing itself", async () => {
    const { heard, show } = setup('s1');
    show(wallView());
    heard.length = 0;
    const user = userEvent.setup();
    await user.keyboard('{PageDown}{PageUp} .{ArrowRight}q');
    expect(heard.map(parseSyncMessage)).toEqual(
      ['PageDown', 'PageUp', ' ', '.', 'ArrowRight'].map((key) => ({
        ok: true,
        message: { v: 1, type: 'key', sessionId: 's1', key },
      })),
    );
    expect(cardTitle()).toHaveTextContent('Factor f-1');
  });

  it('toggles fullscreen with f and with a double click', async () => {
    const request = vi.fn(() => Promise.resolve());
    Object.defineProperty(document.documentElement, 'requestFullscreen', { value: request, configurable: true });
    const { show, wall } = setup();
    show(wallView());
    expect(screen.getByText('F: volledig scherm')).toBeInTheDocument();
    await userEvent.keyboard('f');
    fireEvent.doubleClick(wall());
    expect(request).toHaveBeenCalledTimes(2);
    Reflect.deleteProperty(document.documentElement, 'requestFullscreen');
  });

  it('never breaks when fullscreen is refused', async () => {
    Object.defineProperty(document.documentElement, 'requestFullscreen', {
      value: () => Promise.reject(new Error('denied')),
      configurable: true,
    });
    const { show } = setup();
    show(wallView());
    await userEvent.keyboard('f');
    expect(cardTitle()).toHaveTextContent('Factor f-1');
    Reflect.deleteProperty(document.documentElement, 'requestFullscreen');
  });

  it('lays the nearby cards out out of sight, and shows the one a step leads to in the place it was laid out in', () => {
    const { show, send } = setup();
    show(wallView({ seq: 1, card: factorCard('f-1') }));
    send(nearbyMessage('s1', [factorCard('f-0'), factorCard('f-2')]));
    // Laid out, but not seen, not read out and not reachable: one card on the wall.
    expect(screen.getAllByRole('article')).toHaveLength(1);
    expect(cardTitle()).toHaveTextContent('Factor f-1');
    const ahead = screen.getByText('Factor f-2').closest('.fit-box') as HTMLElement;
    expect(ahead).toHaveAttribute('aria-hidden', 'true');
    expect(ahead).toHaveAttribute('inert');

    show(wallView({ seq: 2, card: factorCard('f-2') }));
    expect(screen.getAllByRole('article')).toHaveLength(1);
    expect(cardTitle()).toHaveTextContent('Factor f-2');
    // The same element, now seen: the wall did not build and lay out the card again.
    expect(cardTitle().closest('.fit-box')).toBe(ahead);
    expect(ahead).not.toHaveAttribute('aria-hidden');
    expect(ahead).not.toHaveAttribute('inert');
    // The card that was on the table waits for a step back.
    expect(screen.getByText('Factor f-1').closest('.fit-box')).toHaveAttribute('aria-hidden', 'true');
  });

  it('takes nearby cards only for the session it shows', () => {
    const { show, send, wall } = setup();
    send(nearbyMessage('s1', [factorCard('f-2')]));
    show(wallView({ seq: 1, card: factorCard('f-1') }));
    // Named before the first view: not taken.
    expect(screen.queryByText('Factor f-2')).not.toBeInTheDocument();
    send(nearbyMessage('other', [factorCard('f-3')]));
    expect(screen.queryByText('Factor f-3')).not.toBeInTheDocument();
    expect(wall()).toHaveAttribute('data-ignored', '1');
    send(JSON.stringify({ v: 1, type: 'nearby', sessionId: 's1', cards: [1, 2, 3] }));
    expect(wall()).toHaveAttribute('data-ignored', '2');
    // One back and one forward at most: a message naming more is refused whole.
    send(nearbyMessage('s1', [factorCard('f-4'), factorCard('f-5'), factorCard('f-6')]));
    expect(wall()).toHaveAttribute('data-ignored', '3');
    expect(screen.queryByText('Factor f-4')).not.toBeInTheDocument();
    expect(cardTitle()).toHaveTextContent('Factor f-1');
  });
});
