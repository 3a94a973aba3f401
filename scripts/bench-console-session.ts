/**
 * Brings the app's console and projector windows to a session in play, fresh or as after 90 minutes, through the
 * UI as a trainer would (so that the bench does not depend on how the app stores its state).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PagePair } from './bench-latency';

const BATCH = Number(process.env.BENCH_BATCH ?? 250);
export const LONG_SESSION = { actions: 5000, notes: 60, deckBytes: 1024 * 1024 };

interface DeckJson {
  cards: { id: string; kind: string }[];
  [key: string]: unknown;
}

/**
 * An own deck of about `bytes`: the built-in deck (both languages, as in `dist`) with its factor, dilemma and
 * reflection cards repeated under new ids (short enough for the schema's bound on ids). Generic over the card
 * schema: only `id` and `kind` are read.
 */
export function bigDeck(dist: string, bytes: number, readDeck: (dist: string) => DeckJson): string {
  const deck = readDeck(dist);
  const repeatable = deck.cards.filter((card) => ['factor', 'dilemma', 'reflection'].includes(card.kind));
  const cards = [...deck.cards];
  for (let round = 1; JSON.stringify({ ...deck, cards }).length < bytes; round++)
    repeatable.forEach((card, i) => cards.push({ ...card, id: `bench-${round}-${i}` }));
  return JSON.stringify({ ...deck, id: 'bench-90-minutes', cards });
}

/** The full built-in deck of a build: `deck.json` (both languages). */
export const readBuiltDeck = (dist: string): DeckJson => JSON.parse(readFileSync(join(dist, 'deck.json'), 'utf8'));

/** Opens the console, optionally loads an own deck, starts "Trek een kaart" and deals the first card. */
async function startDrawSession(pair: PagePair, appUrl: string, ownDeck: string | null) {
  const page = pair.console;
  await page.goto(`${appUrl}#/console`);
  if (ownDeck) {
    await page
      .locator('input[type="file"]')
      .first()
      .setInputFiles({
        name: 'eigen-kaarten.json',
        mimeType: 'application/json',
        buffer: Buffer.from(ownDeck),
      });
    await page.getByText('eigen-kaarten.json').first().waitFor();
  }
  await page
    .getByRole('button', { name: /Trek een kaart/ })
    .first()
    .click();
  await page.keyboard.press('d');
}

/** Plays `count` keys in the console (flip, next, flip, back) as key events, in batches. */
async function playKeys(pair: PagePair, count: number) {
  const keys = ['f', 'ArrowRight', 'f', 'ArrowLeft'];
  for (let done = 0; done < count; done += BATCH) {
    await pair.console.evaluate(
      ({ from, count, keys }) => {
        for (let i = from; i < from + count; i++)
          window.dispatchEvent(new KeyboardEvent('keydown', { key: keys[i % keys.length], bubbles: true }));
        return new Promise((resolve) => setTimeout(resolve, 0));
      },
      { from: done, count: Math.min(BATCH, count - done), keys },
    );
    if (process.env.BENCH_VERBOSE) console.log(`  ${done + BATCH} actions played`);
  }
}

/**
 * A log of `actions` actions, every one played through the keyboard as in a session (the app saves a new action's
 * chunk of the log only, so 5,000 keys take seconds, not minutes). Returns how the log was made.
 */
async function playActions(pair: PagePair, actions: number): Promise<string> {
  await playKeys(pair, actions);
  return `${actions} keys played`;
}

/** The facilitator's notes: `count` notes of a line each, typed into the notes field. */
async function writeNotes(pair: PagePair, count: number) {
  const notes = Array.from(
    { length: count },
    (_, i) =>
      `${i + 1}. Deelnemer noemt een voorbeeld uit de eigen praktijk; terugkomen op de afweging bij kaart ${i + 1}.`,
  ).join('\n');
  const field = pair.console.getByLabel(/aantekeningen/i).first();
  await field.fill(notes);
  // Out of the field again, so that the keys that follow are the console's shortcuts.
  await field.evaluate((element) => (element as HTMLElement).blur());
}

/** Opens the projector window (it follows the session that answers its hello) and waits until it shows it. */
async function openProjector(pair: PagePair, appUrl: string) {
  await pair.projector.goto(`${appUrl}#/projector`);
  await pair.projector.locator('.projector').waitFor();
  await pair.projector.evaluate(() => window.__bench.settle(300, 5000));
}

export async function freshSession(pair: PagePair, appUrl: string) {
  await startDrawSession(pair, appUrl, null);
  await openProjector(pair, appUrl);
}

/** As after 90 minutes: 5,000 actions in the log, 60 notes, an own deck of 1 MB. */
export async function longSession(pair: PagePair, appUrl: string, dist: string) {
  const deck = bigDeck(dist, LONG_SESSION.deckBytes, readBuiltDeck);
  await startDrawSession(pair, appUrl, deck);
  if (process.env.BENCH_VERBOSE) console.log('  session started', new Date().toISOString());
  const how = await playActions(pair, LONG_SESSION.actions);
  await writeNotes(pair, LONG_SESSION.notes);
  await openProjector(pair, appUrl);
  return how;
}
