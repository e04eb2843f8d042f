/**
 * The district's plan (key "dcsa:plan", format in lib/plan/model.ts) and the actions on it. Unreadable data
 * is never overwritten: the first write over it moves it to "dcsa:set-aside:plan". A removed step can be put
 * back until the next removal.
 */
import { atom } from 'nanostores';
import type { ItemStep } from '../lib/growth';
import type { Item } from '../lib/schema/rubric';
import {
  addStep,
  editStep,
  mergeSteps,
  moveStep,
  removeStep,
  restoreStep,
  type NewStep,
  type PlanStep,
  type StepEdit,
} from '../lib/plan/model';
import { MAX_STEPS, readPlan, writePlan, type PlanRead } from '../lib/plan/read';
import { commit, persistedStore, replace, setAsideStore } from './persisted';

export const PLAN_KEY = 'dcsa:plan';
export const PLAN_ASIDE_KEY = 'dcsa:set-aside:plan';

/** The stored plan: null when nothing was ever saved. */
export const $plan = persistedStore<PlanRead>(PLAN_KEY, readPlan, (value) => writePlan(value.steps));

/** Unreadable plan data that was moved out of the way, as its raw text. */
export const $planAside = setAsideStore(PLAN_ASIDE_KEY);

/** The last removed step, for "Undo". */
export const $lastRemoved = atom<{ step: PlanStep; index: number } | null>(null);

/** The readable steps (none while the plan is unreadable). */
export function planSteps(): PlanStep[] {
  const value = $plan.get();
  return value?.ok ? value.steps : [];
}

/** Saves the steps through the one write path: when storage refuses, they stay in this tab, unsaved. */
function save(steps: PlanStep[]): void {
  replace($plan, () => ({ ok: true, steps }), PLAN_ASIDE_KEY, 'keep');
}

const newId = () => Date.now().toString(36) + Math.random().toString(36).slice(2, 6);

/** Adds a next move to the plan (once while a step for its item is open); returns the step's id. */
export function addToPlan(step: NewStep): string | undefined {
  const steps = planSteps();
  if (steps.length >= MAX_STEPS) return undefined;
  const next = addStep(steps, step, new Date(), newId());
  if (next !== steps) save(next);
  return next.find(
    (s) => s.rubric === step.rubric && s.item === step.item && s.status !== 'done' && s.status !== 'dropped',
  )?.id;
}

/**
 * Adds an item's next step from a results page: its next-level descriptor as the action and its look-fors as
 * the success indicator. True when the plan holds it.
 */
export function addFromResults(rubric: string, dimension: string, item: Item, step: ItemStep): boolean {
  if (step.next === null || step.nextDescriptor === null) return false;
  const from = typeof step.rating === 'number' ? step.rating : null;
  const indicator = item.kind === 'rated' ? (item.lookFors ?? []).join('; ') : '';
  const action = step.nextDescriptor;
  return (
    addToPlan({ rubric, dimension, item: item.id, from, target: step.next, action, indicator }) !== undefined
  );
}

/** Changes a step's fields. */
export function updateStep(id: string, edit: StepEdit): void {
  save(editStep(planSteps(), id, edit));
}

/** Moves a step one place up or down. */
export function shiftStep(id: string, by: -1 | 1): void {
  save(moveStep(planSteps(), id, by));
}

/** Removes a step, keeping it for undo. */
export function deleteStep(id: string): void {
  const { steps, removed } = removeStep(planSteps(), id);
  if (!removed) return;
  save(steps);
  $lastRemoved.set(removed);
}

/** Puts the last removed step back. */
export function undoRemove(): void {
  const last = $lastRemoved.get();
  if (!last) return;
  save(restoreStep(planSteps(), last));
  $lastRemoved.set(null);
}

/** Takes in the steps a file carried (a step already here by id is replaced by the file's). */
export function importSteps(steps: PlanStep[]): void {
  if (steps.length > 0) save(mergeSteps(planSteps(), steps).slice(0, MAX_STEPS));
}

/** Starts the plan afresh after unreadable data (which is set aside first). */
export function startPlanOver(): void {
  save([]);
}

/** Deletes the set-aside plan data, once the person has it or no longer wants it. */
export function discardPlanAside(): void {
  commit($planAside, undefined, 'refuse');
}
