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

export type ReadResult = { ok: true; assessment: Assessment; migratedFrom?: number } | Unreadable;

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

/** Stored text that could not be read: why, and the text exactly as it was, to set aside and offer. */
export type Unreadable = { ok: false; problem: ReadProblem; raw: string; detail: string };

/** Says where a stored value's shape is wrong, for a notice: "its contents are not … at steps.0.due". */
export const shapeDetail = (path: readonly (string | number)[] = []): string =>
  `its contents are not in the expected shape${path.length > 0 ? ` at ${path.join('.')}` : ''}`;

/**
 * The one reader of versioned stored JSON (answers, snapshots, workshops, the plan): parses `raw`, lifts it
 * from any shipped version to `current` with `steps`, and lets `accept` check its shape and give the value,
 * or say what is wrong. Never throws: whatever it cannot read comes back raw, with the reason.
 */
export function readVersioned<T>(
  raw: string,
  current: number,
  steps: Migrations,
  accept: (value: Record<string, unknown>) => { ok: true; value: T } | { ok: false; detail: string },
): { ok: true; value: T; from: number } | Unreadable {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return { ok: false, problem: 'corrupt', raw, detail: 'the saved text is not valid JSON' };
  }
  try {
    const migrated = migrateTo(parsed, current, steps);
    if (!migrated.ok) return { ...migrated, raw };
    const accepted = accept(migrated.value as Record<string, unknown>);
    return accepted.ok
      ? { ok: true, value: accepted.value, from: migrated.from }
      : { ok: false, problem: 'invalid', raw, detail: accepted.detail };
  } catch {
    return { ok: false, problem: 'invalid', raw, detail: 'it could not be read' };
  }
}

/** Parses a stored string into an assessment for `rubric`, never throwing. */
export function readSavedAssessment(raw: string, rubric: string): ReadResult {
  const read = readVersioned(raw, ASSESSMENT_VERSION, MIGRATIONS, (value) => {
    const result = savedAssessmentSchema.safeParse(value);
    if (!result.success) return { ok: false, detail: shapeDetail(result.error.issues[0]?.path) };
    const { assessment } = result.data;
    return assessment.rubric === rubric
      ? { ok: true, value: assessment }
      : { ok: false, detail: `it belongs to another rubric ("${assessment.rubric}")` };
  });
  if (!read.ok) return read;
  return read.from === ASSESSMENT_VERSION
    ? { ok: true, assessment: read.value }
    : { ok: true, assessment: read.value, migratedFrom: read.from };
}

/** The string stored for an assessment, in the current format. */
export function writeSavedAssessment(assessment: Assessment): string {
  return JSON.stringify({ version: ASSESSMENT_VERSION, assessment });
}
