import { useEffect, useRef } from 'react';

import { parseSyncMessage } from '../../domain/sync-message';
import { useAppStore } from '../../state/store';
import { createBroadcastTransport } from '../../sync/broadcast-transport';
import type { Transport } from '../../sync/transport';
import { commandForWallKey, type CommandId } from './console-commands';

/**
 * Keys pressed on the projector window (a presenter clicker aimed at the fullscreen wall) arrive here as
 * validated messages and run the console's own commands, so the console stays the only driver.
 */
export function useWallKeys(run: (id: CommandId) => void, createTransport: () => Transport = createBroadcastTransport) {
  const latest = useRef(run);
  latest.current = run;
  useEffect(() => {
    const transport = createTransport();
    const off = transport.onMessage((data) => {
      const parsed = parseSyncMessage(data);
      if (!parsed.ok || parsed.message.type !== 'key') return;
      if (parsed.message.sessionId !== useAppStore.getState().session?.sessionId) return;
      const command = commandForWallKey(parsed.message.key);
      if (command) latest.current(command);
    });
    return () => {
      off();
      transport.close();
    };
  }, [createTransport]);
}
