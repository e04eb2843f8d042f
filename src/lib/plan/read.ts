/** Reading and writing the stored plan (format in model.ts): never throws, says why when it cannot read. */
import { LEVELS } from '../levels';
import { MAX_DATE, MAX_ID, MAX_LABEL, MAX_NOTE } from '../limits';
import { migrateTo, type Migrations, type ReadProblem } from '../saved';
import { PLAN_VERSION, STATUSES, type PlanStep } from './model';

/** Steps from plan version n (the key) to n + 1. Version 1 is the first shipped, so none yet. */
const MIGRATIONS: Migrations = {};

/** Steps a plan holds at most: far more than any district plans, few enough to keep storage for answers. */
export const MAX_STEPS = 500;

export type PlanRead =
  { ok: true; steps: PlanStep[] } | { ok: false; problem: ReadProblem; raw: string; detail: string };

const DAY = /^(\d{4}-\d{2}-\d{2})?$/;
const isLevel = (value: unknown) => (LEVELS as readonly unknown[]).includes(value);
const isText = (value: unknown, max: number) => typeof value === 'string' && value.length <= max;

/** The first field of a step that is not as it should be, or null. */
function stepProblem(value: unknown): string | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return '';
  const s = value as Record<string, unknown>;
  for (const field of ['id', 'rubric', 'dimension', 'item'])
    if (!isText(s[field], MAX_ID) || s[field] === '') return field;
  if (!(s.from === null || isLevel(s.from))) return 'from';
  if (!isLevel(s.target)) return 'target';
  for (const [field, max] of [
    ['action', MAX_NOTE],
    ['indicator', MAX_NOTE],
    ['notes', MAX_NOTE],
    ['owner', MAX_LABEL],
    ['addedAt', MAX_DATE],
  ] as const)
    if (!isText(s[field], max)) return field;
  for (const field of ['due', 'rerate'])
    if (typeof s[field] !== 'string' || !DAY.test(s[field])) return field;
  if (!(STATUSES as readonly unknown[]).includes(s.status)) return 'status';
  return null;
}

/** The problem with a parsed plan object (of the current version), or null when it is valid. */
export function planProblem(value: unknown): string | null {
  const steps = (value as { steps?: unknown }).steps;
  if (!Array.isArray(steps) || steps.length > MAX_STEPS) return 'steps';
  const ids = new Set<string>();
  for (const [i, step] of steps.entries()) {
    const field = stepProblem(step);
    if (field !== null) return `steps.${i}${field && `.${field}`}`;
    const { id } = step as PlanStep;
    if (ids.has(id)) return `steps.${i}.id`;
    ids.add(id);
  }
  return null;
}

/** The fields of a step, in the format's order. */
const FIELDS = [
  'id',
  'rubric',
  'dimension',
  'item',
  'from',
  'target',
  'action',
  'owner',
  'due',
  'indicator',
  'status',
  'rerate',
  'notes',
  'addedAt',
] as const satisfies readonly (keyof PlanStep)[];

/** Only the fields of the format, in its order, whatever else the object held. */
function clean(step: PlanStep): PlanStep {
  return Object.fromEntries(FIELDS.map((field) => [field, step[field]])) as unknown as PlanStep;
}

/** Reads a parsed plan envelope ({ version, steps }) of any shipped version. */
export function readPlanValue(
  value: unknown,
): { ok: true; steps: PlanStep[] } | { ok: false; problem: ReadProblem; detail: string } {
  const migrated = migrateTo(value, PLAN_VERSION, MIGRATIONS);
  if (!migrated.ok) return migrated;
  const where = planProblem(migrated.value);
  if (where !== null)
    return {
      ok: false,
      problem: 'invalid',
      detail: `its contents are not in the expected shape at ${where}`,
    };
  return { ok: true, steps: (migrated.value as { steps: PlanStep[] }).steps.map(clean) };
}

/** Parses the stored plan, never throwing. */
export function readPlan(raw: string): PlanRead {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return { ok: false, problem: 'corrupt', raw, detail: 'the saved text is not valid JSON' };
  }
  const read = readPlanValue(parsed);
  return read.ok ? read : { ...read, raw };
}

/** The envelope of a plan, as stored and as carried in exported files. */
export function planEnvelope(steps: PlanStep[]): { version: number; steps: PlanStep[] } {
  return { version: PLAN_VERSION, steps };
}

/** The stored text of a plan. */
export function writePlan(steps: PlanStep[]): string {
  return JSON.stringify(planEnvelope(steps));
}
