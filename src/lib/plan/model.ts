/**
 * The district's plan: steps toward the next level of rubric items, across the three rubrics. Stored under
 * one key, "dcsa:plan", as (version 1):
 *
 *   { "version": 1,
 *     "steps": [ { "id": "m3k2a9", "rubric": "coaching-conditions", "dimension": "peer-collaboration",
 *                  "item": "peer-meetings", "from": 1, "target": 2,
 *                  "action": "Coaches meet monthly…", "owner": "Deputy superintendent",
 *                  "due": "2027-03-31", "indicator": "Meeting calendar; …", "status": "under-way",
 *                  "rerate": "2027-04-15", "notes": "", "addedAt": "2026-12-02T14:00:00.000Z" } ] }
 *
 * Steps are kept in the order the person gives them. `from` is the item's level when the step was added
 * (null when it had none), `target` the level the step aims for; dates are calendar days ("YYYY-MM-DD") or
 * empty. Reading never throws (see read.ts); unreadable data is set aside by the store, never overwritten.
 */
import type { Level } from '../levels';

export const PLAN_VERSION = 1;

export const STATUSES = ['not-started', 'under-way', 'done', 'dropped'] as const;
export type Status = (typeof STATUSES)[number];

export interface PlanStep {
  id: string;
  rubric: string;
  dimension: string;
  item: string;
  /** The item's level when the step was added, or null when it had none. */
  from: Level | null;
  /** The level the step aims for. */
  target: Level;
  action: string;
  owner: string;
  /** "YYYY-MM-DD" or "". */
  due: string;
  indicator: string;
  status: Status;
  /** When to rate the item again: "YYYY-MM-DD" or "". */
  rerate: string;
  notes: string;
  /** When the step was added (ISO 8601). */
  addedAt: string;
}

/** What a results page knows when a person adds a next move to the plan. */
export type NewStep = Pick<PlanStep, 'rubric' | 'dimension' | 'item' | 'from' | 'target' | 'action'> & {
  indicator?: string;
};

/** The fields a person edits on the plan page. */
export type StepEdit = Partial<
  Pick<PlanStep, 'action' | 'owner' | 'due' | 'indicator' | 'status' | 'rerate' | 'notes'>
>;

/** A new step at the end of the plan; a step still open for the same item is not added twice. */
export function addStep(steps: PlanStep[], step: NewStep, now: Date, id: string): PlanStep[] {
  const open = steps.some(
    (s) => s.rubric === step.rubric && s.item === step.item && s.status !== 'done' && s.status !== 'dropped',
  );
  if (open) return steps;
  return [
    ...steps,
    {
      id,
      ...step,
      indicator: step.indicator ?? '',
      owner: '',
      due: '',
      status: 'not-started',
      rerate: '',
      notes: '',
      addedAt: now.toISOString(),
    },
  ];
}

/** The plan with one step's fields changed. */
export function editStep(steps: PlanStep[], id: string, edit: StepEdit): PlanStep[] {
  return steps.map((s) => (s.id === id ? { ...s, ...edit } : s));
}

/**
 * The plan with a step moved one place up (-1) or down (+1) among the steps of its rubric, the way the page
 * shows them; unchanged at either end.
 */
export function moveStep(steps: PlanStep[], id: string, by: -1 | 1): PlanStep[] {
  const index = steps.findIndex((s) => s.id === id);
  if (index === -1) return steps;
  let to = index + by;
  while (to >= 0 && to < steps.length && steps[to]!.rubric !== steps[index]!.rubric) to += by;
  if (to < 0 || to >= steps.length) return steps;
  const copy = [...steps];
  [copy[index], copy[to]] = [copy[to]!, copy[index]!];
  return copy;
}

/** The plan without a step, and the step with its place (for undo). */
export function removeStep(
  steps: PlanStep[],
  id: string,
): { steps: PlanStep[]; removed?: { step: PlanStep; index: number } } {
  const index = steps.findIndex((s) => s.id === id);
  if (index === -1) return { steps };
  return { steps: steps.filter((s) => s.id !== id), removed: { step: steps[index]!, index } };
}

/** Puts a removed step back where it was. */
export function restoreStep(steps: PlanStep[], removed: { step: PlanStep; index: number }): PlanStep[] {
  if (steps.some((s) => s.id === removed.step.id)) return steps;
  const copy = [...steps];
  copy.splice(Math.min(removed.index, copy.length), 0, removed.step);
  return copy;
}

/** Steps from a file merged into the plan: a step with a known id replaces it, a new one goes at the end. */
export function mergeSteps(steps: PlanStep[], incoming: PlanStep[]): PlanStep[] {
  const byId = new Map(incoming.map((s) => [s.id, s]));
  const kept = steps.map((s) => byId.get(s.id) ?? s);
  const known = new Set(steps.map((s) => s.id));
  return [...kept, ...incoming.filter((s) => !known.has(s.id))];
}

/** Steps grouped by rubric (in the order given) or by due date (soonest first, undated last). */
export function groupSteps(
  steps: PlanStep[],
  by: 'rubric' | 'due',
  rubricOrder: readonly string[],
): { key: string; steps: PlanStep[] }[] {
  if (by === 'rubric')
    return rubricOrder
      .map((key) => ({ key, steps: steps.filter((s) => s.rubric === key) }))
      .filter((group) => group.steps.length > 0);
  const months = new Map<string, PlanStep[]>();
  const dated = steps.filter((s) => s.due !== '').sort((a, b) => a.due.localeCompare(b.due));
  for (const step of dated) {
    const month = step.due.slice(0, 7);
    months.set(month, [...(months.get(month) ?? []), step]);
  }
  const groups = [...months].map(([key, list]) => ({ key, steps: list }));
  const undated = steps.filter((s) => s.due === '');
  return undated.length > 0 ? [...groups, { key: '', steps: undated }] : groups;
}
