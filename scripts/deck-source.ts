import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

import { STUDY_SOURCES } from '../src/domain/study';

export const CARDS_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'cards');

/**
 * Assembles the built-in deck from cards/deck.json, the part files it lists (each an array of cards) and the
 * sources list of the study (src/domain/study.ts). Returns plain JSON, not yet validated.
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
  return { ...rest, sources: STUDY_SOURCES, cards };
}
