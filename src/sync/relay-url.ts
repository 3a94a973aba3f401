import { chooseRelay, parseRelayAllowList, type RelayChoice } from '../domain/relay-choice';

/** The relay's port when it runs beside the app (`npm start`). */
export const DEFAULT_RELAY_PORT = 4174;

export interface RelayAddress {
  /** The relay's http(s) base, without a trailing slash. */
  base: string;
  /** The relay a link named but that was refused (see {@link chooseRelay}); the page should say so. */
  refused: Extract<RelayChoice, { kind: 'refused' }> | null;
}

const configuredRelay = () => (import.meta.env.VITE_RELAY_URL as string | undefined) || undefined;

/**
 * Where the relay is: the `relay` parameter of the page's hash when given (a join link carries it when the
 * relay is not the default) and allowed (the app's own host, this device, or the build's VITE_RELAY_URL and
 * VITE_RELAY_ALLOW), else the build's VITE_RELAY_URL, else port 4174 on the app's own host.
 */
export function relayAddress(location: Location = window.location): RelayAddress {
  const requested = new URLSearchParams(location.hash.split('?')[1] ?? '').get('relay');
  const configured = configuredRelay();
  const choice = chooseRelay(requested, {
    appOrigin: location.origin,
    defaultPort: DEFAULT_RELAY_PORT,
    allowed: [
      ...(configured ? [configured] : []),
      ...parseRelayAllowList(import.meta.env.VITE_RELAY_ALLOW as string | undefined),
    ],
  });
  if (choice.kind === 'accepted') return { base: choice.base, refused: null };
  const base = configured
    ? configured.replace(/\/+$/, '')
    : `${location.protocol}//${location.hostname}:${DEFAULT_RELAY_PORT}`;
  return { base, refused: choice.kind === 'refused' ? choice : null };
}

/** The relay's http(s) base (see {@link relayAddress}). */
export const relayBaseUrl = (location: Location = window.location): string => relayAddress(location).base;

/** The relay's WebSocket address for an http(s) base. */
export const relaySocketUrl = (base: string) => base.replace(/^http/, 'ws');
