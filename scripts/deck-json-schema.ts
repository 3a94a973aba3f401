import { toJSONSchema } from 'zod/mini';
import { deckSchema } from '../src/domain/deck-schema';

/** The JSON Schema of a deck file, generated from the same schema the app validates with. */
export function deckJsonSchema(): string {
  const schema = toJSONSchema(deckSchema, { io: 'input' });
  return JSON.stringify({ ...schema, title: 'Tegenwicht deck' }, null, 2);
}
