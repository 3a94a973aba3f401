/** Plain constants of the deck format, kept apart from the schema so that views need no schema library. */

/** The seed files a card may cite (see ../shared/seeds/README.md). */
export const SEED_FILES = [
  '000_9230cb403256021f.txt',
  '001_9114602346619959.txt',
  '002_41edbde8698e91bd.txt',
  '003_3a6728766eb6a41e.txt',
  '004_c276f0d0bcb11955.txt',
] as const;

export const CLUSTERS = [
  'law-policy',
  'profession',
  'organisation',
  'professional',
  'client',
  'employer-labour-market',
] as const;
export type Cluster = (typeof CLUSTERS)[number];

export const CARD_KINDS = ['factor', 'dilemma', 'step', 'reflection', 'instruction'] as const;
export type CardKind = (typeof CARD_KINDS)[number];

export const FORMATS = ['draw', 'weigh', 'slow-down', 'dilemma-duel', 'intervision'] as const;
export type Format = (typeof FORMATS)[number];

export const REFLECTION_THEMES = [
  'triple-feedback-loop',
  'confirmation-bias',
  'stereotypes',
  'competence',
  'explain-to-client',
  'craft',
] as const;

export const MAX_DECK_BYTES = 2 * 1024 * 1024;

export type Language = 'nl' | 'en';
export const LANGUAGES: readonly Language[] = ['nl', 'en'];
