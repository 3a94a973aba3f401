import { createHmac, timingSafeEqual } from 'node:crypto';

/** base64url(HMAC-SHA256(relayKey, code)): the secret that makes its holder the room's facilitator. */
export function facilitatorSecret(relayKey: string, code: string): string {
  return createHmac('sha256', relayKey).update(code).digest('base64url');
}

/** Compares in constant time, so the answer's timing tells nothing about the right secret. */
export function verifyFacilitatorSecret(relayKey: string, code: string, secret: string): boolean {
  const expected = Buffer.from(facilitatorSecret(relayKey, code));
  const given = Buffer.from(secret);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
