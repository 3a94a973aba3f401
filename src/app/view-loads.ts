import { deckFileName, type Language } from '../domain/deck-constants';
import type { Route } from './routes';

/**
 * Views other than solo load only when opened, so the solo view does not pay for them. Each with the namespaces
 * its components ask for beyond the bundled ones: the first script and `whenViewReady` (use-ready-route.ts) ask for
 * code and words at once, before the first render, instead of one after the other as the view renders and then
 * suspends on its words.
 */
export const VIEW_LOADS = {
  console: {
    code: () => import('../features/console/console-view'),
    namespaces: ['console', 'plan', 'rank', 'projector'],
  },
  join: { code: () => import('../features/participant/participant-view'), namespaces: ['participant', 'rank'] },
  guide: { code: () => import('../features/help/guide-view'), namespaces: [] },
  about: { code: () => import('../features/help/about-view'), namespaces: [] },
  explain: { code: () => import('../features/explain/explain-view'), namespaces: ['explain'] },
  print: { code: () => import('../features/print/print-view'), namespaces: ['print'] },
  projector: { code: () => import('../features/projector/projector-view'), namespaces: ['projector', 'rank'] },
} satisfies Record<string, { code: () => Promise<unknown>; namespaces: string[] }>;

export type ViewLoadName = keyof typeof VIEW_LOADS;

/** Which of the views above a route opens (a shared plan opens in the console); null for one in the app's script. */
export const viewLoadName = (view: Route['view']): ViewLoadName | null =>
  view === 'plan' ? 'console' : Object.hasOwn(VIEW_LOADS, view) ? (view as ViewLoadName) : null;

const loadOf = (view: Route['view']) => {
  const name = viewLoadName(view);
  return name ? VIEW_LOADS[name] : undefined;
};

/** Starts loading the code of the view the address opens (the browser loads each module once). */
export function startViewCode(view: Route['view']) {
  // A failed load shows in the view's own boundary when it renders.
  void loadOf(view)
    ?.code()
    .catch(() => {});
}

/** The namespaces of words the view asks for beyond the bundled ones. */
export const viewNamespaces = (view: Route['view']): readonly string[] => loadOf(view)?.namespaces ?? [];

/** The wall and a phone show what the console sends them, cards included: they need no deck of their own. */
export const viewNeedsDeck = (view: Route['view']) => view !== 'projector' && view !== 'join';

/**
 * Starts fetching the built-in deck in `language` for the page's own fetch of it (same URL, mode and credentials,
 * so the browser hands that fetch this response): only for a view that draws cards, in the language in use.
 */
export function preloadDeck(language: Language) {
  const link = document.createElement('link');
  link.rel = 'preload';
  link.as = 'fetch';
  link.crossOrigin = 'anonymous';
  link.href = new URL(deckFileName(language), document.baseURI).href;
  document.head.append(link);
}
