import { create, type StateCreator } from 'zustand';

import { createDeckSlice, type DeckSlice } from './deck-slice';
import { createExplainSlice, type ExplainSlice } from './explain-slice';
import { createParticipantSlice, type ParticipantSlice } from './participant-slice';
import { createPlanSlice, type PlanSlice } from './plan-slice';
import { createSessionSlice, type SessionSlice } from './session-slice';
import { createSettingsSlice, type SettingsSlice } from './settings-slice';
import { createSoloSlice, type SoloSlice } from './solo-slice';
import { persistStore, type Persistence } from './persistence';
import { createSavedDataSlice, type SavedDataSlice } from './saved-data-slice';

export type AppState = DeckSlice &
  SoloSlice &
  SettingsSlice &
  SessionSlice &
  ParticipantSlice &
  SavedDataSlice &
  ExplainSlice &
  PlanSlice;

/** The whole state of the app, from its slices (a store of its own in tests: `createStore(appState)`). */
export const appState: StateCreator<AppState> = (...a) => ({
  ...createDeckSlice(...a),
  ...createSoloSlice(...a),
  ...createSettingsSlice(...a),
  ...createSessionSlice(...a),
  ...createParticipantSlice(...a),
  ...createSavedDataSlice(...a),
  ...createExplainSlice(...a),
  ...createPlanSlice(...a),
});

export const useAppStore = create<AppState>()(appState);

/** This device's save of the store (see persistence.ts); none where there is no localStorage. */
export const persistence: Persistence | null =
  typeof localStorage === 'undefined' ? null : persistStore(useAppStore, localStorage);

/**
 * Resolves once what this device saved is in the store. Whatever would make something new where a saved one may
 * exist (the phone's key, a shared deal) waits for it: the save is read after the first screen, and reading it
 * later would replace what was made before, so a phone would present a new key in a room it was already in.
 */
export const savedStateRead: Promise<void> = persistence?.ready ?? Promise.resolve();

/** Another window saved: take the parts it changed, so that no window later writes back an older copy. */
export function followOtherWindows(): () => void {
  const onStorage = (event: StorageEvent) => {
    if (event.storageArea === localStorage) persistence?.followKey(event.key);
  };
  const onHide = () => persistence?.flush();
  window.addEventListener('storage', onStorage);
  window.addEventListener('pagehide', onHide);
  return () => {
    window.removeEventListener('storage', onStorage);
    window.removeEventListener('pagehide', onHide);
  };
}
