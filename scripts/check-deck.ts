/** Validates the built-in deck and prints what is wrong or missing. Exit code 1 when anything is. */
import { assembleSourceDeck } from './deck-source';
import { parseDeck } from '../src/domain/parse-deck';
import { findCoverageGaps, longestTexts } from '../src/domain/deck-coverage';

const result = parseDeck(assembleSourceDeck());
if (!result.ok) {
  for (const p of result.problems)
    console.error(`card ${p.cardNumber ?? '-'} (${p.cardId ?? '?'}) field ${p.field || '-'}: ${p.message}`);
  process.exit(1);
}
const gaps = findCoverageGaps(result.deck);
const kinds = new Map<string, number>();
for (const c of result.deck.cards) kinds.set(c.kind, (kinds.get(c.kind) ?? 0) + 1);
console.log(`deck valid: ${result.deck.cards.length} cards`, Object.fromEntries(kinds));
console.log('longest per kind, in characters (either language) against the bound:');
for (const [kind, fields] of longestTexts(result.deck)) {
  const cells = fields.map(
    (f) =>
      `${f.field} ${f.length}/${f.bound}${f.field === 'question' && kind === 'instruction' ? ' (step)' : ''} ${f.cardId} ${f.language}`,
  );
  console.log(`  ${kind.padEnd(12)} ${cells.join('  |  ')}`);
}
for (const gap of gaps) console.error(`missing: ${gap}`);
process.exit(gaps.length ? 1 : 0);
