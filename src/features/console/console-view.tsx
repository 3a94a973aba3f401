import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { selectActiveDeck } from '../../state/deck-slice';
import { useAppStore } from '../../state/store';
import { DeckPending } from '../../ui/deck-pending';
import { useShortcuts } from '../../ui/use-shortcuts';
import { COMMANDS, runCommand, type CommandId } from './console-commands';
import { ConsoleToolbar } from './console-toolbar';
import { FacilitatorNotes } from './facilitator-notes';
import { FacilitatorPrompts } from './facilitator-prompts';
import { FormatPanel } from './format-panel';
import { openProjector } from './open-projector';
import { SessionStart } from './session-start';
import { ShortcutOverlay } from './shortcut-overlay';
import { SummaryExport } from './summary-export';
import { TimerControl } from './timer-control';
import { RoomPanel } from './room-panel';
import { useRoomLink } from './use-room-link';
import { useWallLink } from './use-wall-link';
import './console.css';
import { WallPreview } from './wall-preview';

/** The facilitator's console: drives the session; the projector window follows it. */
export function ConsoleView() {
  const { t } = useTranslation(['console', 'common']);
  const session = useAppStore((s) => s.session);
  const deck = useAppStore(selectActiveDeck);
  const builtInStatus = useAppStore((s) => s.builtInStatus);
  const [helpOpen, setHelpOpen] = useState(false);
  const announce = useRef<HTMLParagraphElement>(null);
  const { publisher, problem } = useWallLink();
  const roomInfo = useRoomLink(publisher);

  const run = (id: CommandId) => {
    if (id === 'help') return setHelpOpen(true);
    if (id === 'openProjector') return void openProjector();
    runCommand(id);
  };
  const shortcuts = Object.fromEntries(COMMANDS.flatMap((c) => c.keys.map((key) => [key, () => run(c.id)])));
  useShortcuts(shortcuts, session !== null && !helpOpen);
  useShortcuts({ '?': () => setHelpOpen(true) }, session === null && !helpOpen);

  if (!deck) return <DeckPending failed={builtInStatus === 'failed'} className="console" />;

  return (
    <main id="main" className="console">
      <h1 className="console__title">{t('title')}</h1>
      {session === null ? (
        <SessionStart />
      ) : (
        <>
          <ConsoleToolbar onRun={run} />
          <p ref={announce} className="visually-hidden" role="status" />
          {problem && (
            <p role="alert" className="alert">
              {problem.reason === 'too-large'
                ? t('publish.tooLarge', { chars: problem.chars })
                : t('publish.invalid', { field: problem.path || '–' })}
            </p>
          )}
          <div className="console__grid">
            <WallPreview />
            <FormatPanel />
            <RoomPanel info={roomInfo} />
            <TimerControl />
            <FacilitatorPrompts />
            <FacilitatorNotes />
            <SummaryExport />
          </div>
        </>
      )}
      <ShortcutOverlay open={helpOpen} onClose={() => setHelpOpen(false)} />
    </main>
  );
}
