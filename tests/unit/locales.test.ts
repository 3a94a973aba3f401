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
