import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

export const CARDS_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'cards');

/**
 * Assembles the built-in deck from cards/deck.json and the part files it lists (each an array of cards).
 * Returns plain JSON, not yet validated.
 */
export function assembleSourceDeck(dir = CARDS_DIR): unknown {
  const meta = JSON.parse(readFileSync(join(dir, 'deck.json'), 'utf8')) as {
    parts: string[];
    [key: string]: unknown;
  };
  const { parts, $schema: _schema, ...rest } = meta;
  const cards = parts.flatMap((part) => {
    const list: unknown = JSON.parse(readFileSync(join(dir, part), 'utf8'));
    if (!Array.isArray(list)) throw new Error(`cards/${part} must hold an array of cards`);
    return list as unknown[];
  });
  return { ...rest, cards };
}
