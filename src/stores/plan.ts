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
import { commit, persistedStore, replace, setAsideStore, type Policy } from './persisted';
import type { WriteFailure, WriteResult } from './storage';

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

/** Why storage refused the last change made on the plan page (kept in this tab), or null. */
export const $planNotSaved = atom<WriteFailure | null>(null);

/**
 * Changes the steps as storage holds them now, through the one write path: an edit in another tab to
 * another step (or another field) is kept, never overwritten by this tab's older copy. When storage
 * refuses, an edit on the plan page stays in this tab, unsaved, and the page says so ('keep').
 */
function save(change: (steps: PlanStep[]) => PlanStep[], policy: Policy = 'keep'): WriteResult {
  const result = replace(
    $plan,
    (current) => ({ ok: true, steps: change(current?.ok ? current.steps : []) }),
    PLAN_ASIDE_KEY,
    policy,
  );
  if (policy === 'keep') $planNotSaved.set(result.ok ? null : result.reason);
  return result;
}

const newId = () => Date.now().toString(36) + Math.random().toString(36).slice(2, 6);

/**
 * Adds a next move to the plan (once while a step for its item is open), from another page than the plan:
 * when storage refuses, nothing changes (the plan page would not show a step kept in that tab alone).
 * Gives the step's id, or why it could not be saved.
 */
export function addToPlan(step: NewStep): { id?: string; notSaved?: WriteFailure } {
  if (planSteps().length >= MAX_STEPS) return {};
  const result = save(
    (steps) => (steps.length >= MAX_STEPS ? steps : addStep(steps, step, new Date(), newId())),
    'refuse',
  );
  if (!result.ok) return { notSaved: result.reason };
  const id = planSteps().find(
    (s) => s.rubric === step.rubric && s.item === step.item && s.status !== 'done' && s.status !== 'dropped',
  )?.id;
  return { id };
}

/**
 * Adds an item's next step from a results page: its next-level descriptor as the action and its look-fors as
 * the success indicator. Gives the step's id when the plan holds it, or why storage refused it.
 */
export function addFromResults(
  rubric: string,
  dimension: string,
  item: Item,
  step: ItemStep,
): { id?: string; notSaved?: WriteFailure } {
  if (step.next === null || step.nextDescriptor === null) return {};
  const from = typeof step.rating === 'number' ? step.rating : null;
  const indicator = item.kind === 'rated' ? (item.lookFors ?? []).join('; ') : '';
  const action = step.nextDescriptor;
  return addToPlan({ rubric, dimension, item: item.id, from, target: step.next, action, indicator });
}

/** Changes a step's fields. */
export function updateStep(id: string, edit: StepEdit): WriteResult {
  return save((steps) => editStep(steps, id, edit));
}

/** Moves a step one place up or down. */
export function shiftStep(id: string, by: -1 | 1): WriteResult {
  return save((steps) => moveStep(steps, id, by));
}

/** Removes a step, keeping it for undo. */
export function deleteStep(id: string): WriteResult {
  let removed: { step: PlanStep; index: number } | undefined;
  const result = save((steps) => {
    const outcome = removeStep(steps, id);
    removed = outcome.removed;
    return outcome.steps;
  });
  if (removed) $lastRemoved.set(removed);
  return result;
}

/** Puts the last removed step back. */
export function undoRemove(): void {
  const last = $lastRemoved.get();
  if (!last) return;
  save((steps) => restoreStep(steps, last));
  $lastRemoved.set(null);
}

/** Takes in the steps a file carried (a step already here by id is replaced by the file's). */
export function importSteps(steps: PlanStep[]): void {
  if (steps.length > 0) save((current) => mergeSteps(current, steps).slice(0, MAX_STEPS));
}

/** Starts the plan afresh after unreadable data (which is set aside first). */
export function startPlanOver(): void {
  save(() => []);
}

/** Deletes the set-aside plan data, once the person has it or no longer wants it. */
export function discardPlanAside(): void {
  commit($planAside, undefined, 'refuse');
}
