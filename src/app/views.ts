/** The views that load when opened, each with its code's loader. */
import { lazyView, type LazyView } from './lazy-view';
import type { Route } from './routes';
import { VIEW_LOADS, viewLoadName, type ViewLoadName } from './view-loads';

export const ConsoleView = lazyView(VIEW_LOADS.console.code, (m) => m.ConsoleView);
export const ParticipantView = lazyView(VIEW_LOADS.join.code, (m) => m.ParticipantView);
export const GuideView = lazyView(VIEW_LOADS.guide.code, (m) => m.GuideView);
export const AboutView = lazyView(VIEW_LOADS.about.code, (m) => m.AboutView);
export const ExplainView = lazyView(VIEW_LOADS.explain.code, (m) => m.ExplainView);
export const PrintView = lazyView(VIEW_LOADS.print.code, (m) => m.PrintView);
export const ProjectorView = lazyView(VIEW_LOADS.projector.code, (m) => m.ProjectorView);

/** The views whose code loads when opened (the start screen and the solo view are in the app's own script). */
const LAZY_VIEWS = {
  console: ConsoleView,
  join: ParticipantView,
  guide: GuideView,
  about: AboutView,
  explain: ExplainView,
  print: PrintView,
  projector: ProjectorView,
} satisfies Record<ViewLoadName, LazyView<never>>;

/** The code of a view that loads when opened, or nothing to wait for. */
export const viewCode = (view: Route['view']): LazyView<never> | null => {
  const name = viewLoadName(view);
  return name ? LAZY_VIEWS[name] : null;
};
