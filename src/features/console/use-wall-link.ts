import i18next from 'i18next';
import { useEffect } from 'react';

import type { Card } from '../../domain/deck-schema';
import { buildWallView, type WallView } from '../../domain/session/wall-view';
import { parseSyncMessage, viewMessage } from '../../domain/sync-message';
import { selectActiveDeck } from '../../state/deck-slice';
import { useAppStore, type AppState } from '../../state/store';
import { createBroadcastTransport } from '../../sync/broadcast-transport';
import type { Transport } from '../../sync/transport';
import { joinUrlFor } from './join-url';

const sideLabel = (key: 'card.sideA' | 'card.sideB') => ({
  nl: i18next.getFixedT('nl')(key),
  en: i18next.getFixedT('en')(key),
});

let cardIndex: { deck: unknown; byId: Map<string, Card> } | null = null;
function lookup(state: AppState): (id: string) => Card | undefined {
  const deck = selectActiveDeck(state);
  if (!cardIndex || cardIndex.deck !== deck) cardIndex = { deck, byId: new Map(deck?.cards.map((c) => [c.id, c])) };
  const { byId } = cardIndex;
  return (id) => byId.get(id);
}

/** What the wall shows of the console's session now; null without a session or deck. */
export function currentWallView(state: AppState): WallView | null {
  if (!state.session || !selectActiveDeck(state)) return null;
  const view = buildWallView(state.session, {
    card: lookup(state),
    sideLabels: [sideLabel('card.sideA'), sideLabel('card.sideB')],
    instruction: (format) =>
      selectActiveDeck(state)?.cards.find((c) => c.kind === 'instruction' && c.format === format),
    now: performance.timeOrigin + performance.now(),
  });
  const { room } = state;
  const withLanguage = { ...view, language: state.language };
  return room
    ? { ...withLanguage, room: { code: room.code, joinUrl: joinUrlFor(room.code, room.relayBase) } }
    : withLanguage;
}

/**
 * Sends the wall view to every window of this device whenever the session changes (synchronously, in the
 * store's subscription, so the wall follows within a frame) and answers a window that says hello.
 */
export function useWallLink(createTransport: () => Transport = createBroadcastTransport) {
  useEffect(() => {
    const transport = createTransport();
    const send = (state: AppState) => {
      const view = currentWallView(state);
      if (view) transport.send(viewMessage(view));
    };
    const offMessages = transport.onMessage((data) => {
      const parsed = parseSyncMessage(data);
      if (!parsed.ok || parsed.message.type !== 'hello') return;
      const state = useAppStore.getState();
      const wanted = parsed.message.sessionId;
      if (wanted === null || wanted === state.session?.sessionId) send(state);
    });
    const offStore = useAppStore.subscribe((state, previous) => {
      const changed =
        state.session !== previous.session ||
        state.room !== previous.room ||
        state.language !== previous.language ||
        selectActiveDeck(state) !== selectActiveDeck(previous);
      if (changed) send(state);
    });
    send(useAppStore.getState());
    return () => {
      offMessages();
      offStore();
      transport.close();
    };
  }, [createTransport]);
}
