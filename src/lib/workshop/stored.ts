/** Reading and writing a stored workshop (the format is described in ./index.ts). */
import type { Assessment } from '../assessment';
import { migrateTo, type Migrations } from '../saved';
import { assessmentIssues, type Issue } from '../schema/assessment';
import { isIsoDate } from '../schema/date';
import {
  isCount,
  isLevel,
  MAX_DISSENT_LENGTH,
  MAX_RESPONSES,
  ROLES,
  WORKSHOP_VERSION,
  type Role,
  type Workshop,
  type WorkshopRead,
  type WorkshopResponse,
} from './types';

/** Steps from workshop version n (the key) to n + 1. Version 1 is the first shipped, so none yet. */
const MIGRATIONS: Migrations = {};

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isText = (value: unknown, max: number): value is string =>
  typeof value === 'string' && value.length <= max;

/** The problems with a stored workshop, empty when it is valid. */
function workshopIssues(value: unknown, rubric: string): Issue[] {
  const w = (value as { workshop?: unknown }).workshop;
  if (!isObject(w)) return [{ path: ['workshop'], message: 'expected an object' }];
  if (w.rubric !== rubric) return [{ path: ['workshop', 'rubric'], message: `expected "${rubric}"` }];
  if (!isIsoDate(w.startedAt)) return [{ path: ['workshop', 'startedAt'], message: 'expected a date' }];
  if (typeof w.revealed !== 'boolean')
    return [{ path: ['workshop', 'revealed'], message: 'expected true or false' }];
  if (w.anonymous !== undefined && typeof w.anonymous !== 'boolean')
    return [{ path: ['workshop', 'anonymous'], message: 'expected true or false' }];
  if (w.lastNumber !== undefined && (!Number.isInteger(w.lastNumber) || (w.lastNumber as number) < 0))
    return [{ path: ['workshop', 'lastNumber'], message: 'expected a whole number' }];
  if (!Array.isArray(w.responses) || w.responses.length > MAX_RESPONSES)
    return [{ path: ['workshop', 'responses'], message: 'expected a list' }];
  const numbers = new Set<number>();
  for (const [i, r] of w.responses.entries()) {
    const path = ['workshop', 'responses', i];
    if (!isObject(r)) return [{ path, message: 'expected an object' }];
    if (!isText(r.id, 40)) return [{ path: [...path, 'id'], message: 'expected an id' }];
    if (
      !Number.isInteger(r.number) ||
      (r.number as number) < 1 ||
      (w.lastNumber !== undefined && (r.number as number) > (w.lastNumber as number)) ||
      numbers.has(r.number as number)
    )
      return [{ path: [...path, 'number'], message: 'expected a number used once' }];
    numbers.add(r.number as number);
    if (!isIsoDate(r.addedAt)) return [{ path: [...path, 'addedAt'], message: 'expected a date' }];
    if (r.role !== undefined && !ROLES.includes(r.role as Role))
      return [{ path: [...path, 'role'], message: 'expected a role' }];
    const issues = assessmentIssues(r.assessment, [...path, 'assessment']);
    if (issues.length > 0) return issues;
    if ((r.assessment as Assessment).rubric !== rubric)
      return [{ path: [...path, 'assessment', 'rubric'], message: `expected "${rubric}"` }];
  }
  if (!isObject(w.consensus)) return [{ path: ['workshop', 'consensus'], message: 'expected an object' }];
  for (const [id, a] of Object.entries(w.consensus)) {
    const path = ['workshop', 'consensus', id.slice(0, 80)];
    if (id.length > 80 || !isObject(a)) return [{ path, message: 'expected an agreement' }];
    if (a.level !== undefined && !isLevel(a.level) && a.level !== 'unsure' && a.level !== 'na')
      return [{ path: [...path, 'level'], message: 'expected a level 0–4, "unsure" or "na"' }];
    if (a.count !== undefined && !isCount(a.count))
      return [{ path: [...path, 'count'], message: 'expected a whole number' }];
    if (a.dissent !== undefined && !isText(a.dissent, MAX_DISSENT_LENGTH))
      return [{ path: [...path, 'dissent'], message: 'expected a short text' }];
  }
  return [];
}

/** Only the fields a workshop has, so nothing unexpected rides along into storage. */
function cleanWorkshop(w: Workshop): Workshop {
  return {
    rubric: w.rubric,
    startedAt: w.startedAt,
    revealed: w.revealed,
    ...(w.lastNumber !== undefined && { lastNumber: w.lastNumber }),
    ...(w.anonymous === true && { anonymous: true }),
    responses: w.responses.map((r) => ({
      id: r.id,
      number: r.number,
      addedAt: r.addedAt,
      ...(r.role !== undefined && { role: r.role }),
      assessment: r.assessment,
    })),
    consensus: Object.fromEntries(
      Object.entries(w.consensus).map(([id, a]) => [
        id,
        {
          ...(a.level !== undefined && { level: a.level }),
          ...(a.count !== undefined && { count: a.count }),
          ...(a.dissent !== undefined && { dissent: a.dissent }),
        },
      ]),
    ),
  };
}

/** Parses a stored workshop of `rubric`, never throwing. */
export function readWorkshop(raw: string, rubric: string): WorkshopRead {
  try {
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch {
      return { ok: false, problem: 'corrupt', raw, detail: 'the saved text is not valid JSON' };
    }
    const migrated = migrateTo(parsed, WORKSHOP_VERSION, MIGRATIONS);
    if (!migrated.ok) return { ok: false, problem: migrated.problem, raw, detail: migrated.detail };
    const issue = workshopIssues(migrated.value, rubric)[0];
    if (issue)
      return {
        ok: false,
        problem: 'invalid',
        raw,
        detail: `its contents are not in the expected shape at ${issue.path.join('.')}`,
      };
    return { ok: true, workshop: cleanWorkshop((migrated.value as { workshop: Workshop }).workshop) };
  } catch {
    return { ok: false, problem: 'invalid', raw: String(raw), detail: 'it could not be read' };
  }
}

/**
 * The text of each list of responses already written. Editing a workshop makes a new list whenever a
 * response changes and keeps the list otherwise, so an agreement or a dissent typed on a board of a
 * thousand responses writes them without turning them into text again.
 */
const responsesText = new WeakMap<readonly WorkshopResponse[], string>();
/** Stands for the responses while the rest is written: JSON escapes a NUL, so no text can contain it. */
const RESPONSES = '\u0000responses';

/** The stored text of a workshop, in the current format. */
export function writeWorkshop(workshop: Workshop): string {
  let responses = responsesText.get(workshop.responses);
  if (responses === undefined) {
    responses = JSON.stringify(workshop.responses);
    responsesText.set(workshop.responses, responses);
  }
  const text = JSON.stringify({ version: WORKSHOP_VERSION, workshop: { ...workshop, responses: RESPONSES } });
  return text.replace(JSON.stringify(RESPONSES), () => responses);
}

/** A workshop with no responses yet, ratings hidden. */
export function emptyWorkshop(rubric: string, now = new Date()): Workshop {
  return {
    rubric,
    startedAt: now.toISOString(),
    revealed: false,
    lastNumber: 0,
    responses: [],
    consensus: {},
  };
}
