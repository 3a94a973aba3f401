import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { WallView } from '../../domain/session/wall-view';
import { persistence, useAppStore } from '../../state/store';
import type { Transport } from '../../sync/transport';
import { projectorHref } from '../../ui/view-links';
import { LiveWall } from './live-wall';
import { useForwardKeys } from './use-forward-keys';
import { useFullscreenToggle } from './use-fullscreen-toggle';
import { useWallFeed } from './use-wall-feed';
import './projector.css';

interface ProjectorViewProps {
  /** The session to follow; null follows the first session whose view arrives. */
  sessionId: string | null;
  /** How the wall hears the console; BroadcastChannel when left out. */
  transport?: Transport;
}

/**
 * The wall in the training room: the console's session, large and calm, with no controls. `f` or a double
 * click toggles fullscreen.
 */
export function ProjectorView({ sessionId, transport }: ProjectorViewProps) {
  const { t } = useTranslation(['projector', 'common']);
  const language = useAppStore((s) => s.language);
  const { feed, send } = useWallFeed(sessionId, transport);
  const toggleFullscreen = useFullscreenToggle();
  const { view, ignored } = feed;
  useForwardKeys(feed.sessionId, send);
  // The wall shows what its feed sends: it does not read the console's session and log back from each save.
  useEffect(() => persistence?.followOnly(['settings']), []);

  useEffect(() => {
    const before = document.title;
    document.title = `${t('title')} · ${t('common:appName')}`;
    return () => void (document.title = before);
  }, [t]);

  // A wall that found its session by itself keeps following it after a reload.
  useEffect(() => {
    if (sessionId === null && feed.sessionId !== null)
      window.history.replaceState(window.history.state, '', projectorHref(feed.sessionId));
  }, [sessionId, feed.sessionId]);

  useShownMark(view);
  const hint = useFirstSeconds(HINT_MS);

  const blank = view?.mode === 'blank';
  return (
    <div
      className={`projector${blank ? ' projector--blank' : ''}`}
      data-ignored={ignored}
      onDoubleClick={toggleFullscreen}
    >
      {!view ? (
        <main id="main" className="projector__message">
          <span className="projector__mark" aria-hidden="true">
            ⚖
          </span>
          <h1>{t('waiting.title')}</h1>
          <p className="projector__app-name">{t('common:appName')}</p>
          <p className="projector__message-hint">{t('waiting.hint')}</p>
        </main>
      ) : blank ? (
        <main id="main">
          <h1 className="visually-hidden">{t('blank')}</h1>
        </main>
      ) : view.phase === 'ended' ? (
        <main id="main" className="projector__message">
          <span className="projector__mark" aria-hidden="true">
            ⚖
          </span>
          <h1>{t('ended.title')}</h1>
          <p className="projector__message-hint">{t('ended.thanks')}</p>
          <p className="projector__app-name">{t('common:appName')}</p>
        </main>
      ) : (
        <LiveWall view={view} language={language} nearby={feed.nearby} />
      )}
      <footer>
        {hint && <p className="projector__hint">{t('fullscreenHint')}</p>}
        {ignored > 0 && !blank && (
          <p role="status" className="projector__ignored">
            {t('ignored', { count: ignored })}
          </p>
        )}
      </footer>
    </div>
  );
}

/** How long the wall says how to go fullscreen after it opens. */
const HINT_MS = 6000;

/** True for the first `ms` after the wall opens (a timer, so that it goes with reduced motion too). */
function useFirstSeconds(ms: number): boolean {
  const [first, setFirst] = useState(true);
  useEffect(() => {
    const id = setTimeout(() => setFirst(false), ms);
    return () => clearTimeout(id);
  }, [ms]);
  return first;
}

/** Marks each view once it is on the screen; a benchmark reads the marks for the console-to-wall latency. */
function useShownMark(view: WallView | null) {
  const marked = useRef<WallView | null>(null);
  useLayoutEffect(() => {
    if (!view || marked.current === view) return;
    marked.current = view;
    try {
      performance.mark('tegenwicht:shown', { detail: { seq: view.seq, sentAt: view.sentAt } });
    } catch {
      // No User Timing here: nothing to measure.
    }
  }, [view]);
}
