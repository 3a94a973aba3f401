import { builtOnFirstUse, z } from './zod';

import { CLUSTERS, DECK_LIMITS, DECK_SCHEMA_VERSION, FORMATS, REFLECTION_THEMES, SOURCE_KINDS } from './deck-constants';

const MARKUP = /<\s*[a-z!/?]/i;

/** A text shown to people: plain text only, markup is refused, at most `max` characters. */
const plainText = (max: number) =>
  z.string().check(
    z.trim(),
    z.minLength(1, 'is empty'),
    z.maxLength(max, {
      error: (issue) => `is ${String((issue.input as string).length)} characters long; at most ${max} are allowed`,
    }),
    z.refine((s: string) => !MARKUP.test(s), 'contains markup (such as <b> or <script>); only plain text is allowed'),
  );

/** A text in the deck's own language (Dutch) and in English, each at most `max` characters. */
export const localized = (max: number) => z.strictObject({ nl: plainText(max), en: plainText(max) });
export type Localized = z.infer<ReturnType<typeof localized>>;

/** The deck's schemas, built together the first time one of them validates (see `builtOnFirstUse`). */
function buildDeckSchemas() {
  /** An id: lowercase letters, digits and single dashes, at most DECK_LIMITS.id characters. */
  const idSchema = z
    .string()
    .check(
      z.maxLength(DECK_LIMITS.id, `is longer than ${DECK_LIMITS.id} characters`),
      z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lowercase letters, digits and single dashes'),
    );

  const questions = (min: number, max: number) =>
    z.array(localized(DECK_LIMITS.question)).check(z.minLength(min), z.maxLength(max));

  /** One text a deck rests on. The cards cite it by id and show it by name, never by file name. */
  const sourceSchema = z.strictObject({
    id: idSchema,
    kind: z.enum(SOURCE_KINDS),
    /** The title as the source gives it, in its own language. */
    title: plainText(DECK_LIMITS.sourceTitle),
    /** The author(s), or the publisher when no author is named. */
    author: plainText(DECK_LIMITS.sourceAuthor),
    /** Left out when the source gives no date. */
    year: z.optional(z.int().check(z.gte(1900), z.lte(2100))),
    /** The file the text was read from, kept for maintainers; never shown. */
    file: z.optional(plainText(DECK_LIMITS.sourceFile)),
  });

  const cardBase = {
    id: idSchema,
    title: localized(DECK_LIMITS.title),
    /** Ids of the deck's sources this card's facts come from. */
    sources: z.array(idSchema).check(z.minLength(1, 'must cite at least one source'), z.maxLength(10)),
    /** Where the card comes from, in words, such as "Onderzoek, tabel 1" or "Interview met Roland Blonk". */
    origin: localized(DECK_LIMITS.origin),
  };

  const factorCardSchema = z.strictObject({
    ...cardBase,
    kind: z.literal('factor'),
    cluster: z.enum(CLUSTERS),
    /** The factor's name as written in Table 1 of the literature study, when it is one of those. */
    table1: z.optional(plainText(DECK_LIMITS.table1)),
    /** Its rank in the study's top 15 of most influential factors, when it is one of those. */
    rank: z.optional(z.int().check(z.gte(1), z.lte(15))),
    text: localized(DECK_LIMITS.text),
    questions: questions(2, 3),
  });

  const dilemmaCardSchema = z.strictObject({
    ...cardBase,
    kind: z.literal('dilemma'),
    /** The tension in the sources that this dilemma makes concrete, as a short key such as `rule-or-custom`. */
    tension: idSchema,
    text: localized(DECK_LIMITS.text),
    sides: z.tuple([
      z.strictObject({ label: localized(DECK_LIMITS.sideLabel), text: localized(DECK_LIMITS.side) }),
      z.strictObject({ label: localized(DECK_LIMITS.sideLabel), text: localized(DECK_LIMITS.side) }),
    ]),
    questions: questions(1, 3),
  });

  const stepCardSchema = z.strictObject({
    ...cardBase,
    kind: z.literal('step'),
    step: z.int().check(z.gte(0), z.lte(5)),
    text: localized(DECK_LIMITS.text),
    questions: questions(2, 4),
  });

  const reflectionCardSchema = z.strictObject({
    ...cardBase,
    kind: z.literal('reflection'),
    theme: z.enum(REFLECTION_THEMES),
    text: localized(DECK_LIMITS.text),
    questions: questions(1, 4),
  });

  const instructionCardSchema = z.strictObject({
    ...cardBase,
    kind: z.literal('instruction'),
    format: z.enum(FORMATS),
    text: localized(DECK_LIMITS.text),
    minutes: z.int().check(z.gte(5), z.lte(240)),
    players: z.strictObject({ min: z.int().check(z.gte(1)), max: z.int().check(z.lte(100)) }),
    /** How the format is played, in order. */
    steps: z.array(localized(DECK_LIMITS.instructionStep)).check(z.minLength(2), z.maxLength(8)),
  });

  const cardSchema = z.discriminatedUnion('kind', [
    factorCardSchema,
    dilemmaCardSchema,
    stepCardSchema,
    reflectionCardSchema,
    instructionCardSchema,
  ]);

  const deckSchema = z
    .strictObject({
      $schema: z.optional(z.string().check(z.maxLength(DECK_LIMITS.schemaRef))),
      schemaVersion: z.literal(DECK_SCHEMA_VERSION),
      id: idSchema,
      title: localized(DECK_LIMITS.deckTitle),
      /** The texts the cards rest on; every card cites one or more of them by id. */
      sources: z.array(sourceSchema).check(z.minLength(1, 'names no sources'), z.maxLength(50)),
      cards: z.array(cardSchema).check(z.minLength(1, 'holds no cards')),
    })
    .check(
      z.superRefine((deck, ctx) => {
        const sourceIds = new Set<string>();
        deck.sources.forEach((source, index) => {
          if (sourceIds.has(source.id))
            ctx.addIssue({
              code: 'custom',
              path: ['sources', index, 'id'],
              message: 'repeats the id of another source',
            });
          sourceIds.add(source.id);
        });
        const seen = new Map<string, number>();
        deck.cards.forEach((card, index) => {
          const first = seen.get(card.id);
          if (first !== undefined) {
            ctx.addIssue({
              code: 'custom',
              path: ['cards', index, 'id'],
              message: `duplicates the id of card ${first + 1}`,
            });
          } else {
            seen.set(card.id, index);
          }
          card.sources.forEach((id, at) => {
            if (!sourceIds.has(id))
              ctx.addIssue({
                code: 'custom',
                path: ['cards', index, 'sources', at],
                message: `cites "${id}", which is not in the deck's sources list`,
              });
          });
        });
      }),
    );

  return {
    source: sourceSchema,
    factor: factorCardSchema,
    dilemma: dilemmaCardSchema,
    step: stepCardSchema,
    reflection: reflectionCardSchema,
    instruction: instructionCardSchema,
    card: cardSchema,
    deck: deckSchema,
  };
}

let built: ReturnType<typeof buildDeckSchemas> | undefined;
const deckSchemas = () => (built ??= buildDeckSchemas());

export const sourceSchema = builtOnFirstUse(() => deckSchemas().source);
export const factorCardSchema = builtOnFirstUse(() => deckSchemas().factor);
export const dilemmaCardSchema = builtOnFirstUse(() => deckSchemas().dilemma);
export const stepCardSchema = builtOnFirstUse(() => deckSchemas().step);
export const reflectionCardSchema = builtOnFirstUse(() => deckSchemas().reflection);
export const instructionCardSchema = builtOnFirstUse(() => deckSchemas().instruction);
export const cardSchema = builtOnFirstUse(() => deckSchemas().card);
export const deckSchema = builtOnFirstUse(() => deckSchemas().deck);

export type Source = z.infer<typeof sourceSchema>;
export type Card = z.infer<typeof cardSchema>;
export type FactorCard = z.infer<typeof factorCardSchema>;
export type DilemmaCard = z.infer<typeof dilemmaCardSchema>;
export type StepCard = z.infer<typeof stepCardSchema>;
export type ReflectionCard = z.infer<typeof reflectionCardSchema>;
export type InstructionCard = z.infer<typeof instructionCardSchema>;
export type Deck = z.infer<typeof deckSchema>;
