import { describe, expect, it } from 'vitest';

import { partKey } from '../../src/state/persistence';
import { LEGACY_KEY, SETTINGS_KEY, savedLanguage } from '../../src/state/saved-language';

const storageWith = (items: Record<string, string>) => () => ({ getItem: (key: string) => items[key] ?? null });

describe('savedLanguage (read before the app loads, for the first deck file)', () => {
  it('reads the settings part the store saves', () => {
    expect(SETTINGS_KEY).toBe(partKey('settings'));
    expect(savedLanguage(storageWith({ [SETTINGS_KEY]: JSON.stringify({ v: 2, state: { language: 'en' } }) }))).toBe(
      'en',
    );
  });

  it('falls back on the version 1 save', () => {
    expect(savedLanguage(storageWith({ [LEGACY_KEY]: JSON.stringify({ state: { language: 'en' } }) }))).toBe('en');
  });

  it('gives null for nothing saved, broken JSON, a language of no deck, or a storage that throws', () => {
    expect(savedLanguage(storageWith({}))).toBeNull();
    expect(savedLanguage(storageWith({ [SETTINGS_KEY]: '{broken' }))).toBeNull();
    expect(savedLanguage(storageWith({ [SETTINGS_KEY]: JSON.stringify({ state: { language: '../x' } }) }))).toBeNull();
    expect(savedLanguage(storageWith({ [SETTINGS_KEY]: 'null' }))).toBeNull();
    expect(
      savedLanguage(() => {
        throw new DOMException('denied', 'SecurityError');
      }),
    ).toBeNull();
  });
});
