import { describe, expect, it } from 'vitest';

import { namespaces, resources } from '../../src/i18n/resources';

/** Every key path of a nested resource, such as `deck.loadFile`. */
function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, inner]) => keys(inner, prefix ? `${prefix}.${key}` : key));
}

describe('translations', () => {
  it.each(namespaces)('namespace %s has the same keys in Dutch and English, none empty', (namespace) => {
    const nl = resources.nl[namespace];
    const en = resources.en[namespace];
    expect(keys(en).sort()).toEqual(keys(nl).sort());
    const empty = [...keys(nl).map((k) => ['nl', k]), ...keys(en).map((k) => ['en', k])].filter(([lang, key]) => {
      const value = key!
        .split('.')
        .reduce<unknown>((v, part) => (v as Record<string, unknown>)[part], resources[lang as 'nl'][namespace]);
      return typeof value !== 'string' || value.trim() === '';
    });
    expect(empty).toEqual([]);
  });
});

/** Every text of a nested resource with its key path. */
function texts(value: unknown, prefix = ''): [string, string][] {
  if (typeof value === 'string') return [[prefix, value]];
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, inner]) => texts(inner, prefix ? `${prefix}.${key}` : key));
}

describe('the Dutch interface', () => {
  // A trainer's words: a room is a "sessie" or "groep" with a "code"; the server and its tooling stay unnamed.
  const DEVELOPER_WORDS = /\b(room\w*|\w*roomcode|relay|npm|link)\b/i;

  it.each(namespaces)("namespace %s speaks Dutch, not a developer's English", (namespace) => {
    const found = texts(resources.nl[namespace]).filter(([, text]) => DEVELOPER_WORDS.test(text));
    expect(found).toEqual([]);
  });

  it('the check finds a developer word where there is one', () => {
    expect(DEVELOPER_WORDS.test('Roomcode:')).toBe(true);
    expect(DEVELOPER_WORDS.test('Start de relay met npm start')).toBe(true);
    expect(DEVELOPER_WORDS.test('Adres voor deelnemers:')).toBe(false);
  });
});
