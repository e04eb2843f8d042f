/**
 * The brief for the board (/brief/): what it says, computed from the answers, snapshots and plan, before any
 * words are put on it. Rules, as the About page states them:
 * - each rubric: its overall and dimension scores and levels with each dimension's target (chosen, or one
 *   level up), and the balance reading where the rubric has one;
 * - what changed: the current answers against the previous snapshot, the newest one whose ratings were made
 *   before the current answers last changed (a snapshot of the answers as they stand is not "previous");
 *   moments are dated as the trend dates them, by their ratings' last change;
 * - the plan's main steps: the open ones (not started or under way), soonest due date first, undated last,
 *   in the plan's own order among equals, at most MAIN_STEPS; the rest are counted, and so are the steps
 *   done. An open step past its due date is overdue.
 */
import type { Assessment } from '../assessment';
import { readBalance, type BalanceLevels, type BalanceReading } from '../balance';
import { defaultTarget } from '../growth';
import type { Level } from '../levels';
import type { PlanStep } from '../plan/model';
import { progressOf } from '../progress';
import type { RubricOutline } from '../schema/rubric';
import type { Snapshot } from '../snapshots';
import { scoreRubric } from '../scoring';

/** Steps the brief lists at most: as many as fit on its second page with the rest. */
export const MAIN_STEPS = 6;

export interface BriefRubricInput {
  id: string;
  outline: RubricOutline;
  /** How the rubric's levels lean, when it has a balance reading. */
  balance?: BalanceLevels;
}

export interface BriefInput {
  rubrics: readonly BriefRubricInput[];
  /** The readable current answers of each rubric, by id (absent when none are saved). */
  assessments: Readonly<Record<string, Assessment | undefined>>;
  /** The snapshots of each rubric, by id, in any order. */
  snapshots: Readonly<Record<string, readonly Snapshot[] | undefined>>;
  steps: readonly PlanStep[];
  /** Today where the person is, "YYYY-MM-DD" (see `today`): when a step is overdue. */
  today: string;
}

export interface BriefDimension {
  id: string;
  score: number | null;
  level: Level | null;
  /** The level aimed for: the chosen target, or one level up; null without a score or chosen target. */
  target: Level | null;
  /** The score at the previous snapshot, and the change since (null when either is not scored). */
  before: number | null;
  change: number | null;
}

export interface BriefChange {
  /** The previous snapshot's label, and when its ratings were made (ISO 8601). */
  label: string;
  date: string;
  before: number | null;
  after: number | null;
  delta: number | null;
  /** Rated items whose level rose, and fell, between the two. */
  rose: number;
  fell: number;
}

export interface BriefRubric {
  id: string;
  /** Items with any answer, and every item. */
  answered: number;
  total: number;
  score: number | null;
  level: Level | null;
  /** Dimensions left out of the overall score for too few answers. */
  unscored: string[];
  dimensions: BriefDimension[];
  /** The balance reading: undefined when the rubric has none, null while too few items are rated. */
  balance?: BalanceReading | null;
  /** Null when there is no previous snapshot to compare with. */
  change: BriefChange | null;
}

export interface BriefStep {
  step: PlanStep;
  /** Past its due date and still open. */
  overdue: boolean;
}

export interface BriefModel {
  rubrics: BriefRubric[];
  /** The main steps, in the order the brief lists them. */
  steps: BriefStep[];
  /** Open steps the brief leaves out, and steps done. */
  moreSteps: number;
  done: number;
  /** The district's name as the answers give it (the first rubric that has one), or "". */
  district: string;
}

/**
 * Today's calendar day where the person is, as "YYYY-MM-DD" (as lib/plan/progress.ts reads it; not imported
 * from there, so the plan page's script is not split to share it).
 */
export function today(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

const isOpen = (step: PlanStep) => step.status === 'not-started' || step.status === 'under-way';

/** When a moment's ratings were made: the answers' last change, else when the snapshot was saved. */
function ratedAt(assessment: Assessment, savedAt?: string): string {
  for (const iso of [assessment.updatedAt, savedAt])
    if (iso !== undefined && !Number.isNaN(Date.parse(iso))) return new Date(iso).toISOString();
  return '';
}

/** The previous snapshot of `current`: the newest whose ratings were made before the current answers'. */
export function previousSnapshot(current: Assessment, snapshots: readonly Snapshot[]): Snapshot | null {
  const now = ratedAt(current);
  let best: { snapshot: Snapshot; at: string } | null = null;
  for (const snapshot of snapshots) {
    const at = ratedAt(snapshot.assessment, snapshot.savedAt);
    if (at === '' || (now !== '' && at >= now)) continue;
    if (best === null || at > best.at) best = { snapshot, at };
  }
  return best?.snapshot ?? null;
}

const diff = (before: number | null, after: number | null) =>
  before === null || after === null ? null : after - before;

/** One rubric's part of the brief. */
export function briefRubric(
  rubric: BriefRubricInput,
  current: Assessment | undefined,
  snapshots: readonly Snapshot[],
): BriefRubric {
  const answers = current ?? { ratings: {}, counts: {} };
  const { answered, total } = progressOf(rubric.outline, answers);
  const score = scoreRubric(rubric.outline, answers);
  const previous = current ? previousSnapshot(current, snapshots) : null;
  const was = previous ? scoreRubric(rubric.outline, previous.assessment) : null;
  const dimensions = rubric.outline.dimensions.map((dimension, i): BriefDimension => {
    const now = score.dimensions[i]!;
    const before = was?.dimensions[i]!.score ?? null;
    return {
      id: dimension.id,
      score: now.score,
      level: now.level,
      target: current?.targets?.[dimension.id] ?? defaultTarget(now.level),
      before,
      change: diff(before, now.score),
    };
  });
  let change: BriefChange | null = null;
  if (previous && current) {
    let rose = 0;
    let fell = 0;
    for (const [item, after] of Object.entries(current.ratings)) {
      const before = Object.hasOwn(previous.assessment.ratings, item)
        ? previous.assessment.ratings[item]
        : null;
      if (typeof before !== 'number' || typeof after !== 'number') continue;
      if (after > before) rose++;
      else if (after < before) fell++;
    }
    change = {
      label: previous.label,
      date: ratedAt(previous.assessment, previous.savedAt),
      before: was!.score,
      after: score.score,
      delta: diff(was!.score, score.score),
      rose,
      fell,
    };
  }
  return {
    id: rubric.id,
    answered,
    total,
    score: score.score,
    level: score.level,
    unscored: answered === 0 ? [] : score.unscored,
    dimensions,
    ...(rubric.balance ? { balance: readBalance(rubric.outline, rubric.balance, answers).reading } : {}),
    change,
  };
}

/** The main steps of the plan: open ones, soonest due first, undated last, the plan's order among equals. */
export function mainSteps(steps: readonly PlanStep[], limit = MAIN_STEPS): PlanStep[] {
  return steps
    .map((step, order) => ({ step, order }))
    .filter(({ step }) => isOpen(step))
    .sort(
      (a, b) =>
        Number(a.step.due === '') - Number(b.step.due === '') ||
        a.step.due.localeCompare(b.step.due) ||
        a.order - b.order,
    )
    .slice(0, limit)
    .map(({ step }) => step);
}

/** Everything the brief says, in the rubrics' order. */
export function briefModel(input: BriefInput): BriefModel {
  const { rubrics, assessments, snapshots, steps, today } = input;
  const known = new Set(rubrics.map((r) => r.id));
  const planned = steps.filter((step) => known.has(step.rubric));
  const main = mainSteps(planned);
  return {
    rubrics: rubrics.map((r) => briefRubric(r, assessments[r.id], snapshots[r.id] ?? [])),
    steps: main.map((step) => ({ step, overdue: step.due !== '' && step.due < today })),
    moreSteps: planned.filter(isOpen).length - main.length,
    done: planned.filter((step) => step.status === 'done').length,
    district: rubrics.map((r) => assessments[r.id]?.district?.trim() ?? '').find((name) => name !== '') ?? '',
  };
}
