import { useEffect, useRef } from 'react';

import { parseSyncMessage } from '../../domain/sync-message';
import { useAppStore } from '../../state/store';
import { commandForWallKey, type CommandId } from './console-commands';

/**
 * Keys pressed on the projector window (a presenter clicker aimed at the fullscreen wall) arrive here as
 * validated messages and run the console's own commands, so the console stays the only driver. `onMessage`: the
 * messages of the channel the console publishes on (one per window: a second one would get each of its own views).
 */
export function useWallKeys(
  run: (id: CommandId) => void,
  onMessage: (listener: (data: unknown) => void) => () => void,
) {
  const latest = useRef(run);
  latest.current = run;
  useEffect(
    () =>
      onMessage((data) => {
        const parsed = parseSyncMessage(data);
        if (!parsed.ok || parsed.message.type !== 'key') return;
        if (parsed.message.sessionId !== useAppStore.getState().session?.sessionId) return;
        const command = commandForWallKey(parsed.message.key);
        if (command) latest.current(command);
      }),
    [onMessage],
  );
}
