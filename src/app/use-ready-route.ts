import type { i18n as I18n } from 'i18next';
import { useEffect, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';

import { parseRoute, type Route } from './routes';
import { viewNamespaces } from './view-loads';
import { viewCode } from './views';

/**
 * How long a view that is not ready waits before it opens anyway, with its loading line: as long as the loading line
 * would at least stand once it showed (see lazy-view.tsx), so a view that is ready sooner is never later for it.
 */
export const VIEW_WAIT_MS = 300;

/** Whether a view can render without suspending: its code and its words are here. */
export function viewIsReady(view: Route['view'], i18n: I18n): boolean {
  const code = viewCode(view);
  return (!code || code.loaded()) && viewNamespaces(view).every((namespace) => i18n.hasLoadedNamespace(namespace));
}

/** Loads a view's code and words; resolves once it is ready, or after VIEW_WAIT_MS (it then opens with its loading line). */
export function whenViewReady(view: Route['view'], i18n: I18n): Promise<void> {
  if (viewIsReady(view, i18n)) return Promise.resolve();
  const ready = Promise.all([viewCode(view)?.load(), i18n.loadNamespaces([...viewNamespaces(view)])]);
  const wait = new Promise((resolve) => setTimeout(resolve, VIEW_WAIT_MS));
  return Promise.race([ready, wait]).then(
    () => undefined,
    () => undefined,
  );
}

const subscribe = (onChange: () => void) => {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
};

/**
 * The route of the address, once the view it opens is ready (see `whenViewReady`): until then the view before it
 * stays, as a link on the web does, instead of a loading line that React would keep for 300 ms however soon the view
 * came. A view that is ready opens in the same render.
 */
export function useReadyRoute(): Route {
  const { i18n } = useTranslation();
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  const [shown, setShown] = useState(hash);
  const wanted = parseRoute(hash);
  const ready = hash === shown || viewIsReady(wanted.view, i18n);
  if (ready && hash !== shown) setShown(hash);

  useEffect(() => {
    if (ready) return;
    let live = true;
    void whenViewReady(wanted.view, i18n).then(() => live && setShown(hash));
    return () => {
      live = false;
    };
  }, [hash, ready, wanted.view, i18n]);

  return ready ? wanted : parseRoute(shown);
}
