/**
 * Schools as participants type them: one key per school whatever its case and spacing, and the names already
 * used. Apart from ./rollup.ts because the board's list of responses needs only this, at start.
 */
import type { WorkshopResponse } from './types';

/** The group of responses that gave no school. */
export const NO_SCHOOL = '';

/** A school as the roll-up shows it: the key responses are grouped by, the name shown, how many answered. */
export interface SchoolGroup {
  /** The name in lower case with its spaces tidied ('' for the responses without one). */
  key: string;
  /** The name as first typed. */
  label: string;
  responses: number;
}

/** The grouping key of a school's name: case and spacing do not make two schools. */
export function schoolKey(name: string | undefined): string {
  return (name ?? '').normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
}

/** The schools of a set of responses, each with its first spelling and its number of responses. */
export function schoolsOf(responses: readonly WorkshopResponse[]): SchoolGroup[] {
  const groups = new Map<string, SchoolGroup>();
  for (const response of responses) {
    const key = schoolKey(response.assessment.school);
    const group = groups.get(key);
    if (group) group.responses++;
    else groups.set(key, { key, label: response.assessment.school?.trim() ?? '', responses: 1 });
  }
  return [...groups.values()].sort(
    (a, b) =>
      Number(a.key === NO_SCHOOL) - Number(b.key === NO_SCHOOL) ||
      a.label.localeCompare(b.label) ||
      (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );
}

/** The names offered when a school is typed: every school already named, in order, once each. */
export function schoolNames(responses: readonly WorkshopResponse[]): string[] {
  return schoolsOf(responses)
    .filter((s) => s.key !== NO_SCHOOL)
    .map((s) => s.label);
}
