/**
 * Reading and writing saved assessments. One localStorage key per rubric,
 * "dcsa:assessment:<rubric>", holds JSON of this shape (version 1):
 *
 *   { "version": 1,
 *     "assessment": { "rubric": "coaching-conditions",
 *                     "ratings": { "peer-meetings": 3, "peer-feedback": "unsure" },
 *                     "counts":  { "schools-per-coach": 2 },
 *                     "notes":   { "peer-meetings": "Monthly network since 2025" },
 *                     "updatedAt": "2026-11-23T14:02:00.000Z" } }
 *
 * Lifecycle: written on every change; read when a page loads and whenever another tab writes it.
 * Migration: MIGRATIONS holds one step for every version ever shipped, lifting it to the next; old objects
 * are migrated on read and written back in the current version on the next change. Anything unreadable
 * (broken JSON, a wrong shape, or a version newer than this site knows) is never overwritten: the reader
 * returns it raw so the app can set it aside, say what is wrong and offer it for download.
 */
import type { Assessment } from './assessment';
import { ASSESSMENT_VERSION, savedAssessmentSchema } from './schema/assessment';

export type ReadProblem = 'corrupt' | 'invalid' | 'newer';

export type ReadResult =
  | { ok: true; assessment: Assessment; migratedFrom?: number }
  | { ok: false; problem: ReadProblem; raw: string; detail: string };

/** Steps from version n (the key) to n + 1. Version 1 is the first shipped, so none yet. */
const MIGRATIONS: Migrations = {};

function versionOf(value: unknown): number | null {
  if (typeof value !== 'object' || value === null) return null;
  const version = (value as { version?: unknown }).version;
  return typeof version === 'number' && Number.isInteger(version) && version > 0 ? version : null;
}

/** Steps that lift a stored object from version n (the key) to n + 1. */
export type Migrations = Record<number, (old: Record<string, unknown>) => Record<string, unknown>>;

export type Migrated =
  { ok: true; value: unknown; from: number } | { ok: false; problem: ReadProblem; detail: string };

/** Brings a parsed object of any shipped version up to `current` using `steps`, or says why it cannot. */
export function migrateTo(value: unknown, current: number, steps: Migrations): Migrated {
  const from = versionOf(value);
  if (from === null) return { ok: false, problem: 'invalid', detail: 'it has no format version' };
  if (from > current)
    return {
      ok: false,
      problem: 'newer',
      detail: `it was saved by a newer version of this site (format ${from}; this one reads up to ${current})`,
    };
  let lifted = value as Record<string, unknown>;
  for (let version = from; version < current; version++) {
    const step = steps[version];
    if (!step)
      return { ok: false, problem: 'invalid', detail: `format ${version} is not one this site ever used` };
    lifted = { ...step(lifted), version: version + 1 };
  }
  return { ok: true, value: lifted, from };
}

/** Brings a parsed assessment envelope of any shipped version up to the current one. */
export function migrate(value: unknown): Migrated {
  return migrateTo(value, ASSESSMENT_VERSION, MIGRATIONS);
}

/** Parses a stored string into an assessment for `rubric`, never throwing. */
export function readSavedAssessment(raw: string, rubric: string): ReadResult {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return { ok: false, problem: 'corrupt', raw, detail: 'the saved text is not valid JSON' };
  }
  const migrated = migrate(parsed);
  if (!migrated.ok) return { ok: false, problem: migrated.problem, raw, detail: migrated.detail };
  const result = savedAssessmentSchema.safeParse(migrated.value);
  if (!result.success) {
    const issue = result.error.issues[0];
    const where = issue?.path.length ? ` at ${issue.path.join('.')}` : '';
    return {
      ok: false,
      problem: 'invalid',
      raw,
      detail: `its contents are not in the expected shape${where}`,
    };
  }
  const assessment = result.data.assessment;
  if (assessment.rubric !== rubric)
    return {
      ok: false,
      problem: 'invalid',
      raw,
      detail: `it belongs to another rubric ("${assessment.rubric}")`,
    };
  return migrated.from === ASSESSMENT_VERSION
    ? { ok: true, assessment }
    : { ok: true, assessment, migratedFrom: migrated.from };
}

/** The string stored for an assessment, in the current format. */
export function writeSavedAssessment(assessment: Assessment): string {
  return JSON.stringify({ version: ASSESSMENT_VERSION, assessment });
}
