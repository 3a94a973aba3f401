import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterEach, describe, expect, it } from 'vitest';

import { addressKey } from '../../server/client-address';
import { facilitatorSecret, verifyFacilitatorSecret } from '../../server/facilitator-secret';
import { createOriginPolicy } from '../../server/origin-policy';
import { loadRelayKey } from '../../server/relay-key';
import { DEFAULT_OPTIONS, relayOptionsFromEnv } from '../../server/relay-options';
import { TokenBucket } from '../../server/token-bucket';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('the relay key', () => {
  it('is made once, kept with mode 0600, and read back by a restarted relay', () => {
    const dir = mkdtempSync(join(tmpdir(), 'relay-key-'));
    dirs.push(dir);
    const file = join(dir, 'relay.key');
    const key = loadRelayKey({ file });
    expect(key.length).toBeGreaterThanOrEqual(32);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(loadRelayKey({ file })).toBe(key);
    expect(readFileSync(file, 'utf8')).toBe(key);
    expect(loadRelayKey({ key: 'from-the-environment-1234', file })).toBe('from-the-environment-1234');
  });
});

describe('facilitator secrets', () => {
  it('verify for their own code and key only', () => {
    const secret = facilitatorSecret('key-one-0123456789', 'ABCD234');
    expect(secret).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(verifyFacilitatorSecret('key-one-0123456789', 'ABCD234', secret)).toBe(true);
    expect(verifyFacilitatorSecret('key-one-0123456789', 'ABCD235', secret)).toBe(false);
    expect(verifyFacilitatorSecret('key-two-0123456789', 'ABCD234', secret)).toBe(false);
    expect(verifyFacilitatorSecret('key-one-0123456789', 'ABCD234', secret.slice(1))).toBe(false);
  });
});

describe('the origin policy', () => {
  it('allows the patterns given, any port where the pattern says so, and clients without an Origin', () => {
    const allowed = createOriginPolicy(DEFAULT_OPTIONS.origins);
    expect(allowed('http://localhost:5173')).toBe(true);
    expect(allowed('http://127.0.0.1:4173')).toBe(true);
    expect(allowed(undefined)).toBe(true);
    expect(allowed('http://localhost.evil.example:80')).toBe(false);
    expect(allowed('https://localhost:5173')).toBe(false);
    expect(allowed('http://localhost:5173/x')).toBe(false);
    const site = createOriginPolicy(['https://*.example.org']);
    expect(site('https://tegenwicht.example.org')).toBe(true);
    expect(site('https://example.org.evil.test')).toBe(false);
    expect(createOriginPolicy(['*'])('https://anything.test')).toBe(true);
  });
});

describe('the token bucket', () => {
  it('allows a burst, then the rate', () => {
    let now = 0;
    const bucket = new TokenBucket(10, 3, () => now);
    expect([bucket.take(), bucket.take(), bucket.take(), bucket.take()]).toEqual([true, true, true, false]);
    now += 100;
    expect([bucket.take(), bucket.take()]).toEqual([true, false]);
    now += 10_000;
    expect([bucket.take(), bucket.take(), bucket.take(), bucket.take()]).toEqual([true, true, true, false]);
    bucket.reconfigure(10, 5);
    expect([bucket.take(), bucket.take(), bucket.take()]).toEqual([true, true, false]);
  });
});

describe('options from the environment', () => {
  it('have sane defaults', () => {
    const { options, relayKey } = relayOptionsFromEnv({});
    expect(options).toMatchObject({ port: 4174, host: '127.0.0.1', redis: null, roomIdleMs: 30 * 60_000 });
    expect(options.limits).toMatchObject({ participantMaxBytes: 4096, participantRate: 20, participantsPerRoom: 60 });
    expect(relayKey).toBeUndefined();
  });

  it('read every variable, and refuse bad values with a clear message', () => {
    const { options, relayKey } = relayOptionsFromEnv({
      PORT: '4175',
      HOST: '0.0.0.0',
      RELAY_ORIGINS: 'https://a.example, http://localhost:*',
      RELAY_KEY: 'a-long-enough-relay-key',
      REDIS_URL: 'redis://:pw@10.0.0.5:6380/2',
      ROOM_IDLE_MINUTES: '45',
      RELAY_MAX_PARTICIPANTS: '25',
    });
    expect(options).toMatchObject({
      port: 4175,
      host: '0.0.0.0',
      origins: ['https://a.example', 'http://localhost:*'],
      redis: { host: '10.0.0.5', port: 6380, password: 'pw', db: 2 },
      roomIdleMs: 45 * 60_000,
    });
    expect(options.limits.participantsPerRoom).toBe(25);
    expect(relayKey).toBe('a-long-enough-relay-key');
    expect(relayOptionsFromEnv({ ROOM_IDLE_MINUTES: '30', ROOM_IDLE_MS: '500' }).options.roomIdleMs).toBe(500);
    expect(() => relayOptionsFromEnv({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => relayOptionsFromEnv({ RELAY_KEY: 'short' })).toThrow(/RELAY_KEY/);
    expect(() => relayOptionsFromEnv({ REDIS_URL: 'http://localhost' })).toThrow(/REDIS_URL/);
  });
});

describe('client addresses', () => {
  it('count IPv4 as is, IPv4-mapped as IPv4, and IPv6 by its /64', () => {
    expect(addressKey('192.168.1.20')).toBe('192.168.1.20');
    expect(addressKey('::ffff:192.168.1.20')).toBe('192.168.1.20');
    expect(addressKey('2001:db8:1:2:aaaa::1')).toBe('2001:db8:1:2::/64');
    expect(addressKey('2001:db8:1:2:ffff:ffff:ffff:ffff')).toBe('2001:db8:1:2::/64');
    expect(addressKey('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(addressKey('::1')).toBe('0:0:0:0::/64');
  });
});
