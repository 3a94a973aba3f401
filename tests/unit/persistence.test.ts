import { describe, expect, it, vi } from 'vitest';
import { createStore } from 'zustand';

import { createDeal } from '../../src/domain/deal';
import type { SessionAction } from '../../src/domain/session/session-actions';
import { createSession } from '../../src/domain/session/session-state';
import { LEGACY_KEY, LOG_CHUNK, partKey, persistStore, resetSavedData } from '../../src/state/persistence';
import { appState, type AppState } from '../../src/state/store';
import { smallDeck } from '../helpers/decks';
import { MemoryStorage } from '../helpers/memory-storage';

/** A window of the app on `storage`: its own store, read from what was saved. */
async function openWindow(storage: MemoryStorage) {
  const store = createStore<AppState>()(appState);
  const persistence = persistStore(store, storage);
  await persistence.ready;
  return { store, persistence };
}

const flips = (sessionId: string, from: number, count: number): SessionAction[] =>
  Array.from({ length: count }, (_, i) => ({ type: 'flip', sessionId, seq: from + i }));

const deck = smallDeck();
const session = createSession('s-1', 'weigh');
const v1Blob = (state: Record<string, unknown>) => JSON.stringify({ state, version: 1 });

describe('what this device keeps', () => {
  it('gives a new window what another saved, part by part', async () => {
    const storage = new MemoryStorage();
    const first = await openWindow(storage);
    first.store.setState({
      language: 'en',
      customDeck: { name: 'eigen.json', deck },
      notes: { 'f-1': 'mijn gedachte' },
      session,
      sessionLog: flips('s-1', 1, 3),
      participantKey: 'k'.repeat(32),
    });
    first.persistence.flush();
    expect(storage.getItem(LEGACY_KEY)).toBeNull();
    expect(JSON.parse(storage.getItem(partKey('settings'))!)).toEqual({
      v: 2,
      state: { language: 'en', languageChosen: false },
    });

    const second = (await openWindow(storage)).store.getState();
    expect(second.language).toBe('en');
    expect(second.customDeck?.deck.id).toBe(deck.id);
    expect(second.notes).toEqual({ 'f-1': 'mijn gedachte' });
    expect(second.session).toEqual(session);
    expect(second.sessionLog).toEqual(flips('s-1', 1, 3));
    expect(second.participantKey).toBe('k'.repeat(32));
    expect(second.savedDataDropped).toEqual([]);
  });

  it('still loads a version 1 save (one blob under "tegenwicht") and splits it', async () => {
    const storage = new MemoryStorage();
    const deal = createDeal(deck.cards, 'seed');
    storage.setItem(
      LEGACY_KEY,
      v1Blob({ language: 'en', deal, dealDeckId: deck.id, notes: { a: 'x' }, session, sessionLog: flips('s-1', 1, 2) }),
    );
    const { store } = await openWindow(storage);
    expect(store.getState()).toMatchObject({ language: 'en', deal, notes: { a: 'x' }, session, savedDataDropped: [] });
    expect(store.getState().sessionLog).toHaveLength(2);
    expect(storage.getItem(LEGACY_KEY)).toBeNull();
    expect(JSON.parse(storage.getItem(partKey('solo'))!).state.deal).toEqual(deal);
  });

  it('loads a session saved before a field existed, with that field at its start', async () => {
    const storage = new MemoryStorage();
    const { intervision: _missing, ...older } = session;
    storage.setItem(LEGACY_KEY, v1Blob({ session: older }));
    const { store } = await openWindow(storage);
    expect(store.getState().session).toEqual(session);
  });

  it('drops a wrongly typed part, says which, and keeps the rest', async () => {
    const storage = new MemoryStorage();
    storage.setItem(
      LEGACY_KEY,
      v1Blob({
        customDeck: { name: 'x', deck: { cards: 'no' } },
        deal: { seed: 1 },
        history: 'nope',
        session: { ...session, seq: 'three' },
        notes: { a: 'kept' },
        language: 'en',
      }),
    );
    const { store } = await openWindow(storage);
    const state = store.getState();
    expect(state).toMatchObject({ customDeck: null, deal: null, history: [], session: null });
    expect(state.notes).toEqual({ a: 'kept' });
    expect(state.language).toBe('en');
    expect(state.savedDataDropped.sort()).toEqual(['deck', 'session', 'solo']);
    // The cleaned parts are saved, so the next load has nothing to drop.
    expect((await openWindow(storage)).store.getState().savedDataDropped).toEqual([]);
  });

  it('drops a part of an unknown version and one that is not JSON', async () => {
    const storage = new MemoryStorage();
    storage.setItem(partKey('notes'), JSON.stringify({ v: 99, state: { notes: { a: 'b' } } }));
    storage.setItem(partKey('solo'), '{"v":2,');
    storage.setItem(partKey('settings'), JSON.stringify({ v: 2, state: { language: 'en' } }));
    const { store } = await openWindow(storage);
    expect(store.getState()).toMatchObject({ notes: {}, language: 'en' });
    expect(store.getState().savedDataDropped.sort()).toEqual(['notes', 'solo']);
  });

  it('drops a broken log as a whole and keeps the session', async () => {
    const storage = new MemoryStorage();
    const first = await openWindow(storage);
    first.store.setState({ session, sessionLog: flips('s-1', 1, 250) });
    first.persistence.flush();
    const chunk = [...Array(storage.length).keys()].map((i) => storage.key(i)!).find((k) => k.endsWith('/1'))!;
    storage.setItem(chunk, '[{"type":"fly"}]');
    const { store } = await openWindow(storage);
    expect(store.getState().session).toEqual(session);
    expect(store.getState().sessionLog).toEqual([]);
    expect(store.getState().savedDataDropped).toEqual(['log']);
  });

  it('writes one chunk of the log per action, as cheap at action 5,000 as at action 10', async () => {
    const storage = new MemoryStorage();
    const { store, persistence } = await openWindow(storage);
    const cost = (log: SessionAction[]) => {
      store.setState({ session, sessionLog: log.slice(0, -1) });
      persistence.flush();
      storage.resetWrites();
      store.setState({ session: { ...session, seq: log.at(-1)!.seq }, sessionLog: log });
      persistence.flush();
      return [...storage.writes];
    };
    const early = cost(flips('s-1', 1, 10));
    const late = cost(flips('s-1', 1, 5000));
    expect(early.map((w) => w.key)).toEqual([partKey('session'), expect.stringMatching(/\/log\/s-1\/0$/)]);
    expect(late.map((w) => w.key)).toEqual([partKey('session'), expect.stringMatching(/\/log\/s-1\/50$/)]);
    const bytes = (writes: typeof early) => writes.reduce((sum, w) => sum + w.length, 0);
    expect(bytes(late)).toBeLessThanOrEqual(bytes(early) + LOG_CHUNK * 60);
  });

  it('removes the chunks of a log that fell off its start or of a session that was closed', async () => {
    const storage = new MemoryStorage();
    const { store, persistence } = await openWindow(storage);
    store.setState({ session, sessionLog: flips('s-1', 1, 300) });
    persistence.flush();
    store.setState({ sessionLog: flips('s-1', 201, 150) });
    persistence.flush();
    const logKeys = () =>
      [...Array(storage.length).keys()].map((i) => storage.key(i)!).filter((k) => k.includes('/log/'));
    expect(
      logKeys()
        .map((k) => k.split('/').at(-1))
        .sort(),
    ).toEqual(['2', '3']);
    store.setState({ session: null, sessionLog: [] });
    persistence.flush();
    expect(logKeys()).toEqual([]);
  });

  it('takes another window’s change of one part without writing it back', async () => {
    const storage = new MemoryStorage();
    const a = await openWindow(storage);
    const b = await openWindow(storage);
    a.store.setState({ notes: { a: 'from a' } });
    a.persistence.flush();
    storage.resetWrites();
    b.persistence.followKey(partKey('notes'));
    await vi.waitFor(() => expect(b.store.getState().notes).toEqual({ a: 'from a' }));
    b.persistence.flush();
    expect(storage.writes).toEqual([]);
  });

  it('lets a window follow only the language, and take the rest when it stops doing so', async () => {
    const storage = new MemoryStorage();
    const consoleWindow = await openWindow(storage);
    const wall = await openWindow(storage);
    const stop = wall.persistence.followOnly(['settings']);
    consoleWindow.store.setState({ session, sessionLog: flips('s-1', 1, 3), language: 'en' });
    consoleWindow.persistence.flush();
    for (let i = 0; i < storage.length; i++) wall.persistence.followKey(storage.key(i));
    await vi.waitFor(() => expect(wall.store.getState().language).toBe('en'));
    expect(wall.store.getState().session).toBeNull();
    expect(wall.store.getState().sessionLog).toEqual([]);
    stop();
    await vi.waitFor(() => expect(wall.store.getState().sessionLog).toEqual(flips('s-1', 1, 3)));
    expect(wall.store.getState().session).toEqual(session);
  });

  it('resets this device’s saved data but keeps the private notes', async () => {
    const storage = new MemoryStorage();
    const { store, persistence } = await openWindow(storage);
    store.setState({ notes: { a: 'mine' }, session, sessionLog: flips('s-1', 1, 5), language: 'en' });
    persistence.flush();
    storage.setItem(LEGACY_KEY, '{}');
    resetSavedData(storage, { keepNotes: true });
    expect([...Array(storage.length).keys()].map((i) => storage.key(i))).toEqual([partKey('notes')]);
  });
});
