/**
 * The shape of an assessment wherever it leaves memory: saved in the browser, in files and in links.
 *
 * This check runs in the browser on every page that reads saved answers, so it is written out by hand
 * rather than with zod: zod's smallest build would add about 7 KB of gzipped JavaScript to every page,
 * close to a third of the questionnaire's budget. It answers in zod's result shape (`safeParse` with
 * `success`, `data`, `error.issues[].path`), and its rules mirror the Assessment type in lib/assessment.ts.
 */
import type { Assessment } from '../assessment';
import { MAX_COUNT, MAX_ID, MAX_LABEL, MAX_NOTE } from '../limits';
import { isIsoDate } from './date';

/** The version written today; older versions are migrated on read (see saved.ts). */
export const ASSESSMENT_VERSION = 1;

export interface Issue {
  path: (string | number)[];
  message: string;
}

export type SafeParse<T> = { success: true; data: T } | { success: false; error: { issues: Issue[] } };

const MAX_KEY = MAX_ID;
/** The short texts an assessment may carry about who answered. */
const LABELS = ['district', 'role', 'school'] as const;
const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isLevel = (value: unknown) => value === 0 || value === 1 || value === 2 || value === 3 || value === 4;
const isString = (max: number) => (value: unknown) => typeof value === 'string' && value.length <= max;

/** Checks a record whose keys are ids and whose values pass `valid`; notes the first bad entry. */
function checkRecord(
  value: unknown,
  path: (string | number)[],
  valid: (v: unknown) => boolean,
  what: string,
  issues: Issue[],
) {
  if (!isObject(value)) return issues.push({ path, message: 'expected an object' });
  for (const [key, entry] of Object.entries(value)) {
    if (key.length > MAX_KEY)
      return issues.push({ path: [...path, key.slice(0, 20)], message: 'id too long' });
    if (!valid(entry)) return issues.push({ path: [...path, key], message: `expected ${what}` });
  }
}

/** The problems with an assessment object, empty when it is valid. */
export function assessmentIssues(value: unknown, path: (string | number)[] = []): Issue[] {
  const issues: Issue[] = [];
  if (!isObject(value)) return [{ path, message: 'expected an object' }];
  if (!isString(MAX_KEY)(value.rubric))
    issues.push({ path: [...path, 'rubric'], message: 'expected a rubric id' });
  checkRecord(
    value.ratings,
    [...path, 'ratings'],
    (v) => isLevel(v) || v === 'unsure' || v === 'na',
    'a level 0–4, "unsure" or "na"',
    issues,
  );
  checkRecord(
    value.counts,
    [...path, 'counts'],
    (v) => Number.isInteger(v) && (v as number) >= 0 && (v as number) <= MAX_COUNT,
    'a whole number',
    issues,
  );
  checkRecord(
    value.notes,
    [...path, 'notes'],
    isString(MAX_NOTE),
    `a note of at most ${MAX_NOTE} characters`,
    issues,
  );
  if (value.targets !== undefined)
    checkRecord(value.targets, [...path, 'targets'], isLevel, 'a level 0–4', issues);
  for (const field of LABELS)
    if (value[field] !== undefined && !isString(MAX_LABEL)(value[field]))
      issues.push({ path: [...path, field], message: `expected text of at most ${MAX_LABEL} characters` });
  if (!isIsoDate(value.updatedAt))
    issues.push({ path: [...path, 'updatedAt'], message: 'expected an ISO 8601 date' });
  return issues;
}

/** Only the fields an assessment has, so nothing unexpected rides along into storage. */
function clean(value: Record<string, unknown>): Assessment {
  const a = value as unknown as Assessment;
  const result: Assessment = {
    rubric: a.rubric,
    ratings: { ...a.ratings },
    counts: { ...a.counts },
    notes: { ...a.notes },
    updatedAt: a.updatedAt,
  };
  if (a.targets !== undefined) result.targets = { ...a.targets };
  for (const field of LABELS) if (a[field] !== undefined) result[field] = a[field];
  return result;
}

/** An assessment on its own. */
export const assessmentSchema = {
  safeParse(value: unknown): SafeParse<Assessment> {
    const issues = assessmentIssues(value);
    return issues.length === 0
      ? { success: true, data: clean(value as Record<string, unknown>) }
      : { success: false, error: { issues } };
  },
};

/** The envelope every stored or exported assessment travels in: { version, assessment }. */
export const savedAssessmentSchema = {
  safeParse(value: unknown): SafeParse<{ version: typeof ASSESSMENT_VERSION; assessment: Assessment }> {
    if (!isObject(value))
      return { success: false, error: { issues: [{ path: [], message: 'expected an object' }] } };
    if (value.version !== ASSESSMENT_VERSION)
      return {
        success: false,
        error: { issues: [{ path: ['version'], message: `expected version ${ASSESSMENT_VERSION}` }] },
      };
    const issues = assessmentIssues(value.assessment, ['assessment']);
    return issues.length === 0
      ? {
          success: true,
          data: {
            version: ASSESSMENT_VERSION,
            assessment: clean(value.assessment as Record<string, unknown>),
          },
        }
      : { success: false, error: { issues } };
  },
};

export type SavedAssessment = { version: typeof ASSESSMENT_VERSION; assessment: Assessment };
