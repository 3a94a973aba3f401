/** The relay's port when it runs beside the app (`npm start`). */
export const DEFAULT_RELAY_PORT = 4174;

/**
 * Where the relay is: the `relay` parameter of the page's hash when given (a join link carries it when the
 * relay is not the default), else the build's VITE_RELAY_URL, else port 4174 on the app's own host.
 */
export function relayBaseUrl(location: Location = window.location): string {
  const fromHash = new URLSearchParams(location.hash.split('?')[1] ?? '').get('relay');
  const configured = fromHash || (import.meta.env.VITE_RELAY_URL as string | undefined);
  if (configured) return configured.replace(/\/+$/, '');
  return `${location.protocol}//${location.hostname}:${DEFAULT_RELAY_PORT}`;
}

/** The relay's WebSocket address for an http(s) base. */
export const relaySocketUrl = (base: string) => base.replace(/^http/, 'ws');
