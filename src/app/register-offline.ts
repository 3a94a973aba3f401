/**
 * Offline: registers the service worker that vite.config.ts builds (sw.js beside index.html), so the app, once
 * loaded, opens and plays with no network at all. Built app only: never in dev or in tests, where there is no
 * sw.js. Registers after the page has loaded, so precaching never competes with the first paint; talks to no
 * one but its own origin; and never throws: without service workers (an old browser, a page served over plain
 * http on a LAN address) the app simply works online only.
 */
let registered = false;

export function registerOffline(): void {
  if (!import.meta.env.PROD || registered) return;
  registered = true;
  try {
    if (!('serviceWorker' in navigator) || !window.isSecureContext) return;
    const container = navigator.serviceWorker;
    // A window run by one worker that sees a newer one take over still runs the old build's code, which may ask
    // for chunks the new build no longer has: reload it onto the new build (the session comes back where it
    // was). The first worker takes over quietly: there is nothing older to leave.
    let controller = container.controller;
    let reloading = false;
    container.addEventListener('controllerchange', () => {
      const previous = controller;
      controller = container.controller;
      if (!previous || reloading) return;
      reloading = true;
      window.location.reload();
    });
    const register = () => {
      // Relative to the page, so the app works from any sub-path; the worker's scope is that folder.
      const script = new URL('sw.js', document.baseURI);
      container.register(script, { scope: './' }).catch((error: unknown) => {
        console.warn('Offline use is not available:', error);
      });
    };
    if (document.readyState === 'complete') register();
    else window.addEventListener('load', register, { once: true });
  } catch (error) {
    console.warn('Offline use is not available:', error);
  }
}
