/** Writes the deck's JSON Schema to public/deck.schema.json (run after changing the deck schema). */
import { writeFileSync } from 'node:fs';
import { deckJsonSchema } from './deck-json-schema';

writeFileSync(new URL('../public/deck.schema.json', import.meta.url), deckJsonSchema() + '\n');
console.log('wrote public/deck.schema.json');
