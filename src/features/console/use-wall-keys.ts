import { useEffect, useRef } from 'react';

import { parseSyncMessage } from '../../domain/sync-message';
import { useAppStore } from '../../state/store';
import type { Transport } from '../../sync/transport';
import { commandForWallKey, type CommandId } from './console-commands';

/**
 * Keys pressed on the projector window (a presenter clicker aimed at the fullscreen wall) arrive here as
 * validated messages and run the console's own commands, so the console stays the only driver. `transport`: the
 * channel the console publishes on (one per window: a second one would get each of the console's own views).
 */
export function useWallKeys(run: (id: CommandId) => void, transport: Transport | null) {
  const latest = useRef(run);
  latest.current = run;
  useEffect(() => {
    if (!transport) return;
    return transport.onMessage((data) => {
      const parsed = parseSyncMessage(data);
      if (!parsed.ok || parsed.message.type !== 'key') return;
      if (parsed.message.sessionId !== useAppStore.getState().session?.sessionId) return;
      const command = commandForWallKey(parsed.message.key);
      if (command) latest.current(command);
    });
  }, [transport]);
}
