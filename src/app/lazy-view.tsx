import { lazy, useState, type ComponentType, type JSX } from 'react';

/**
 * A view whose code loads when it is opened. Once the code is here the view renders at once; before that it suspends
 * (React.lazy). The difference matters: React 19 holds a Suspense boundary's content back for at least 300 ms after
 * its loading line showed, even when the code arrived right after, so a view that suspends on code already loaded
 * (or loading, started by the first script) comes a third of a second late. `load` starts loading it (or finds it
 * loaded) and resolves once it can render without suspending; `loaded` says whether it can now.
 */
export interface LazyView<P> {
  (props: P): JSX.Element;
  load: () => Promise<void>;
  loaded: () => boolean;
}

export function lazyView<M, P extends object>(
  code: () => Promise<M>,
  pick: (module: M) => ComponentType<P>,
): LazyView<P> {
  let component: ComponentType<P> | null = null;
  const load = () =>
    code().then((module) => {
      component = pick(module);
    });
  const Suspending = lazy(() => load().then(() => ({ default: component! })));
  function View(props: P) {
    // Chosen once for each time the view comes into the page: one that mounted suspending keeps its state when the
    // code arrives, and is not mounted again as the loaded component.
    const [Chosen] = useState<ComponentType<P>>(() => component ?? Suspending);
    return <Chosen {...props} />;
  }
  return Object.assign(View, { load, loaded: () => component !== null });
}
