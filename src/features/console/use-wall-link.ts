import { useEffect, useLayoutEffect, useState } from 'react';

import { selectNearbyCards, selectWallView } from '../../state/projection';
import { useAppStore } from '../../state/store';
import { createBroadcastTransport } from '../../sync/broadcast-transport';
import { emitter } from '../../sync/emitter';
import { createPublisher, followOverChannel, type Publisher, type PublishProblem } from '../../sync/publisher';
import { shareNearby, type Nearby } from '../../sync/share-nearby';
import type { Transport } from '../../sync/transport';

/** The cards next to the one on the table, for the walls of this device. */
function nearbyNow(): Nearby | null {
  const state = useAppStore.getState();
  const sessionId = state.session?.sessionId;
  return sessionId ? { sessionId, cards: selectNearbyCards(state) } : null;
}

/**
 * The console's one publisher: each change of the projection (session or deck) goes once, synchronously
 * in the store's subscription, to every follower: the projector windows of this device over the channel,
 * and the room when one is open (see `useRoomLink`). A view that cannot be sent is reported, not dropped. The
 * projector windows are also told which cards are one step away (see `shareNearby`), to lay them out ahead.
 */
export function useWallLink(createTransport: () => Transport = createBroadcastTransport): {
  publisher: Publisher;
  problem: PublishProblem | null;
  /** Messages from the windows of this device, on the channel the views go out on (the wall's keys come this way). */
  onMessage: (listener: (data: unknown) => void) => () => void;
} {
  const [publisher] = useState(() => createPublisher());
  const [problem, setProblem] = useState<PublishProblem | null>(null);
  const [messages] = useState(() => emitter<unknown>());
  useEffect(() => publisher.onProblem(setProblem), [publisher]);
  // Subscribed in the layout phase, ahead of the components' own subscriptions (React makes those in the passive
  // phase after it): a key's view goes out before React hears of the change.
  useLayoutEffect(() => {
    const publish = (view: ReturnType<typeof selectWallView>) => {
      if (view) publisher.publish(view);
    };
    const offStore = useAppStore.subscribe((state, previous) => {
      const view = selectWallView(state);
      if (view !== selectWallView(previous)) publish(view);
    });
    publish(selectWallView(useAppStore.getState()));
    return offStore;
  }, [publisher]);
  useEffect(() => {
    const transport = createTransport();
    const unfollow = followOverChannel(publisher, transport, () => useAppStore.getState().session?.sessionId ?? null);
    const unshare = shareNearby(transport, nearbyNow, useAppStore.subscribe);
    const offMessages = transport.onMessage(messages.emit);
    return () => {
      offMessages();
      unshare();
      unfollow();
      transport.close();
    };
  }, [publisher, createTransport, messages]);
  return { publisher, problem, onMessage: messages.on };
}
