/**
 * The roll-up as CSV: one row per response and item (rated and count items, in content order), with the
 * response's number, school and role, written like every CSV of the site (lib/csv.ts: BOM, CRLF, cells that
 * could run as formulas neutralised). In anonymous mode the role column is left out and each school is
 * written as its anonymous number's label, so the file names no school and no role.
 */
import { answerCells, csvDocument } from '../csv';
import type { Rubric } from '../schema/rubric';
import { anonymousSchools, schoolKey, schoolsOf } from './rollup';
import type { WorkshopResponse } from './types';

export interface RollupCsvText {
  headers: {
    response: string;
    school: string;
    role: string;
    dimension: string;
    item: string;
    level: string;
    levelName: string;
  };
  /** The level column's word for "not sure" and for "does not apply". */
  unsure: string;
  na: string;
  /** The name of a role group (NO_ROLE included). */
  role: (key: string) => string;
  /** An anonymous school's label from its number ("School 3"). */
  anonymousSchool: (n: number) => string;
}

export function rollupCsv(
  rubric: Rubric,
  responses: readonly WorkshopResponse[],
  text: RollupCsvText,
  anonymous: boolean,
): string {
  const h = text.headers;
  const numbers = new Map(anonymousSchools(schoolsOf(responses)).map((s) => [s.key, s.number]));
  const schoolCell = (response: WorkshopResponse) => {
    if (!anonymous) return response.assessment.school?.trim() ?? '';
    const number = numbers.get(schoolKey(response.assessment.school)) ?? 0;
    return number === 0 ? '' : text.anonymousSchool(number);
  };
  const who = (response: WorkshopResponse) =>
    anonymous
      ? [String(response.number), schoolCell(response)]
      : [String(response.number), schoolCell(response), text.role(response.role ?? 'none')];
  const rows: string[][] = [
    [h.response, h.school, ...(anonymous ? [] : [h.role]), h.dimension, h.item, h.level, h.levelName],
  ];
  for (const response of responses) {
    const first = who(response);
    for (const dimension of rubric.dimensions)
      for (const item of dimension.items) {
        const [level, levelName] = answerCells(response.assessment, item, rubric, text);
        rows.push([...first, dimension.name, item.text, level, levelName]);
      }
  }
  return csvDocument(rows);
}
