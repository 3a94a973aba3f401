import { useEffect, useState } from 'react';

import { selectWallView } from '../../state/projection';
import { useAppStore } from '../../state/store';
import { createBroadcastTransport } from '../../sync/broadcast-transport';
import { createPublisher, followOverChannel, type Publisher, type PublishProblem } from '../../sync/publisher';
import type { Transport } from '../../sync/transport';

/**
 * The console's one publisher: each change of the projection (session or deck) goes once, synchronously
 * in the store's subscription, to every follower: the projector windows of this device over the channel,
 * and the room when one is open (see `useRoomLink`). A view that cannot be sent is reported, not dropped.
 */
export function useWallLink(createTransport: () => Transport = createBroadcastTransport): {
  publisher: Publisher;
  problem: PublishProblem | null;
} {
  const [publisher] = useState(() => createPublisher());
  const [problem, setProblem] = useState<PublishProblem | null>(null);
  useEffect(() => publisher.onProblem(setProblem), [publisher]);
  useEffect(() => {
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
    return () => {
      unfollow();
      transport.close();
    };
  }, [publisher, createTransport]);
  return { publisher, problem };
}
