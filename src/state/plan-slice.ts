import type { StateCreator } from 'zustand';

import type { PlanContent, PlanOffer, SavedPlan } from '../domain/session-plan';
import type { AppState } from './store';

export const MAX_PLANS = 50;

/** The trainer's session plans (draaiboeken) on this device, the one being run, and one just opened. */
export interface PlanSlice {
  plans: SavedPlan[];
  /** The plan the console runs and the step it is at; null when no plan runs. */
  planRun: { plan: PlanContent; step: number } | null;
  /** A plan opened from an address or a file, waiting for the trainer; not kept after a reload. */
  planOffer: PlanOffer | null;
  /** Keeps a plan: replaces the one with the same id, or adds it first. */
  savePlan: (plan: SavedPlan) => void;
  deletePlan: (id: string) => void;
  setPlanRun: (run: PlanSlice['planRun']) => void;
  setPlanOffer: (offer: PlanOffer | null) => void;
}

export const createPlanSlice: StateCreator<AppState, [], [], PlanSlice> = (set) => ({
  plans: [],
  planRun: null,
  planOffer: null,
  savePlan: (plan) =>
    set((s) => ({
      plans: s.plans.some((p) => p.id === plan.id)
        ? s.plans.map((p) => (p.id === plan.id ? plan : p))
        : [plan, ...s.plans].slice(0, MAX_PLANS),
    })),
  deletePlan: (id) => set((s) => ({ plans: s.plans.filter((p) => p.id !== id) })),
  setPlanRun: (planRun) => set({ planRun }),
  setPlanOffer: (planOffer) => set({ planOffer }),
});
