import { newSeed } from '../../domain/random';
import {
  decodePlanLink,
  offerPlan,
  planStepActions,
  readPlanFile,
  type PlanContent,
  type SavedPlan,
} from '../../domain/session-plan';
import { selectActiveDeck } from '../../state/deck-slice';
import { dispatchSession as dispatch } from '../../state/dispatch-session';
import { useAppStore } from '../../state/store';

/**
 * Runs one step of a plan: its format in the session (a new session when there is none; the players and an
 * open group session stay across steps), then the step's timer and cards, as session actions.
 */
export function runPlanStep(plan: PlanContent, index: number): void {
  const step = plan.steps[index];
  const state = useAppStore.getState();
  const deck = selectActiveDeck(state);
  if (!step || !deck) return;
  if (state.session) dispatch({ type: 'chooseFormat', format: step.format });
  else state.startSession(step.format);
  for (const action of planStepActions(step, deck.cards, newSeed())) dispatch(action);
  const { title, deckVersion, steps } = plan;
  useAppStore.getState().setPlanRun({ plan: { title, deckVersion, steps }, step: index });
  window.scrollTo?.(0, 0);
}

/** Reads a file the trainer chose as a plan and offers it (or says why it was refused). */
export async function offerPlanFile(file: File): Promise<void> {
  const deck = selectActiveDeck(useAppStore.getState());
  if (!deck) return;
  const read = file.size > 1_000_000 ? ({ ok: false, problem: 'tooLong' } as const) : readPlanFile(await file.text());
  useAppStore.getState().setPlanOffer(offerPlan(read, deck));
}

/** Offers a plan from the payload of an address. */
export function offerPlanLink(payload: string): void {
  const deck = selectActiveDeck(useAppStore.getState());
  if (deck) useAppStore.getState().setPlanOffer(offerPlan(decodePlanLink(payload), deck));
}

let planCount = 0;
/** A plan as it is kept on this device: an id of its own and when it was saved. */
export function keepPlan(plan: PlanContent, id: string | null = null): SavedPlan {
  const saved = {
    ...plan,
    id: id ?? `plan-${Date.now().toString(36)}-${(planCount++).toString(36)}`,
    savedAt: Date.now(),
  };
  useAppStore.getState().savePlan(saved);
  return saved;
}
