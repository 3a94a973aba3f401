import { describe, expect, it } from 'vitest';
import { createStore } from 'zustand';

import { PLAN_CARDS_MAX, PLAN_STEPS_MAX, type SavedPlan } from '../../src/domain/session-plan';
import { deckVersion } from '../../src/domain/share-link';
import { partKey, persistStore } from '../../src/state/persistence';
import { appState, type AppState } from '../../src/state/store';
import { smallDeck } from '../helpers/decks';
import { MemoryStorage } from '../helpers/memory-storage';

async function openWindow(storage: MemoryStorage) {
  const store = createStore<AppState>()(appState);
  const persistence = persistStore(store, storage);
  await persistence.ready;
  return { store, persistence };
}

const plan: SavedPlan = {
  id: 'plan-1',
  savedAt: 1,
  title: 'Teamdag',
  deckVersion: deckVersion(smallDeck('tegenwicht')),
  steps: [{ format: 'weigh', minutes: 20, cardIds: ['d-3', 'f-1'] }],
};

describe('session plans on this device', () => {
  it('are kept, with the plan being run, for the next visit', async () => {
    const storage = new MemoryStorage();
    const first = await openWindow(storage);
    first.store.getState().savePlan(plan);
    const { id: _id, savedAt: _at, ...content } = plan;
    first.store.getState().setPlanRun({ plan: content, step: 0 });
    first.persistence.flush();
    const second = (await openWindow(storage)).store.getState();
    expect(second.plans).toEqual([plan]);
    expect(second.planRun).toEqual({ plan: content, step: 0 });
    expect(second.savedDataDropped).toEqual([]);
  });

  it('replaces a plan saved again under its id and deletes one', async () => {
    const { store } = await openWindow(new MemoryStorage());
    store.getState().savePlan(plan);
    store.getState().savePlan({ ...plan, title: 'Teamdag 2' });
    store.getState().savePlan({ ...plan, id: 'plan-2' });
    expect(store.getState().plans.map((p) => [p.id, p.title])).toEqual([
      ['plan-2', 'Teamdag'],
      ['plan-1', 'Teamdag 2'],
    ]);
    store.getState().deletePlan('plan-2');
    expect(store.getState().plans.map((p) => p.id)).toEqual(['plan-1']);
  });

  it('drops a damaged save of the plans with a message and keeps the rest', async () => {
    const storage = new MemoryStorage();
    storage.setItem(partKey('notes'), JSON.stringify({ v: 2, state: { notes: { 'f-1': 'mijn gedachte' } } }));
    storage.setItem(
      partKey('plans'),
      JSON.stringify({ v: 2, state: { plans: [{ ...plan, steps: [{ format: 'poker', minutes: 5, cardIds: [] }] }] } }),
    );
    const state = (await openWindow(storage)).store.getState();
    expect(state.plans).toEqual([]);
    expect(state.savedDataDropped).toEqual(['plans']);
    expect(state.notes).toEqual({ 'f-1': 'mijn gedachte' });
  });

  it('ends the plan being run with its session, and keeps the plan itself', async () => {
    const { store } = await openWindow(new MemoryStorage());
    store.getState().savePlan(plan);
    const { id: _id, savedAt: _at, ...content } = plan;
    store.getState().startSession('weigh');
    store.getState().setPlanRun({ plan: content, step: 0 });
    store.getState().closeSession();
    expect(store.getState().planRun).toBeNull();
    expect(store.getState().plans).toEqual([plan]);
  });

  it('keeps a plan offered from an address across a reload, and drops a forged one with a message', async () => {
    const storage = new MemoryStorage();
    const first = await openWindow(storage);
    const { id: _id, savedAt: _at, ...content } = plan;
    first.store.getState().setPlanOffer({ type: 'received', plan: content, fit: { type: 'fits' } });
    first.persistence.flush();
    expect((await openWindow(storage)).store.getState().planOffer).toEqual({
      type: 'received',
      plan: content,
      fit: { type: 'fits' },
    });

    const saved = JSON.parse(storage.getItem(partKey('plans'))!);
    saved.state.planOffer = { type: 'received', plan: { ...content, steps: [] }, fit: { type: 'fits' } };
    storage.setItem(partKey('plans'), JSON.stringify(saved));
    const forged = (await openWindow(storage)).store.getState();
    expect(forged.planOffer).toBeNull();
    expect(forged.plans).toEqual([]);
    expect(forged.savedDataDropped).toEqual(['plans']);
  });

  it('keeps an offer naming as many missing cards as a plan can hold, and drops one naming more', async () => {
    const { id: _id, savedAt: _at, ...content } = plan;
    const offer = (count: number) => ({
      type: 'received' as const,
      plan: content,
      fit: {
        type: 'otherVersion' as const,
        sameDeck: true,
        missing: Array.from({ length: count }, (_, i) => `f-${i + 100}`),
        closest: content,
      },
    });
    const reopened = async (count: number) => {
      const storage = new MemoryStorage();
      const first = await openWindow(storage);
      first.store.getState().setPlanOffer(offer(count));
      first.persistence.flush();
      return (await openWindow(storage)).store.getState();
    };
    const most = PLAN_CARDS_MAX * PLAN_STEPS_MAX;
    expect((await reopened(most)).planOffer).toEqual(offer(most));
    const over = await reopened(most + 1);
    expect(over.planOffer).toBeNull();
    expect(over.savedDataDropped).toEqual(['plans']);
  });
});
