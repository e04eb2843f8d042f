/**
 * Progress measured, not only declared: what the ratings made since a step was added say about it. A rating
 * is the item's level in the current answers (dated by their last change) or in a snapshot (dated when it
 * was saved). A step is reached on the date of the first rating, made since it was added, at or above its
 * target; a step past its due date whose item is no higher than when it was added has stalled.
 */
import type { Assessment } from '../assessment';
import type { Level } from '../levels';
import type { PlanStep } from './model';

/** One dated reading of a rubric's answers. */
export interface Rated {
  at: string;
  ratings: Assessment['ratings'];
}

export type StepProgress =
  /** A rating since the step was added reached its target, first on `on`. */
  | { kind: 'reached'; on: string; level: Level }
  /** Past its due date and the item is no higher than when the step was added. */
  | { kind: 'stalled'; level: Level | null }
  /** The item rose since the step was added, not yet to its target. */
  | { kind: 'moving'; level: Level }
  | { kind: 'none' };

const levelOf = (ratings: Assessment['ratings'], item: string): Level | null => {
  const rating = Object.hasOwn(ratings, item) ? ratings[item] : undefined;
  return typeof rating === 'number' ? rating : null;
};

/** The readings of one rubric, oldest first: its snapshots and its current answers. */
export function readingsOf(
  current: Assessment | undefined,
  snapshots: { savedAt: string; assessment: Assessment }[],
): Rated[] {
  const all = snapshots.map((s) => ({ at: s.savedAt, ratings: s.assessment.ratings }));
  if (current) all.push({ at: current.updatedAt, ratings: current.ratings });
  return all.sort((a, b) => a.at.localeCompare(b.at));
}

/** What the readings say about a step, on the calendar day `today` ("YYYY-MM-DD"). */
export function stepProgress(step: PlanStep, readings: Rated[], today: string): StepProgress {
  const since = readings.filter((r) => r.at >= step.addedAt);
  for (const reading of since) {
    const level = levelOf(reading.ratings, step.item);
    if (level !== null && level >= step.target) return { kind: 'reached', on: reading.at, level };
  }
  const lastSince = since.at(-1);
  const now = lastSince ? levelOf(lastSince.ratings, step.item) : null;
  if (now !== null && (step.from === null || now > step.from)) return { kind: 'moving', level: now };
  const latest = readings.at(-1);
  const level = latest ? levelOf(latest.ratings, step.item) : null;
  const open = step.status !== 'done' && step.status !== 'dropped';
  if (open && step.due !== '' && step.due < today) return { kind: 'stalled', level };
  return { kind: 'none' };
}

/** Today's calendar day where the person is, as "YYYY-MM-DD". */
export function localDay(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
