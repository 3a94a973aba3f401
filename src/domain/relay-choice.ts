/**
 * Which server a page may use for rooms when a link names one (`?relay=` in the hash). A join link could name
 * any host, and a phone would then present its key there; so a named server is taken only when it is:
 * - the app's own origin, or the default server beside it (port `defaultPort` on the app's own host);
 * - on this device (localhost, 127.0.0.1, ::1), as a facilitator running everything on one laptop does;
 * - on the allow-list the app was built with (`VITE_RELAY_ALLOW`, comma-separated origins, plus `VITE_RELAY_URL`).
 * Anything else, and anything that is not a plain http(s) address, is refused; the page then uses its default
 * server and says why.
 */
export type RelayChoice =
  | { kind: 'default' }
  | { kind: 'accepted'; base: string }
  | { kind: 'refused'; requested: string; reason: 'malformed' | 'not-allowed' };

export interface RelayPolicy {
  /** The app's own origin, e.g. `http://192.168.1.20:4173`. */
  appOrigin: string;
  /** The port the default server listens on beside the app. */
  defaultPort: number;
  /** Origins (or addresses, whose origin counts) the build allows besides the above. */
  allowed: readonly string[];
}

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);
/** Longer than any address a facilitator would type; a link with more is crafted. */
const REQUESTED_MAX = 2000;

function parseBase(text: string): URL | null {
  if (text.length > REQUESTED_MAX) return null;
  try {
    const url = new URL(text);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    if (url.username || url.password || url.search || url.hash) return null;
    return url;
  } catch {
    return null;
  }
}

const originOf = (text: string) => parseBase(text.trim())?.origin ?? null;

/** Splits a comma-separated allow-list (as given at build time) into origins, dropping what is not an address. */
export function parseRelayAllowList(list: string | undefined): string[] {
  return (list ?? '')
    .split(',')
    .map(originOf)
    .filter((origin): origin is string => origin !== null);
}

/** Decides on the server a link names (`requested`, null when it names none) under `policy`. */
export function chooseRelay(requested: string | null, policy: RelayPolicy): RelayChoice {
  if (requested === null || requested === '') return { kind: 'default' };
  const url = parseBase(requested);
  if (!url) return { kind: 'refused', requested: requested.slice(0, 200), reason: 'malformed' };
  const app = parseBase(policy.appOrigin);
  const allowed =
    url.origin === app?.origin ||
    (app !== null &&
      url.protocol === app.protocol &&
      url.hostname === app.hostname &&
      url.port === String(policy.defaultPort)) ||
    LOOPBACK.has(url.hostname) ||
    policy.allowed.some((entry) => originOf(entry) === url.origin);
  if (!allowed) return { kind: 'refused', requested: url.origin, reason: 'not-allowed' };
  return { kind: 'accepted', base: `${url.origin}${url.pathname}`.replace(/\/+$/, '') };
}
