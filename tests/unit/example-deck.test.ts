import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

import { parseDeckText } from '../../src/domain/parse-deck';

describe('the example deck of the deck author guide', () => {
  it('is a valid deck', () => {
    const result = parseDeckText(readFileSync('cards/example/eigen-stapel.json', 'utf8'));
    expect(result.ok ? [] : result.problems).toEqual([]);
  });
});
