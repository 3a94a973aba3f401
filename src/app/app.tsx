import { Suspense, useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { HomeView } from '../features/help/home-view';
import { SoloView } from '../features/solo/solo-view';
import { aboutHref, consoleHref, homeHref, soloHref } from '../ui/view-links';
import { ForeignServerNotice } from './foreign-server-notice';
import { LanguageSwitch } from './language-switch';
import { SavedDataNotice } from './saved-data-notice';
import { useLanguageSync } from './use-language-sync';
import { ViewBoundary } from './view-boundary';
import { useReadyRoute } from './use-ready-route';
import { AboutView, ConsoleView, ExplainView, GuideView, ParticipantView, PrintView, ProjectorView } from './views';

/** The solo view also opens a shared card or deal; it stays mounted while the address moves on to `#/solo`. */
const soloViews = new Set(['solo', 'card', 'deal']);

/** `onViewShown` runs each time a view has come into the page with its code and words (not its loading line). */
export function App({ onViewShown }: { onViewShown?: () => void }) {
  const { t } = useTranslation();
  const route = useReadyRoute();
  useLanguageSync();

  if (route.view === 'projector') {
    return (
      <ViewSlot onShown={onViewShown} key={route.view} fallback={null}>
        <ProjectorView sessionId={route.sessionId} />
      </ViewSlot>
    );
  }

  // A phone in a session sees no menu: one tap on it would take a participant out of the session.
  if (route.view === 'join') {
    return (
      <div className="app">
        <header className="app-header app-header--participant">
          <span className="app-header__name">
            <span aria-hidden="true">⚖ </span>
            {t('appName')}
          </span>
          <LanguageSwitch />
        </header>
        <SavedDataNotice />
        <ForeignServerNotice view={route.view} />
        <ViewSlot onShown={onViewShown} key={route.view} fallback={<p role="status">{t('loadingView')}</p>}>
          <ParticipantView code={route.code} />
        </ViewSlot>
      </div>
    );
  }

  return (
    <div className="app">
      <a
        className="skip-link"
        href="#main"
        onClick={(e) => (e.preventDefault(), document.getElementById('main')?.focus())}
      >
        {t('skipToContent')}
      </a>
      <header className="app-header">
        <a className="app-header__name" href={homeHref}>
          <span aria-hidden="true">⚖ </span>
          {t('appName')}
        </a>
        <nav aria-label={t('nav.label')} className="app-nav">
          <a href={soloHref} aria-current={soloViews.has(route.view) ? 'page' : undefined}>
            {t('nav.solo')}
          </a>
          <a href={consoleHref} aria-current={route.view === 'console' || route.view === 'plan' ? 'page' : undefined}>
            {t('nav.console')}
          </a>
          <a href={aboutHref} aria-current={route.view === 'about' ? 'page' : undefined}>
            {t('nav.about')}
          </a>
        </nav>
        <LanguageSwitch />
      </header>
      <SavedDataNotice />
      <ForeignServerNotice view={route.view} />
      {/* A shared plan opens in the console, which stays mounted while the address moves on to `#/console`. */}
      <ViewSlot
        onShown={onViewShown}
        key={route.view === 'plan' ? 'console' : soloViews.has(route.view) ? 'solo' : route.view}
        fallback={<p role="status">{t('loadingView')}</p>}
      >
        {route.view === 'home' && <HomeView />}
        {route.view === 'guide' && <GuideView />}
        {route.view === 'about' && <AboutView />}
        {soloViews.has(route.view) && (
          <SoloView
            shared={
              route.view === 'card'
                ? { type: 'card', cardId: route.cardId }
                : route.view === 'deal'
                  ? { type: 'deal', payload: route.payload }
                  : null
            }
          />
        )}
        {route.view === 'explain' && <ExplainView walkId={route.walkId} />}
        {(route.view === 'console' || route.view === 'plan') && (
          <ConsoleView sharedPlan={route.view === 'plan' ? route.payload : null} />
        )}
        {route.view === 'print' && <PrintView />}
        {route.view === 'notFound' && (
          <main id="main" tabIndex={-1}>
            <h1>{t('notFound.title')}</h1>
            <p>
              <a href={homeHref}>{t('notFound.home')}</a>
            </p>
          </main>
        )}
      </ViewSlot>
    </div>
  );
}

/** A view in its place: its error boundary (keyed by the view, so another view starts clean) and its loading. */
function ViewSlot({
  fallback,
  onShown,
  children,
}: {
  fallback: ReactNode;
  onShown: (() => void) | undefined;
  children: ReactNode;
}) {
  return (
    <ViewBoundary>
      <Suspense fallback={fallback}>
        {children}
        {/* Inside the boundary: it comes into the page with the view, not with the loading line. */}
        {onShown && <WhenShown then={onShown} />}
      </Suspense>
    </ViewBoundary>
  );
}

function WhenShown({ then }: { then: () => void }) {
  useEffect(() => then(), [then]);
  return null;
}
