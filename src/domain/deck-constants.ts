/** Plain constants of the deck format, kept apart from the schema so that views need no schema library. */

/** The version of the deck format this app writes; version 1 decks (cards citing seed files) are upgraded. */
export const DECK_SCHEMA_VERSION = 2;

/**
 * The longest text the deck format allows, in characters, in each language. The wall is laid out so that
 * the largest card of each kind fits at these lengths; an own deck gets the same bounds.
 */
export const DECK_LIMITS = {
  /** Card and deck ids, source ids, the tension key of a dilemma (the wall view allows 64). */
  id: 40,
  title: 45,
  text: 300,
  /** The label of a dilemma side (its heading on the wall). */
  sideLabel: 40,
  /** The text of each side of a dilemma. */
  side: 200,
  question: 160,
  /** One step of an instruction card. */
  instructionStep: 160,
  /** Where the card comes from, in words ("Onderzoek, tabel 1"). */
  origin: 60,
  /** A factor's name in Table 1 of the literature study. */
  table1: 100,
  deckTitle: 80,
  sourceTitle: 200,
  sourceAuthor: 200,
  sourceFile: 100,
  schemaRef: 500,
} as const;

/** The seed files the built-in deck rests on (see cards/README.md); each is one entry of the sources list. */
export const SEED_FILES = [
  '000_9230cb403256021f.txt',
  '001_9114602346619959.txt',
  '002_41edbde8698e91bd.txt',
  '003_3a6728766eb6a41e.txt',
  '004_c276f0d0bcb11955.txt',
] as const;

/** What kind of text a source is. */
export const SOURCE_KINDS = ['study', 'article', 'news', 'advice', 'interview', 'practice', 'other'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

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

export const FORMATS = ['draw', 'weigh', 'slow-down', 'dilemma-duel', 'intervision', 'rank'] as const;
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
/** The language of a device that chose none (Dutch is the app's own language). */
export const DEFAULT_LANGUAGE: Language = 'nl';

/** The file of the built-in deck in `language`, beside the page. */
export const deckFileName = (language: Language) => `deck.${language}.json`;
