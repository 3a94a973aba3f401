import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { selectActiveDeck } from '../../state/deck-slice';
import { useAppStore } from '../../state/store';
import { DeckPending } from '../../ui/deck-pending';
import { useShortcuts } from '../../ui/use-shortcuts';
import { COMMANDS, runCommand, type CommandId } from './console-commands';
import { CardPicker } from './card-picker';
import { ConsoleShare } from './console-share';
import { ConsoleToolbar } from './console-toolbar';
import { FacilitatorNotes } from './facilitator-notes';
import { FacilitatorPrompts } from './facilitator-prompts';
import { FormatPanel } from './format-panel';
import { PlayersEditor } from './players-editor';
import { openProjector } from './open-projector';
import { PlanOffer } from './plan-offer';
import { PlanShelf } from './plan-shelf';
import { SessionStart } from './session-start';
import { ShortcutOverlay } from './shortcut-overlay';
import { SummaryExport } from './summary-export';
import { TimerControl } from './timer-control';
import { RoomPanel } from './room-panel';
import { usePlanLink } from './use-plan-link';
import { useRoomLink } from './use-room-link';
import { useWallKeys } from './use-wall-keys';
import { useWallLink } from './use-wall-link';
import './console.css';
import { WallPreview } from './wall-preview';

/**
 * The facilitator's console: drives the session; the projector window follows it. `sharedPlan` is the payload
 * of a plan address it was opened with.
 */
export function ConsoleView({ sharedPlan = null }: { sharedPlan?: string | null }) {
  const { t } = useTranslation(['console', 'common']);
  // Whether a session runs and which, not the session itself: every key changes the session, and each panel below
  // reads the part it shows (re-rendering the whole console on each key kept the wall waiting for the cores).
  const sessionId = useAppStore((s) => s.session?.sessionId ?? null);
  const running = sessionId !== null;
  const deck = useAppStore(selectActiveDeck);
  const builtInStatus = useAppStore((s) => s.builtInStatus);
  const [helpOpen, setHelpOpen] = useState(false);
  const [pickerOpen, setPickerOpen] = useState(false);
  const announce = useRef<HTMLParagraphElement>(null);
  const { publisher, problem, onMessage } = useWallLink();
  const roomInfo = useRoomLink(publisher);

  const run = (id: CommandId) => {
    if (id === 'help') return setHelpOpen(true);
    if (id === 'pick') return setPickerOpen(true);
    if (id === 'openProjector') return void openProjector();
    runCommand(id);
  };
  const shortcuts = Object.fromEntries(COMMANDS.flatMap((c) => c.keys.map((key) => [key, () => run(c.id)])));
  useShortcuts(shortcuts, running && !helpOpen && !pickerOpen);
  useWallKeys(run, onMessage);
  // A format chosen low on the start screen must not leave the session's controls scrolled away.
  useEffect(() => {
    if (sessionId) window.scrollTo?.(0, 0);
  }, [sessionId]);
  useShortcuts({ '?': () => setHelpOpen(true) }, !running && !helpOpen);
  usePlanLink(sharedPlan, deck);

  if (!deck) return <DeckPending failed={builtInStatus === 'failed'} className="console" />;

  // On a 1366x768 laptop everything the trainer steers with lies in the first screen: the format's controls
  // in the middle, the timer and the room beside them; the players, prompts and notes below those.
  return (
    <main id="main" className={`console${running ? ' console--session' : ''}`}>
      <h1 className={running ? 'visually-hidden' : 'console__title'}>{t('title')}</h1>
      <PlanOffer />
      {!running ? (
        <>
          <SessionStart />
          <PlanShelf />
        </>
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
            <div className="console__column console__column--format">
              <FormatPanel />
            </div>
            <div className="console__column console__column--side">
              <TimerControl />
              <RoomPanel info={roomInfo} />
              <ConsoleShare />
              <PlayersEditor />
              <SummaryExport />
            </div>
            <div className="console__column console__column--wall">
              <WallPreview />
              <FacilitatorPrompts />
              <FacilitatorNotes />
            </div>
          </div>
        </>
      )}
      <ShortcutOverlay open={helpOpen} onClose={() => setHelpOpen(false)} />
      {running && <CardPicker open={pickerOpen} onClose={() => setPickerOpen(false)} />}
    </main>
  );
}
