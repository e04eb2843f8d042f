/**
 * Workshop files: a whole workshop saved to a file, to carry it to another laptop or to merge several
 * sessions (a regional facilitator combining districts'). A file holds, as JSON:
 *
 *   { "format": "district-coaching-workshop", "version": 1, "exportedAt": "…", "rubricTitle": "…",
 *     "workshop": { …the stored workshop of ./index.ts… } }
 *
 * `version` is the stored workshop's version, so the migrations of stored workshops lift files too. Opening
 * one merges its responses into the workshop under way, each keeping the role its facilitator gave it;
 * responses with the same answers as one already there are recognised as duplicates (responseKey).
 * In anonymous mode the file is written without names: no district, typed role, role or notes, and each
 * school as its anonymous label.
 */
import type { Candidate } from './candidates';
import { anonymousSchools, schoolKey, schoolsOf } from './rollup';
import { readWorkshop } from './stored';
import { WORKSHOP_VERSION, type Workshop } from './types';

export const WORKSHOP_FILE_FORMAT = 'district-coaching-workshop';
/** The largest workshop file read: a full workshop (lib/limits.ts MAX_WORKSHOP_CHARS) with room to spare. */
export const MAX_WORKSHOP_FILE_BYTES = 4_194_304;

/** The workshop as anonymous mode exports it: no district, typed role, role or notes; schools by number. */
export function anonymised(workshop: Workshop, schoolLabel: (n: number) => string): Workshop {
  const numbers = new Map(anonymousSchools(schoolsOf(workshop.responses)).map((s) => [s.key, s.number]));
  return {
    ...workshop,
    responses: workshop.responses.map((response) => {
      const { school } = response.assessment;
      const assessment = { ...response.assessment, notes: {} };
      delete assessment.district;
      delete assessment.role;
      delete assessment.school;
      const number = numbers.get(schoolKey(school)) ?? 0;
      if (number > 0) assessment.school = schoolLabel(number);
      const anonymous = { ...response, assessment };
      delete anonymous.role;
      return anonymous;
    }),
  };
}

/** The text of a workshop file: pretty-printed JSON, ending with a line break. */
export function exportWorkshopJson(workshop: Workshop, rubricTitle: string, now = new Date()): string {
  const file = {
    format: WORKSHOP_FILE_FORMAT,
    version: WORKSHOP_VERSION,
    exportedAt: now.toISOString(),
    rubricTitle,
    workshop,
  };
  return `${JSON.stringify(file, null, 1)}\n`;
}

/** The file's name: "coaching-conditions-workshop-2026-11-23.json". */
export function workshopFileName(rubricId: string, now = new Date()): string {
  return `${rubricId}-workshop-${now.toISOString().slice(0, 10)}.json`;
}

/** True when the text looks like a workshop file (its format field), before it is read in full. */
export function isWorkshopFile(text: string): boolean {
  return text.slice(0, 200).includes(`"${WORKSHOP_FILE_FORMAT}"`);
}

/**
 * Reads a workshop file of `rubric` into responses to add, each named by the file, or one refusal: not a
 * workshop file, damaged ('file' with the reason), or another rubric's. Never throws.
 */
export function workshopFileCandidates(
  text: string,
  rubric: string,
  name: string,
  position = 1,
  total = 1,
): Candidate[] {
  const source = { kind: 'file' as const, position, total, name };
  const refuse = (code: 'not-ours' | 'shape' | 'newer'): Candidate[] => [
    { source, outcome: { ok: false, reason: 'file', fileError: { code } } },
  ];
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return refuse('not-ours');
  }
  if (typeof parsed !== 'object' || parsed === null) return refuse('not-ours');
  const file = parsed as { format?: unknown; version?: unknown; workshop?: { rubric?: unknown } };
  if (file.format !== WORKSHOP_FILE_FORMAT) return refuse('not-ours');
  const other = file.workshop?.rubric;
  if (typeof other === 'string' && other !== rubric)
    return [{ source, outcome: { ok: false, reason: 'other-rubric', rubricId: other } }];
  const read = readWorkshop(JSON.stringify({ version: file.version, workshop: file.workshop }), rubric);
  if (!read.ok) return refuse(read.problem === 'newer' ? 'newer' : 'shape');
  return read.workshop.responses.map((response) => ({
    source,
    outcome: {
      ok: true,
      assessment: response.assessment,
      rubricId: rubric,
      ...(response.role && { role: response.role }),
    },
  }));
}
