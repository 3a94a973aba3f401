import type { Card, FactorCard, ReflectionCard } from './deck-schema';

/**
 * "Leg je afweging uit": a professional walks one of their own decisions through the six steps of the weighing
 * model, picks at each step the factors that played a part, and marks whether the client can influence each.
 * The walk is plain JSON kept on the device; the explanation for the client is built from it.
 */

export const WALK_STEPS = [0, 1, 2, 3, 4, 5] as const;
export const MAX_DECISION_CHARS = 300;
export const MAX_NOTE_CHARS = 300;
export const MAX_RESPOND_CHARS = 600;
export const MAX_WALKS = 50;

export interface WalkFactor {
  cardId: string;
  /** Whether the client can influence this factor (what they can do about it, or tell). */
  clientCanInfluence: boolean;
  /** How it weighed, in the professional's own words for the client; may be empty. */
  note: string;
}

export interface Walk {
  id: string;
  createdAt: number;
  updatedAt: number;
  /** What was decided, as the professional types it. */
  decision: string;
  /** Per step 0..5, the factors that played a part there. */
  steps: WalkFactor[][];
  /** How the client can respond (whom to tell, by when), as the professional types it; may be empty. */
  respond: string;
}

export function newWalk(id: string, now: number): Walk {
  return { id, createdAt: now, updatedAt: now, decision: '', steps: WALK_STEPS.map(() => []), respond: '' };
}

const touch = (walk: Walk, change: Partial<Walk>, now: number): Walk => ({ ...walk, ...change, updatedAt: now });

const mapStep = (walk: Walk, step: number, change: (factors: WalkFactor[]) => WalkFactor[], now: number): Walk => {
  if (!WALK_STEPS.includes(step as 0)) return walk;
  return touch(walk, { steps: walk.steps.map((factors, i) => (i === step ? change(factors) : factors)) }, now);
};

export function setDecision(walk: Walk, decision: string, now: number): Walk {
  return touch(walk, { decision: decision.slice(0, MAX_DECISION_CHARS) }, now);
}

export function setRespond(walk: Walk, respond: string, now: number): Walk {
  return touch(walk, { respond: respond.slice(0, MAX_RESPOND_CHARS) }, now);
}

/** Adds a factor to a step, or takes it off when it is there; a new factor is one the client cannot influence until marked. */
export function toggleFactor(walk: Walk, step: number, cardId: string, now: number): Walk {
  return mapStep(
    walk,
    step,
    (factors) =>
      factors.some((f) => f.cardId === cardId)
        ? factors.filter((f) => f.cardId !== cardId)
        : [...factors, { cardId, clientCanInfluence: false, note: '' }],
    now,
  );
}

export function setInfluence(walk: Walk, step: number, cardId: string, canInfluence: boolean, now: number): Walk {
  return mapStep(
    walk,
    step,
    (factors) => factors.map((f) => (f.cardId === cardId ? { ...f, clientCanInfluence: canInfluence } : f)),
    now,
  );
}

export function setFactorNote(walk: Walk, step: number, cardId: string, note: string, now: number): Walk {
  return mapStep(
    walk,
    step,
    (factors) => factors.map((f) => (f.cardId === cardId ? { ...f, note: note.slice(0, MAX_NOTE_CHARS) } : f)),
    now,
  );
}

export interface ExplainedFactor {
  card: FactorCard;
  clientCanInfluence: boolean;
  notes: string[];
  /** The steps where it played a part, in order. */
  steps: number[];
}

export interface Explanation {
  decision: string;
  respond: string;
  /** Per step, the factors chosen there (a factor no longer in the deck is left out). */
  steps: { step: number; factors: { card: FactorCard; note: string; clientCanInfluence: boolean }[] }[];
  /** Each factor once: those the client can influence (at any step), then those they cannot. */
  canInfluence: ExplainedFactor[];
  cannotInfluence: ExplainedFactor[];
  factorCount: number;
}

/** What the explanation for the client says, built from the walk and the deck it was walked with. */
export function explanationOf(walk: Walk, cards: readonly Card[]): Explanation {
  const factors = new Map(
    cards.filter((card): card is FactorCard => card.kind === 'factor').map((card) => [card.id, card]),
  );
  const steps = WALK_STEPS.map((step) => ({
    step,
    factors: (walk.steps[step] ?? []).flatMap((f) => {
      const card = factors.get(f.cardId);
      return card ? [{ card, note: f.note.trim(), clientCanInfluence: f.clientCanInfluence }] : [];
    }),
  }));
  const byId = new Map<string, ExplainedFactor>();
  for (const { step, factors: chosen } of steps) {
    for (const f of chosen) {
      const seen = byId.get(f.card.id) ?? { card: f.card, clientCanInfluence: false, notes: [], steps: [] };
      seen.clientCanInfluence ||= f.clientCanInfluence;
      if (f.note && !seen.notes.includes(f.note)) seen.notes.push(f.note);
      seen.steps.push(step);
      byId.set(f.card.id, seen);
    }
  }
  const all = [...byId.values()];
  return {
    decision: walk.decision.trim(),
    respond: walk.respond.trim(),
    steps,
    canInfluence: all.filter((f) => f.clientCanInfluence),
    cannotInfluence: all.filter((f) => !f.clientCanInfluence),
    factorCount: all.length,
  };
}

/**
 * The reflection to close the walk with: a check on confirmation bias when what was known beforehand (step 0)
 * played a part, since the file read first is where one sees what one expected; otherwise the triple feedback
 * loop, to look back at the decision in layers.
 */
export function reflectionFor(walk: Walk, cards: readonly Card[]): ReflectionCard | null {
  const reflections = cards.filter((card): card is ReflectionCard => card.kind === 'reflection');
  const theme = (walk.steps[0]?.length ?? 0) > 0 ? 'confirmation-bias' : 'triple-feedback-loop';
  return (
    reflections.find((card) => card.theme === theme) ??
    reflections.find((card) => card.theme === 'triple-feedback-loop' || card.theme === 'confirmation-bias') ??
    null
  );
}

/** Whether a walk says enough to explain: a decision and at least one factor. */
export function isExplainable(walk: Walk): boolean {
  return walk.decision.trim() !== '' && walk.steps.some((factors) => factors.length > 0);
}
