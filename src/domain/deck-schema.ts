import { z } from './zod';

import { CLUSTERS, FORMATS, REFLECTION_THEMES, SEED_FILES } from './deck-constants';

const MARKUP = /<\s*[a-z!/?]/i;

/** A text shown to people: plain text only, markup is refused. */
const plainText = (max: number) =>
  z
    .string()
    .trim()
    .min(1, 'is empty')
    .max(max, `is longer than ${max} characters`)
    .refine((s) => !MARKUP.test(s), 'contains markup (such as <b> or <script>); only plain text is allowed');

/** A text in the deck's own language (Dutch) and in English. */
export const localized = (max = 1200) => z.strictObject({ nl: plainText(max), en: plainText(max) });
export type Localized = z.infer<ReturnType<typeof localized>>;

const questions = (min: number, max: number) => z.array(localized(300)).min(min).max(max);

const cardBase = {
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lowercase letters, digits and single dashes'),
  title: localized(120),
  sources: z.array(z.enum(SEED_FILES)).min(1, 'must name at least one source file'),
};

export const factorCardSchema = z.strictObject({
  ...cardBase,
  kind: z.literal('factor'),
  cluster: z.enum(CLUSTERS),
  /** The factor's name as written in Table 1 of the literature study, when it is one of those. */
  table1: z.string().optional(),
  /** Its rank in the study's top 15 of most influential factors, when it is one of those. */
  rank: z.number().int().min(1).max(15).optional(),
  text: localized(),
  questions: questions(2, 3),
});

export const dilemmaCardSchema = z.strictObject({
  ...cardBase,
  kind: z.literal('dilemma'),
  /** The tension in the sources that this dilemma makes concrete. */
  tension: z.string().min(1),
  text: localized(),
  sides: z.tuple([
    z.strictObject({ label: localized(60), text: localized(400) }),
    z.strictObject({ label: localized(60), text: localized(400) }),
  ]),
  questions: questions(1, 3),
});

export const stepCardSchema = z.strictObject({
  ...cardBase,
  kind: z.literal('step'),
  step: z.number().int().min(0).max(5),
  text: localized(),
  questions: questions(2, 4),
});

export const reflectionCardSchema = z.strictObject({
  ...cardBase,
  kind: z.literal('reflection'),
  theme: z.enum(REFLECTION_THEMES),
  text: localized(),
  questions: questions(1, 4),
});

export const instructionCardSchema = z.strictObject({
  ...cardBase,
  kind: z.literal('instruction'),
  format: z.enum(FORMATS),
  text: localized(),
  minutes: z.number().int().min(5).max(240),
  players: z.strictObject({ min: z.number().int().min(1), max: z.number().int().max(100) }),
  /** How the format is played, in order. */
  steps: z.array(localized(400)).min(2).max(8),
});

export const cardSchema = z.discriminatedUnion('kind', [
  factorCardSchema,
  dilemmaCardSchema,
  stepCardSchema,
  reflectionCardSchema,
  instructionCardSchema,
]);

export const deckSchema = z
  .strictObject({
    $schema: z.string().optional(),
    schemaVersion: z.literal(1),
    id: cardBase.id,
    title: localized(120),
    cards: z.array(cardSchema).min(1, 'holds no cards'),
  })
  .superRefine((deck, ctx) => {
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
    });
  });

export type Card = z.infer<typeof cardSchema>;
export type FactorCard = z.infer<typeof factorCardSchema>;
export type DilemmaCard = z.infer<typeof dilemmaCardSchema>;
export type StepCard = z.infer<typeof stepCardSchema>;
export type ReflectionCard = z.infer<typeof reflectionCardSchema>;
export type InstructionCard = z.infer<typeof instructionCardSchema>;
export type Deck = z.infer<typeof deckSchema>;
