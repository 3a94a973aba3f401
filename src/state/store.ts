import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';

import { createDeckSlice, type DeckSlice } from './deck-slice';
import { createParticipantSlice, type ParticipantSlice } from './participant-slice';
import { createSessionSlice, type SessionSlice } from './session-slice';
import { createSettingsSlice, type SettingsSlice } from './settings-slice';
import { createSoloSlice, type SoloSlice } from './solo-slice';
import { createWindowStorage } from './window-storage';

export type AppState = DeckSlice & SoloSlice & SettingsSlice & SessionSlice & ParticipantSlice;

export const STORAGE_KEY = 'tegenwicht';

export const useAppStore = create<AppState>()(
  persist(
    (...a) => ({
      ...createDeckSlice(...a),
      ...createSoloSlice(...a),
      ...createSettingsSlice(...a),
      ...createSessionSlice(...a),
      ...createParticipantSlice(...a),
    }),
    {
      name: STORAGE_KEY,
      version: 1,
      storage: createJSONStorage(createWindowStorage),
      partialize: (state) => ({
        language: state.language,
        languageChosen: state.languageChosen,
        customDeck: state.customDeck,
        filter: state.filter,
        deal: state.deal,
        dealDeckId: state.dealDeckId,
        faceUp: state.faceUp,
        openCardId: state.openCardId,
        notes: state.notes,
        history: state.history,
        session: state.session,
        sessionLog: state.sessionLog,
        facilitatorNotes: state.facilitatorNotes,
        room: state.room,
        roomNotes: state.roomNotes,
        participantKey: state.participantKey,
        displayName: state.displayName,
        myAnswers: state.myAnswers,
      }),
    },
  ),
);

/** Another window saved: take its changes, so that no window later writes back an older copy. */
export function followOtherWindows(): () => void {
  const onStorage = (event: StorageEvent) => {
    if (event.key === STORAGE_KEY) void useAppStore.persist.rehydrate();
  };
  window.addEventListener('storage', onStorage);
  return () => window.removeEventListener('storage', onStorage);
}
