import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';

const encoder = new TextEncoder();

const base64url = (bytes: Uint8Array) =>
  btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');

/**
 * The key a phone presents to one room: base64url(HMAC-SHA256(device key, relay + code)). The device key never
 * leaves the phone; a host (a crafted join link's relay included) learns only a key for its own address and
 * code, which no other relay or room accepts as this phone, and which cannot be linked to the phone's keys in
 * other rooms. The same device in the same room gets the same key, so its answers stay its own across a reload.
 * A pure JS HMAC because `crypto.subtle` is missing on plain http over the LAN, where phones join.
 */
export function roomParticipantKey(deviceKey: string, relayBase: string, code: string): string {
  const message = `tegenwicht-room-key\n${relayBase.replace(/\/+$/, '')}\n${code}`;
  return base64url(hmac(sha256, encoder.encode(deviceKey), encoder.encode(message)));
}
