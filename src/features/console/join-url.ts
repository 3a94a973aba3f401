import { DEFAULT_RELAY_PORT } from '../../sync/relay-url';
import { joinHref } from '../../ui/view-links';

/** The link participants open: this app's address with the join view and the code, never the secret. */
export function joinUrlFor(code: string, relayBase: string): string {
  const base = `${window.location.origin}${window.location.pathname}`;
  const defaultRelay = `${window.location.protocol}//${window.location.hostname}:${DEFAULT_RELAY_PORT}`;
  const relay = relayBase === defaultRelay ? '' : `?relay=${encodeURIComponent(relayBase)}`;
  return `${base}${joinHref(code)}${relay}`;
}
