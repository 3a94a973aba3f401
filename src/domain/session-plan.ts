import { builtOnFirstUse, z } from './zod';

import { ANY_CARD } from './deal';
import { FORMATS, type CardKind, type Format } from './deck-constants';
import { DEFAULT_RANK_SIZE, RANK_SIZE_MIN } from './session/rank-rules';
import type { ActionBody } from './session/session-actions';
import {
  decodePayload,
  deckIdOf,
  deckVersion,
  encodePayload,
  isCardId,
  LINK_PROBLEMS,
  MAX_PAYLOAD_CHARS,
  SHARE_FORMAT,
  type LinkProblem,
  type LinkResult,
} from './share-link';

/**
 * Session plans (draaiboeken): a trainer prepares a sequence of formats, each with the cards it is played with
 * and a duration, keeps it on the device and shares it as an address or a small file. Both carry the deck
 * version the plan was made with, so a plan opened beside another deck says so and offers the closest match.
 */

export const PLAN_STEPS_MAX = 12;
export const PLAN_CARDS_MAX = 12;
export const PLAN_TITLE_MAX = 80;
export const PLAN_MINUTES_MIN = 1;
export const PLAN_MINUTES_MAX = 240;
/** The file format: its type name and version; a file of another version is refused with its own reason. */
export const PLAN_FILE_TYPE = 'tegenwicht-plan';
export const PLAN_FILE_VERSION = 1;
/** Larger files are refused before they are read. */
export const PLAN_FILE_MAX_CHARS = 50_000;

export interface PlanStep {
  format: Format;
  minutes: number;
  /** The cards this step is played with, in the order chosen; the first goes on the table. */
  cardIds: string[];
}

/** What a plan is, as it is shared: no id, no dates. */
export interface PlanContent {
  title: string;
  deckVersion: string;
  steps: PlanStep[];
}

/** A plan kept on this device. */
export interface SavedPlan extends PlanContent {
  id: string;
  savedAt: number;
}

const DECK_VERSION = /^[a-z0-9]+(-[a-z0-9]+)*\.[0-9a-f]{8}$/;

/** The plan's schemas, built together the first time one of them validates (see `builtOnFirstUse`). */
function buildPlanSchemas() {
  const step: z.ZodMiniType<PlanStep> = z.strictObject({
    format: z.enum(FORMATS),
    minutes: z.int().check(z.gte(PLAN_MINUTES_MIN), z.lte(PLAN_MINUTES_MAX)),
    cardIds: z.array(z.string().check(z.refine(isCardId, 'is not a card id'))).check(
      z.maxLength(PLAN_CARDS_MAX),
      z.refine((ids) => new Set(ids).size === ids.length, 'has a card twice'),
    ),
  });
  const content = z.strictObject({
    title: z.string().check(z.trim(), z.minLength(1), z.maxLength(PLAN_TITLE_MAX)),
    deckVersion: z.string().check(z.maxLength(130), z.regex(DECK_VERSION)),
    steps: z.array(step).check(z.minLength(1), z.maxLength(PLAN_STEPS_MAX)),
  });
  const saved: z.ZodMiniType<SavedPlan> = z.extend(content, {
    id: z.string().check(z.minLength(1), z.maxLength(80)),
    savedAt: z.number().check(z.nonnegative()),
  });
  return { step, content, saved };
}

let planSchemas: ReturnType<typeof buildPlanSchemas> | null = null;
const plans = () => (planSchemas ??= buildPlanSchemas());

export const planStepSchema = builtOnFirstUse(() => plans().step);
export const planContentSchema: z.ZodMiniType<PlanContent> = builtOnFirstUse(() => plans().content);
export const savedPlanSchema = builtOnFirstUse(() => plans().saved);

/** Why a plan cannot be saved yet; null when it can. The editor words it. */
export type PlanDraftProblem = 'noTitle' | 'noSteps' | 'tooManySteps' | 'tooManyCards' | 'minutes';

export function planDraftProblem(plan: PlanContent): PlanDraftProblem | null {
  if (plan.title.trim() === '') return 'noTitle';
  if (plan.steps.length === 0) return 'noSteps';
  if (plan.steps.length > PLAN_STEPS_MAX) return 'tooManySteps';
  if (plan.steps.some((step) => step.cardIds.length > PLAN_CARDS_MAX)) return 'tooManyCards';
  if (
    plan.steps.some(
      (step) => !Number.isInteger(step.minutes) || step.minutes < PLAN_MINUTES_MIN || step.minutes > PLAN_MINUTES_MAX,
    )
  )
    return 'minutes';
  return null;
}

export function planMinutes(plan: PlanContent): number {
  return plan.steps.reduce((sum, step) => sum + step.minutes, 0);
}

const contentOf = (plan: PlanContent): PlanContent => ({
  title: plan.title.trim(),
  deckVersion: plan.deckVersion,
  steps: plan.steps.map((step) => ({ format: step.format, minutes: step.minutes, cardIds: [...step.cardIds] })),
});

/**
 * The hash (`#/plan/<payload>`) that opens a plan in the console, through the same payload (checksum, format
 * version) as a shared deal. A plan too large for an address is refused with 'tooLong': share it as a file.
 */
export function planHash(plan: PlanContent): LinkResult<string> {
  const { title, deckVersion: d, steps } = contentOf(plan);
  const payload = encodePayload({
    f: SHARE_FORMAT,
    t: 'plan',
    d,
    n: title,
    s: steps.map((step) => [step.format, step.minutes, step.cardIds]),
  });
  return payload.length > MAX_PAYLOAD_CHARS
    ? { ok: false, problem: 'tooLong' }
    : { ok: true, value: `#/plan/${payload}` };
}

const checked = (content: unknown): LinkResult<PlanContent> => {
  const parsed = planContentSchema.safeParse(content);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, problem: 'invalid' };
};

/** Reads a plan payload; anything damaged, forged or from another format is refused with a reason. */
export function decodePlanLink(payload: string): LinkResult<PlanContent> {
  const read = decodePayload(payload);
  if (!read.ok) return read;
  const { t, d, n, s } = read.value;
  if (t !== 'plan' || !Array.isArray(s)) return { ok: false, problem: 'invalid' };
  const steps = s.map((step: unknown) =>
    Array.isArray(step) && step.length === 3 ? { format: step[0], minutes: step[1], cardIds: step[2] } : null,
  );
  return checked({ title: n, deckVersion: d, steps });
}

/** The plan as a small JSON file a trainer can mail or keep. */
export function planFileText(plan: PlanContent): string {
  const { title, deckVersion: d, steps } = contentOf(plan);
  return `${JSON.stringify({ type: PLAN_FILE_TYPE, version: PLAN_FILE_VERSION, title, deckVersion: d, steps }, null, 2)}\n`;
}

/** A file name for the plan: its title in plain letters. */
export function planFileName(plan: PlanContent): string {
  const name = plan.title
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
  return `draaiboek-${name || 'tegenwicht'}.json`;
}

/** Reads a plan file; a file that is not one, is damaged or of another version is refused with a reason. */
export function readPlanFile(text: string): LinkResult<PlanContent> {
  if (text.length > PLAN_FILE_MAX_CHARS) return { ok: false, problem: 'tooLong' };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'damaged' };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return { ok: false, problem: 'invalid' };
  const { type, version, ...content } = data as Record<string, unknown>;
  if (type !== PLAN_FILE_TYPE) return { ok: false, problem: 'invalid' };
  if (version !== PLAN_FILE_VERSION) return { ok: false, problem: 'unknownFormat' };
  return checked(content);
}

/** How a plan fits the deck that is loaded here. */
export type PlanFit =
  | { type: 'fits' }
  /**
   * Made with another version of the deck (or another deck): `closest` is the plan with the cards that still
   * exist here, `missing` names the ones that do not (once each, in the plan's order).
   */
  | { type: 'otherVersion'; sameDeck: boolean; missing: string[]; closest: PlanContent };

export function fitPlan(plan: PlanContent, deck: { id: string; cards: readonly { id: string }[] }): PlanFit {
  const here = new Set(deck.cards.map((card) => card.id));
  const missing = [...new Set(plan.steps.flatMap((step) => step.cardIds))].filter((id) => !here.has(id));
  const version = deckVersion(deck);
  if (plan.deckVersion === version && missing.length === 0) return { type: 'fits' };
  return {
    type: 'otherVersion',
    sameDeck: deckIdOf(plan.deckVersion) === deck.id,
    missing,
    closest: {
      ...contentOf(plan),
      deckVersion: version,
      steps: plan.steps.map((step) => ({ ...step, cardIds: step.cardIds.filter((id) => here.has(id)) })),
    },
  };
}

/** What happened to a plan someone opened (an address or a file): refused, or ready with how it fits. */
export type PlanOffer =
  | { type: 'refused'; problem: LinkProblem }
  /** `kept`: a plan from this device's own shelf, not one someone shared. */
  | { type: 'received'; plan: PlanContent; fit: PlanFit; kept?: true };

/** A plan offer as saved on this device, so that an offer opened from an address survives a reload. */
export const planOfferSchema: z.ZodMiniType<PlanOffer> = builtOnFirstUse(() =>
  z.discriminatedUnion('type', [
    z.strictObject({ type: z.literal('refused'), problem: z.enum(LINK_PROBLEMS) }),
    z.strictObject({
      type: z.literal('received'),
      plan: planContentSchema,
      fit: z.discriminatedUnion('type', [
        z.strictObject({ type: z.literal('fits') }),
        z.strictObject({
          type: z.literal('otherVersion'),
          sameDeck: z.boolean(),
          missing: z
            .array(z.string().check(z.refine(isCardId, 'is not a card id')))
            .check(z.maxLength(PLAN_CARDS_MAX * PLAN_STEPS_MAX)),
          closest: planContentSchema,
        }),
      ]),
      kept: z.optional(z.literal(true)),
    }),
  ]),
);

export function offerPlan(
  read: LinkResult<PlanContent>,
  deck: { id: string; cards: readonly { id: string }[] },
): PlanOffer {
  return read.ok
    ? { type: 'received', plan: read.value, fit: fitPlan(read.value, deck) }
    : { type: 'refused', problem: read.problem };
}

const CASE_FORMATS: readonly Format[] = ['weigh', 'dilemma-duel'];

/**
 * The session actions that set up one step of a plan once its format is chosen: the timer at the step's
 * minutes, a deal of the step's cards with the first on the table (a dilemma as the case where the format
 * weighs or duels over one), and for Rangorde the step's factors as the shortlist. Cards the deck does not
 * have are left out.
 */
export function planStepActions(
  step: PlanStep,
  cards: readonly { id: string; kind: CardKind }[],
  seed: string,
): ActionBody[] {
  const byId = new Map(cards.map((card) => [card.id, card]));
  const chosen = step.cardIds.flatMap((id) => byId.get(id) ?? []);
  const actions: ActionBody[] = [{ type: 'timerReset', durationMs: step.minutes * 60_000 }];
  if (chosen.length === 0) return actions;
  actions.push({ type: 'shuffle', seed, filter: ANY_CARD, pool: chosen.map((card) => card.id) });
  const first = chosen[0]!;
  actions.push(
    CASE_FORMATS.includes(step.format) && first.kind === 'dilemma'
      ? { type: 'playCard', cardId: first.id, asCase: true }
      : { type: 'playCard', cardId: first.id },
  );
  const factors = chosen.filter((card) => card.kind === 'factor').map((card) => card.id);
  if (step.format === 'rank' && factors.length >= RANK_SIZE_MIN) {
    if (factors.length < DEFAULT_RANK_SIZE) actions.push({ type: 'setRankSize', size: factors.length });
    actions.push({ type: 'setRankShortlist', factorIds: factors });
  }
  return actions;
}
