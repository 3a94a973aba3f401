import { describe, expect, it } from 'vitest';

import { chooseRelay, parseRelayAllowList, type RelayPolicy } from '../../src/domain/relay-choice';

const policy: RelayPolicy = {
  appOrigin: 'http://192.168.1.20:4173',
  defaultPort: 4174,
  allowed: ['https://relay.school.example/', 'https://rooms.example.org:8443'],
};

describe('chooseRelay', () => {
  it('uses the default when the address names no server', () => {
    expect(chooseRelay(null, policy)).toEqual({ kind: 'default' });
    expect(chooseRelay('', policy)).toEqual({ kind: 'default' });
  });

  it('refuses a crafted address that names another host', () => {
    expect(chooseRelay('http://192.168.1.66:4174', policy)).toEqual({
      kind: 'refused',
      requested: 'http://192.168.1.66:4174',
      reason: 'not-allowed',
    });
    expect(chooseRelay('https://evil.example', policy)).toMatchObject({ kind: 'refused', reason: 'not-allowed' });
    // A look-alike of an allowed host, or the allowed host on another port or scheme, is another origin.
    expect(chooseRelay('https://relay.school.example.evil.example', policy).kind).toBe('refused');
    expect(chooseRelay('https://relay.school.example:444', policy).kind).toBe('refused');
    expect(chooseRelay('http://relay.school.example', policy).kind).toBe('refused');
    // The app's host under another scheme or on a port other than the default server's.
    expect(chooseRelay('http://192.168.1.20:9999', policy).kind).toBe('refused');
    expect(chooseRelay('https://192.168.1.20:4174', policy).kind).toBe('refused');
  });

  it('takes the app origin, the default server beside it, this device and the allow-list', () => {
    expect(chooseRelay('http://192.168.1.20:4173', policy)).toEqual({
      kind: 'accepted',
      base: 'http://192.168.1.20:4173',
    });
    expect(chooseRelay('http://192.168.1.20:4173/relay/', policy)).toEqual({
      kind: 'accepted',
      base: 'http://192.168.1.20:4173/relay',
    });
    expect(chooseRelay('http://192.168.1.20:4174', policy)).toEqual({
      kind: 'accepted',
      base: 'http://192.168.1.20:4174',
    });
    expect(chooseRelay('http://127.0.0.1:53124', policy)).toEqual({ kind: 'accepted', base: 'http://127.0.0.1:53124' });
    expect(chooseRelay('http://localhost:8080/', policy)).toEqual({ kind: 'accepted', base: 'http://localhost:8080' });
    expect(chooseRelay('http://[::1]:4174', policy).kind).toBe('accepted');
    expect(chooseRelay('https://relay.school.example', policy)).toEqual({
      kind: 'accepted',
      base: 'https://relay.school.example',
    });
    expect(chooseRelay('https://rooms.example.org:8443', policy).kind).toBe('accepted');
  });

  it('refuses what is not a plain http(s) address', () => {
    for (const requested of [
      'not a url',
      '//evil.example',
      'javascript:alert(1)',
      'ws://127.0.0.1:4174',
      'file:///etc/passwd',
      'http://user:pass@127.0.0.1:4174',
      'http://127.0.0.1:4174/?x=1',
      'http://127.0.0.1:4174/#x',
      'http://[::1',
      `http://127.0.0.1:4174/${'a'.repeat(2001)}`,
    ])
      expect(chooseRelay(requested, policy), requested).toMatchObject({ kind: 'refused', reason: 'malformed' });
  });

  it('refuses everything but this device when the app origin cannot be read', () => {
    const broken = { ...policy, appOrigin: 'null', allowed: [] };
    expect(chooseRelay('http://192.168.1.20:4174', broken).kind).toBe('refused');
    expect(chooseRelay('http://127.0.0.1:4174', broken).kind).toBe('accepted');
  });
});

describe('parseRelayAllowList', () => {
  it('reads comma-separated origins and drops what is not an address', () => {
    expect(parseRelayAllowList(' https://a.example/relay , nonsense,,http://b.example:8080 ')).toEqual([
      'https://a.example',
      'http://b.example:8080',
    ]);
    expect(parseRelayAllowList(undefined)).toEqual([]);
  });
});
