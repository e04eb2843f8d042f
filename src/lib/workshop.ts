/**
 * Workshops: a team's responses to one rubric, gathered on the facilitator's device, revealed all at once,
 * and agreed item by item. No server is involved: a response is a participant's share link (or code, or
 * exported file), read with the same decoder as any other. Stored per rubric under
 * "dcsa:workshop:<rubric>" as (version 1):
 *
 *   { "version": 1,
 *     "workshop": {
 *       "rubric": "coaching-conditions",
 *       "startedAt": "2026-11-23T14:00:00.000Z",
 *       "revealed": false,
 *       "lastNumber": 1,
 *       "responses": [ { "id": "m3k9x2ab", "number": 1, "addedAt": "2026-11-23T14:05:00.000Z",
 *                        "role": "principal",
 *                        "assessment": { …the assessment shape of lib/saved.ts… } } ],
 *       "consensus": { "peer-meetings": { "level": 2, "dissent": "Two principals see it at 3" },
 *                      "schools-per-coach": { "count": 2 } } } }
 *
 * - `revealed`: whether the ratings are on the board. Until then the board renders none of them.
 * - `responses[].number`: given in the order responses arrive and never reused (`lastNumber` is the last one
 *   given; when absent, the highest number present), so "response 7" names the same person's answers for
 *   the whole session, even after removals.
 * - `responses[].role`: one of ROLES, chosen by the facilitator for the breakdown by role; absent when unknown.
 * - `consensus`: by item id, the level (or "unsure") or number the team agreed on, and any dissent in words.
 *
 * Lifecycle: started on /team/<rubric>/; changed by every action there and by "Add to the current workshop"
 * on a results page opened from a response link; removed by "Reset". Migration: as for saved assessments
 * (lib/saved.ts): one step for every version ever shipped; version 1 is the first, so there are none yet.
 * Reading never throws; unreadable data is reported, never overwritten (the store sets it aside).
 */
import type { Assessment, Rating } from './assessment';
import { MAX_PROFILE_LENGTH } from './assessment';
import { importAssessmentJson, type ImportError } from './files';
import type { Level } from './levels';
import { migrateTo, type Migrations, type ReadProblem } from './saved';
import { assessmentIssues, type Issue } from './schema/assessment';
import type { RubricOutline } from './schema/rubric';
import { levelOf, mean, scoreDimension } from './scoring';
import type { RubricEntry, ShareCodeErrorCode } from './share-code';

export const WORKSHOP_VERSION = 1;

/** Steps from workshop version n (the key) to n + 1. Version 1 is the first shipped, so none yet. */
const MIGRATIONS: Migrations = {};

/** The roles a response may be given, for the breakdown by role. */
export const ROLES = ['principal', 'district-staff', 'coach', 'other'] as const;
export type Role = (typeof ROLES)[number];

/** The group of responses that have no role, in a breakdown by role. */
export const NO_ROLE = 'none';

/** Most responses one workshop keeps: far above any room, well below what browser storage holds. */
export const MAX_RESPONSES = 1000;

/** Longest dissent note kept. */
export const MAX_DISSENT_LENGTH = 2000;

/** Ratings that spread by this many levels or more mark an item for discussion. */
export const DISCUSS_SPREAD = 2;

export interface WorkshopResponse {
  /** Stable id, for removing or changing this response. */
  id: string;
  /** 1, 2, 3… in the order responses arrived; never reused within a workshop. */
  number: number;
  /** When the response was added (ISO 8601). */
  addedAt: string;
  role?: Role;
  /** The participant's answers, exactly as their link or file carried them. */
  assessment: Assessment;
}

/** What the team agreed on for one item. */
export interface Agreement {
  /** The agreed level of a rated item, or "unsure" when the team agrees it cannot say. */
  level?: Rating;
  /** The agreed number of a count item. */
  count?: number;
  /** Who saw it differently, and why, in the facilitator's words. */
  dissent?: string;
}

export interface Workshop {
  rubric: string;
  startedAt: string;
  revealed: boolean;
  /** The number given to the latest response (the next gets lastNumber + 1); absent, the highest present. */
  lastNumber?: number;
  responses: WorkshopResponse[];
  consensus: Record<string, Agreement>;
}

export type WorkshopRead =
  { ok: true; workshop: Workshop } | { ok: false; problem: ReadProblem; raw: string; detail: string };

// ---------------------------------------------------------------------------------------------------------
// Reading and writing

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isText = (value: unknown, max: number): value is string =>
  typeof value === 'string' && value.length <= max;
const isLevel = (value: unknown): value is Level =>
  value === 0 || value === 1 || value === 2 || value === 3 || value === 4;
const isCount = (value: unknown): value is number =>
  Number.isInteger(value) && (value as number) >= 0 && (value as number) <= 100_000;

/** The problems with a stored workshop, empty when it is valid. */
function workshopIssues(value: unknown, rubric: string): Issue[] {
  const w = (value as { workshop?: unknown }).workshop;
  if (!isObject(w)) return [{ path: ['workshop'], message: 'expected an object' }];
  if (w.rubric !== rubric) return [{ path: ['workshop', 'rubric'], message: `expected "${rubric}"` }];
  if (!isText(w.startedAt, 40)) return [{ path: ['workshop', 'startedAt'], message: 'expected a date' }];
  if (typeof w.revealed !== 'boolean')
    return [{ path: ['workshop', 'revealed'], message: 'expected true or false' }];
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
    if (!isText(r.addedAt, 40)) return [{ path: [...path, 'addedAt'], message: 'expected a date' }];
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
    if (a.level !== undefined && !isLevel(a.level) && a.level !== 'unsure')
      return [{ path: [...path, 'level'], message: 'expected a level 0–4 or "unsure"' }];
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

/** The stored text of a workshop, in the current format. */
export function writeWorkshop(workshop: Workshop): string {
  return JSON.stringify({ version: WORKSHOP_VERSION, workshop });
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

// ---------------------------------------------------------------------------------------------------------
// Responses: refusing what cannot be added, adding the rest (lib/response-batch.ts reads them)

/** Why a response was not added. */
export type RefusalReason =
  /** The share code could not be read (the codes of lib/share-code.ts). */
  | ShareCodeErrorCode
  /** A link to a page of the site that carries no response (the questionnaire, or results without #r=). */
  | 'no-code'
  /** A file (or pasted JSON) that could not be imported; `fileError` says why. */
  | 'file'
  /** A readable response to another rubric; `rubricId` says which. */
  | 'other-rubric'
  /** The same ratings, counts and notes as a response already added; `duplicateOf` is its number. */
  | 'duplicate'
  /** The workshop already holds MAX_RESPONSES responses. */
  | 'full';

/** Where a response came from, to name it in a message ("Response 3 of 5", "“bob.json”"). */
export type ResponseSource =
  | { kind: 'paste'; position: number; total: number; snippet: string }
  | { kind: 'file'; position: number; total: number; name: string }
  | { kind: 'link' };

export type ReadOutcome =
  | { ok: true; assessment: Assessment; rubricId: string }
  | { ok: false; reason: RefusalReason; fileError?: ImportError };

/** A response as read, before it is checked against the workshop. */
export interface Candidate {
  source: ResponseSource;
  outcome: ReadOutcome;
}

export interface Refusal {
  source: ResponseSource;
  reason: RefusalReason;
  /** For 'other-rubric': the rubric the response belongs to. */
  rubricId?: string;
  /** For 'duplicate': the number of the response it repeats. */
  duplicateOf?: number;
  /** For 'file': why the importer refused it. */
  fileError?: ImportError;
  /** For 'duplicate': the answers, so the facilitator can add them anyway (two people can agree exactly). */
  assessment?: Assessment;
}

/**
 * Reads every response in pasted text (links or codes with any separators, or one exported file's JSON)
 * against the site's rubrics, naming each by its position. Never throws. The decoder loads on first use
 * (see lib/response-batch.ts).
 */
export async function readResponseText(
  text: string,
  registry: readonly RubricEntry[],
  now = new Date(),
): Promise<Candidate[]> {
  const { readBatch } = await import('./response-batch');
  return readBatch(text, registry, now);
}

/** Reads one exported file (its name and text) as a response; position and total name it in a batch. */
export function readResponseFile(
  name: string,
  text: string,
  registry: readonly RubricEntry[],
  position = 1,
  total = 1,
): Candidate {
  const result = importAssessmentJson(text, registry);
  return {
    source: { kind: 'file', position, total, name },
    outcome: result.ok
      ? { ok: true, assessment: result.assessment, rubricId: result.rubricId }
      : { ok: false, reason: 'file', fileError: result.error },
  };
}

function sortedEntries<T>(record: Record<string, T>): [string, T][] {
  return Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * What makes two responses the same: their ratings, counts and notes (not the link's text, nor when it was
 * made, nor targets, district or role). The same link pasted twice, or a link and its exported file, match.
 */
export function responseKey(assessment: Pick<Assessment, 'ratings' | 'counts' | 'notes'>): string {
  return JSON.stringify([
    sortedEntries(assessment.ratings),
    sortedEntries(assessment.counts),
    sortedEntries(assessment.notes),
  ]);
}

/** The response already in the workshop with the same answers, if any. */
export function findDuplicate(workshop: Workshop, assessment: Assessment): WorkshopResponse | undefined {
  const key = responseKey(assessment);
  return workshop.responses.find((r) => responseKey(r.assessment) === key);
}

/** A likely role from the role a participant typed ("Principal, Lakeview Elementary" is a principal). */
export function guessRole(text: string | undefined): Role | undefined {
  if (!text) return undefined;
  const lower = text.toLowerCase();
  if (/principal|head ?teacher|school leader/.test(lower)) return 'principal';
  if (/superintendent|director|district|central office|chief|officer/.test(lower)) return 'district-staff';
  if (/coach/.test(lower)) return 'coach';
  return undefined;
}

export interface AddOptions {
  now?: Date;
  /** Makes a new response id; the default is random enough for one device. */
  newId?: () => string;
  /** Adds duplicates too (after the facilitator confirmed two people answered exactly alike). */
  allowDuplicates?: boolean;
}

export interface BatchResult {
  workshop: Workshop;
  /** Numbers of the responses added, in order. */
  added: number[];
  refused: Refusal[];
}

const randomId = () => Date.now().toString(36) + Math.random().toString(36).slice(2, 8);

/**
 * Adds the readable responses of a batch to the workshop and lists the others with the reason each was
 * refused: unreadable, for another rubric, a duplicate (of a response already added or earlier in the
 * same batch), or over the limit. One refusal never stops the rest of the batch.
 */
export function addResponses(
  workshop: Workshop,
  candidates: Candidate[],
  options: AddOptions = {},
): BatchResult {
  const now = (options.now ?? new Date()).toISOString();
  const newId = options.newId ?? randomId;
  const responses = [...workshop.responses];
  const keys = new Map(responses.map((r) => [responseKey(r.assessment), r.number]));
  let number = workshop.lastNumber ?? responses.reduce((max, r) => Math.max(max, r.number), 0);
  const added: number[] = [];
  const refused: Refusal[] = [];
  for (const { source, outcome } of candidates) {
    if (!outcome.ok) {
      refused.push({
        source,
        reason: outcome.reason,
        ...(outcome.fileError && { fileError: outcome.fileError }),
      });
      continue;
    }
    if (outcome.rubricId !== workshop.rubric) {
      refused.push({ source, reason: 'other-rubric', rubricId: outcome.rubricId });
      continue;
    }
    const key = responseKey(outcome.assessment);
    const earlier = keys.get(key);
    if (earlier !== undefined && !options.allowDuplicates) {
      refused.push({ source, reason: 'duplicate', duplicateOf: earlier, assessment: outcome.assessment });
      continue;
    }
    if (responses.length >= MAX_RESPONSES) {
      refused.push({ source, reason: 'full' });
      continue;
    }
    number++;
    const role = guessRole(outcome.assessment.role);
    responses.push({
      id: newId(),
      number,
      addedAt: now,
      ...(role && { role }),
      assessment: { ...outcome.assessment, rubric: workshop.rubric },
    });
    if (earlier === undefined) keys.set(key, number);
    added.push(number);
  }
  return {
    workshop: added.length > 0 ? { ...workshop, lastNumber: number, responses } : workshop,
    added,
    refused,
  };
}

/** Removes a response. */
export function removeResponse(workshop: Workshop, id: string): Workshop {
  return { ...workshop, responses: workshop.responses.filter((r) => r.id !== id) };
}

/** Gives a response a role, or takes it away with undefined. */
export function setResponseRole(workshop: Workshop, id: string, role: Role | undefined): Workshop {
  return {
    ...workshop,
    responses: workshop.responses.map((r) => {
      if (r.id !== id) return r;
      const copy = { ...r };
      if (role === undefined) delete copy.role;
      else copy.role = role;
      return copy;
    }),
  };
}

/** Shows or hides the ratings on the board. */
export function setRevealed(workshop: Workshop, revealed: boolean): Workshop {
  return { ...workshop, revealed };
}

function withAgreement(workshop: Workshop, itemId: string, change: Partial<Agreement>): Workshop {
  const next: Agreement = { ...workshop.consensus[itemId], ...change };
  for (const key of ['level', 'count', 'dissent'] as const) if (next[key] === undefined) delete next[key];
  const consensus = { ...workshop.consensus };
  if (Object.keys(next).length === 0) delete consensus[itemId];
  else consensus[itemId] = next;
  return { ...workshop, consensus };
}

/** Records the level the team agreed on for a rated item, or clears it with undefined. */
export function setAgreedLevel(workshop: Workshop, itemId: string, level: Rating | undefined): Workshop {
  return withAgreement(workshop, itemId, { level });
}

/** Records the number the team agreed on for a count item, or clears it with undefined. */
export function setAgreedCount(workshop: Workshop, itemId: string, count: number | undefined): Workshop {
  return withAgreement(workshop, itemId, {
    count: count !== undefined && isCount(count) ? count : undefined,
  });
}

/** Records who disagreed and why (a blank note removes it). */
export function setDissent(workshop: Workshop, itemId: string, dissent: string): Workshop {
  const text = dissent.slice(0, MAX_DISSENT_LENGTH);
  return withAgreement(workshop, itemId, { dissent: text.trim() === '' ? undefined : text });
}

// ---------------------------------------------------------------------------------------------------------
// Aggregation

/** How a group of responses rated one thing. `levels`, `unsure` and `unanswered` add up to `responses`. */
export interface Distribution {
  /** How many responses are at each level, 0 to 4. */
  levels: [number, number, number, number, number];
  /** Responses marked "Not sure". */
  unsure: number;
  /** Responses with no answer. */
  unanswered: number;
  /** Every response counted. */
  responses: number;
  /** The middle level (the mean of the two middle ones for an even count); null when no level was given. */
  median: number | null;
  mean: number | null;
  /** Highest level minus lowest level given; null when no level was given. */
  spread: number | null;
  /** True when the levels spread by DISCUSS_SPREAD or more: the team should talk it through. */
  discuss: boolean;
}

export interface ItemAggregate extends Distribution {
  itemId: string;
  /** The same, by role group (see Aggregate.roles); empty without a breakdown. */
  byRole: Record<string, Distribution>;
}

/** The numbers given for a count item (e.g. schools per coach). */
export interface CountSummary {
  itemId: string;
  answered: number;
  unanswered: number;
  median: number | null;
  mean: number | null;
  min: number | null;
  max: number | null;
}

/**
 * A dimension, counting each response at the level its dimension score reaches (the scoring rule of
 * lib/scoring.ts); median and mean are of those scores. A response with only "Not sure" answers in the
 * dimension counts as unsure.
 */
export interface DimensionAggregate extends Distribution {
  dimensionId: string;
  items: ItemAggregate[];
  counts: CountSummary[];
  byRole: Record<string, Distribution>;
}

export interface Aggregate {
  responses: number;
  /** The role groups present, in ROLES order then NO_ROLE; empty without a breakdown. */
  roles: string[];
  dimensions: DimensionAggregate[];
  /** Each response's overall score, counted like a dimension. */
  overall: Distribution & { byRole: Record<string, Distribution> };
}

type LevelCounts = [number, number, number, number, number];
const zeroLevels = (): LevelCounts => [0, 0, 0, 0, 0];

/** The level at a position (0-based) of the levels in ascending order. */
function levelAt(levels: LevelCounts, position: number): number {
  let seen = 0;
  for (let level = 0; level < 5; level++) {
    seen += levels[level]!;
    if (position < seen) return level;
  }
  return 4;
}

/** A distribution from counts of whole levels (an item's ratings). */
function fromLevels(levels: LevelCounts, unsure: number, unanswered: number): Distribution {
  const rated = levels.reduce((sum, n) => sum + n, 0);
  const responses = rated + unsure + unanswered;
  if (rated === 0)
    return { levels, unsure, unanswered, responses, median: null, mean: null, spread: null, discuss: false };
  const mean = levels.reduce((sum, n, level) => sum + n * level, 0) / rated;
  const median = (levelAt(levels, Math.floor((rated - 1) / 2)) + levelAt(levels, Math.floor(rated / 2))) / 2;
  const spread = levelAt(levels, rated - 1) - levelAt(levels, 0);
  return { levels, unsure, unanswered, responses, median, mean, spread, discuss: spread >= DISCUSS_SPREAD };
}

/** A distribution from scores (means of levels), each counted at the level it reaches. */
function fromScores(scores: number[], unsure: number, unanswered: number): Distribution {
  const levels = zeroLevels();
  for (const score of scores) levels[levelOf(score)]++;
  const base = fromLevels(levels, unsure, unanswered);
  if (scores.length === 0) return base;
  // Sorted first, so the sum (and so the mean) is the same whatever order the responses came in.
  const sorted = [...scores].sort((a, b) => a - b);
  const middle = (sorted[Math.floor((sorted.length - 1) / 2)]! + sorted[Math.floor(sorted.length / 2)]!) / 2;
  return { ...base, median: middle, mean: sorted.reduce((sum, s) => sum + s, 0) / sorted.length };
}

function summariseCounts(itemId: string, values: number[], total: number): CountSummary {
  if (values.length === 0)
    return { itemId, answered: 0, unanswered: total, median: null, mean: null, min: null, max: null };
  const sorted = [...values].sort((a, b) => a - b);
  return {
    itemId,
    answered: sorted.length,
    unanswered: total - sorted.length,
    median: (sorted[Math.floor((sorted.length - 1) / 2)]! + sorted[Math.floor(sorted.length / 2)]!) / 2,
    mean: sorted.reduce((sum, v) => sum + v, 0) / sorted.length,
    min: sorted[0]!,
    max: sorted.at(-1)!,
  };
}

/** Role groups in display order: ROLES first, then the group without a role, then any others by name. */
function orderRoles(keys: Iterable<string>): string[] {
  const rank = (key: string) => {
    const index = (ROLES as readonly string[]).indexOf(key);
    return index >= 0 ? index : key === NO_ROLE ? ROLES.length : ROLES.length + 1;
  };
  return [...new Set(keys)].sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
}

/** Collects scores (or unsure/unanswered marks) per group, then makes a distribution of each. */
class ScoreGroups {
  private readonly groups = new Map<string, { scores: number[]; unsure: number; unanswered: number }>();
  add(group: string, score: number | null, unsure: boolean): void {
    let g = this.groups.get(group);
    if (!g) this.groups.set(group, (g = { scores: [], unsure: 0, unanswered: 0 }));
    if (score !== null) g.scores.push(score);
    else if (unsure) g.unsure++;
    else g.unanswered++;
  }
  distributions(roles: string[]): Record<string, Distribution> {
    const out: Record<string, Distribution> = {};
    for (const role of roles) {
      const g = this.groups.get(role);
      if (g) out[role] = fromScores(g.scores, g.unsure, g.unanswered);
    }
    return out;
  }
}

export interface AggregateOptions {
  /** The role of each response, in the same order as the assessments: asks for a breakdown by role. */
  roles?: readonly (string | undefined)[];
}

/**
 * Every item's and dimension's distribution of ratings over a set of responses: counts at each level,
 * "not sure" and unanswered, median, mean and spread, and whether to discuss it; by role group too when
 * roles are given. Answers to items the outline does not have are ignored. The result does not depend on
 * the order of the responses.
 */
export function aggregateResponses(
  outline: RubricOutline,
  assessments: readonly Pick<Assessment, 'ratings' | 'counts'>[],
  options: AggregateOptions = {},
): Aggregate {
  const breakdown = options.roles !== undefined;
  const groupOf = (index: number) => options.roles?.[index] ?? NO_ROLE;
  const roles = breakdown ? orderRoles(assessments.map((_, i) => groupOf(i))) : [];
  // Each response's role group as 1-based positions in `roles` (0 is everyone), found once.
  const groupIndex = breakdown ? assessments.map((_, i) => roles.indexOf(groupOf(i)) + 1) : null;
  // Each response's dimension scores and overall score, by the rules of lib/scoring.ts (scoreRubric without
  // the weakest dimension, which a workshop does not need for each person).
  const scored = assessments.map((a) => {
    const dimensions = outline.dimensions.map((dimension) => scoreDimension(dimension, a));
    const scores: number[] = [];
    for (const dimension of dimensions) if (dimension.score !== null) scores.push(dimension.score);
    return { dimensions, score: mean(scores) };
  });
  const overall = new ScoreGroups();
  const overallAll: number[] = [];
  let overallUnsure = 0;

  scored.forEach((score, i) => {
    const unsure = score.dimensions.some((d) => d.unsure > 0);
    if (score.score !== null) overallAll.push(score.score);
    else if (unsure) overallUnsure++;
    if (breakdown) overall.add(groupOf(i), score.score, unsure);
  });

  const dimensions = outline.dimensions.map((dimension, d): DimensionAggregate => {
    const items: ItemAggregate[] = [];
    const counts: CountSummary[] = [];
    for (const item of dimension.items) {
      if (item.kind === 'count') {
        const values: number[] = [];
        for (const a of assessments) {
          const value = Object.hasOwn(a.counts, item.id) ? a.counts[item.id] : undefined;
          if (typeof value === 'number') values.push(value);
        }
        counts.push(summariseCounts(item.id, values, assessments.length));
        continue;
      }
      // One tally for everyone (index 0) and one per role group (1…): plain counters, no allocation per
      // response, since a workshop can hold hundreds of responses.
      const tallies = [0, ...roles].map(() => ({ levels: zeroLevels(), unsure: 0, unanswered: 0 }));
      for (let i = 0; i < assessments.length; i++) {
        const ratings = assessments[i]!.ratings;
        const rating = Object.hasOwn(ratings, item.id) ? ratings[item.id] : undefined;
        const all = tallies[0]!;
        const group = groupIndex ? tallies[groupIndex[i]!]! : undefined;
        if (rating === 'unsure') {
          all.unsure++;
          if (group) group.unsure++;
        } else if (isLevel(rating)) {
          all.levels[rating]++;
          if (group) group.levels[rating]++;
        } else {
          all.unanswered++;
          if (group) group.unanswered++;
        }
      }
      const byRole: Record<string, Distribution> = {};
      roles.forEach((role, r) => {
        const g = tallies[r + 1]!;
        byRole[role] = fromLevels(g.levels, g.unsure, g.unanswered);
      });
      const all = tallies[0]!;
      items.push({ itemId: item.id, ...fromLevels(all.levels, all.unsure, all.unanswered), byRole });
    }

    const groups = new ScoreGroups();
    const scores: number[] = [];
    let unsure = 0;
    scored.forEach((score, i) => {
      const dim = score.dimensions[d]!;
      if (dim.score !== null) scores.push(dim.score);
      else if (dim.unsure > 0) unsure++;
      if (breakdown) groups.add(groupOf(i), dim.score, dim.unsure > 0);
    });
    return {
      dimensionId: dimension.id,
      ...fromScores(scores, unsure, assessments.length - scores.length - unsure),
      items,
      counts,
      byRole: groups.distributions(roles),
    };
  });

  return {
    responses: assessments.length,
    roles,
    dimensions,
    overall: {
      ...fromScores(overallAll, overallUnsure, assessments.length - overallAll.length - overallUnsure),
      byRole: overall.distributions(roles),
    },
  };
}

/** The aggregate of a workshop's responses, broken down by the roles the facilitator gave them. */
export function aggregateWorkshop(outline: RubricOutline, workshop: Workshop): Aggregate {
  return aggregateResponses(
    outline,
    workshop.responses.map((r) => r.assessment),
    { roles: workshop.responses.map((r) => r.role) },
  );
}

// ---------------------------------------------------------------------------------------------------------
// Consensus

/** How many items have an agreed level or number, of all the rubric's items. */
export function consensusProgress(
  workshop: Workshop,
  outline: RubricOutline,
): { agreed: number; total: number } {
  let agreed = 0;
  let total = 0;
  for (const dimension of outline.dimensions)
    for (const item of dimension.items) {
      total++;
      const agreement = workshop.consensus[item.id];
      if (item.kind === 'count' ? agreement?.count !== undefined : agreement?.level !== undefined) agreed++;
    }
  return { agreed, total };
}

export interface ConsensusOptions {
  /** The respondent role written on the consensus, e.g. "Team consensus of 12 participants". */
  role?: string;
  /** Turns a dissent note into the item's note (e.g. prefixes "Dissent: "). */
  noteOf?: (dissent: string) => string;
  now?: Date;
}

/**
 * The team's agreed answers as an assessment like any other: agreed levels and numbers as its answers,
 * dissent as notes, the district most responses named (if any), and the given role.
 */
export function consensusAssessment(
  workshop: Workshop,
  outline: RubricOutline,
  options: ConsensusOptions = {},
): Assessment {
  const ratings: Record<string, Rating> = {};
  const counts: Record<string, number> = {};
  const notes: Record<string, string> = {};
  for (const dimension of outline.dimensions)
    for (const item of dimension.items) {
      const agreement = workshop.consensus[item.id];
      if (!agreement) continue;
      if (item.kind === 'rated' && agreement.level !== undefined) ratings[item.id] = agreement.level;
      if (item.kind === 'count' && agreement.count !== undefined) counts[item.id] = agreement.count;
      if (agreement.dissent !== undefined && agreement.dissent.trim() !== '')
        notes[item.id] = (options.noteOf?.(agreement.dissent) ?? agreement.dissent).slice(0, 20_000);
    }
  const assessment: Assessment = {
    rubric: workshop.rubric,
    ratings,
    counts,
    notes,
    updatedAt: (options.now ?? new Date()).toISOString(),
  };
  const district = mostCommon(workshop.responses.map((r) => r.assessment.district?.trim() ?? ''));
  if (district) assessment.district = district.slice(0, MAX_PROFILE_LENGTH);
  if (options.role?.trim()) assessment.role = options.role.trim().slice(0, MAX_PROFILE_LENGTH);
  return assessment;
}

/** The most frequent non-empty text (the first in sort order when tied), or undefined. */
function mostCommon(values: string[]): string | undefined {
  const tally = new Map<string, number>();
  for (const value of values) if (value !== '') tally.set(value, (tally.get(value) ?? 0) + 1);
  let best: string | undefined;
  for (const [value, n] of tally) {
    const bestN = best === undefined ? 0 : tally.get(best)!;
    if (n > bestN || (n === bestN && best !== undefined && value < best)) best = value;
  }
  return best;
}
