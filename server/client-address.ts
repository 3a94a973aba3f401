import { isIPv4, isIPv6 } from 'node:net';
import type { IncomingMessage } from 'node:http';

/**
 * The client's address as the relay's limits count it. IPv4 as is (an IPv4-mapped IPv6 address as its IPv4
 * form); IPv6 by its /64 prefix, since one household or phone is given a whole /64 and could otherwise take a
 * fresh address for every request.
 *
 * With `trustProxy`, the address a reverse proxy in front of the relay appended last to `X-Forwarded-For`
 * (the one it saw; earlier entries are whatever the client sent). Only for a relay reachable through that
 * proxy alone: otherwise any client could claim any address.
 */
export function clientAddress(request: IncomingMessage, trustProxy: boolean): string {
  let address = request.socket.remoteAddress ?? 'unknown';
  if (trustProxy) {
    const forwarded = request.headers['x-forwarded-for'];
    const last = (Array.isArray(forwarded) ? forwarded.join(',') : (forwarded ?? '')).split(',').pop()?.trim();
    if (last && (isIPv4(last) || isIPv6(last))) address = last;
  }
  return addressKey(address);
}

/** The key of an address: IPv4 as is, IPv6 cut to its /64 (see {@link clientAddress}). */
export function addressKey(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped?.[1]) return mapped[1];
  if (!isIPv6(address)) return address;
  return `${expandIPv6(address).slice(0, 4).join(':')}::/64`;
}

/** The eight groups of an IPv6 address, without leading zeros. */
function expandIPv6(address: string): string[] {
  const [head = '', tail] = address.split('%')[0]!.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const missing = tail === undefined ? 0 : 8 - left.length - right.length;
  return [...left, ...Array<string>(missing).fill('0'), ...right].map((group) =>
    (parseInt(group, 16) || 0).toString(16),
  );
}

/** Whether an address is exempt from the per-address limits (by default the machine itself). */
export function createExemption(addresses: readonly string[]): (key: string) => boolean {
  const exempt = new Set(addresses.map(addressKey));
  return (key) => exempt.has(key);
}
