/**
 * One district's answers to one rubric, as plain data. Every function here returns a new object,
 * so stores can compare by reference and nothing is changed in place.
 */
import type { Level } from './levels';
import { MAX_LABEL } from './limits';
import type { RubricOutline } from './schema/rubric';

/**
 * An answer to a rated item: a level, an honest "not sure", or "does not apply" ('na') for an item the
 * rubric marks as possibly not fitting a district (one that assumes regions, say, in a small board).
 */
export type Rating = Level | 'unsure' | 'na';

export interface Assessment {
  /** Which rubric these answers belong to. */
  rubric: string;
  /** Rated items' answers, by item id; an item without an entry is unanswered. */
  ratings: Record<string, Rating>;
  /** Count items' answers (e.g. schools per coach), by item id. */
  counts: Record<string, number>;
  /** Free-text notes and evidence, by item id. */
  notes: Record<string, string>;
  /** Targets chosen by the person, by dimension id; a dimension without one uses the default target. */
  targets?: Record<string, Level>;
  /** The district's name, as the person wants it on shared sheets. */
  district?: string;
  /** The respondent's role, e.g. "Superintendent" or "Principal". */
  role?: string;
  /** The respondent's school, as they typed it, for a workshop's roll-up by school. */
  school?: string;
  /** When the assessment was last changed (ISO 8601). */
  updatedAt: string;
}

/** A fresh assessment with nothing answered. */
export function emptyAssessment(rubric: string, now = new Date()): Assessment {
  return { rubric, ratings: {}, counts: {}, notes: {}, updatedAt: now.toISOString() };
}

function without<T>(record: Record<string, T>, key: string): Record<string, T> {
  const copy = { ...record };
  delete copy[key];
  return copy;
}

/** Records a rating, or clears it when `rating` is undefined. */
export function withRating(
  a: Assessment,
  itemId: string,
  rating: Rating | undefined,
  now = new Date(),
): Assessment {
  const ratings = rating === undefined ? without(a.ratings, itemId) : { ...a.ratings, [itemId]: rating };
  return { ...a, ratings, updatedAt: now.toISOString() };
}

/** Records a counted number, or clears it when `value` is undefined. */
export function withCount(
  a: Assessment,
  itemId: string,
  value: number | undefined,
  now = new Date(),
): Assessment {
  const counts = value === undefined ? without(a.counts, itemId) : { ...a.counts, [itemId]: value };
  return { ...a, counts, updatedAt: now.toISOString() };
}

/** Chooses a dimension's target, or goes back to the default target when `target` is undefined. */
export function withTarget(
  a: Assessment,
  dimensionId: string,
  target: Level | undefined,
  now = new Date(),
): Assessment {
  const targets =
    target === undefined ? without(a.targets ?? {}, dimensionId) : { ...a.targets, [dimensionId]: target };
  const next = { ...a, updatedAt: now.toISOString() };
  if (Object.keys(targets).length === 0) delete next.targets;
  else next.targets = targets;
  return next;
}

/** Records a note; an empty or blank note is removed rather than kept. */
export function withNote(a: Assessment, itemId: string, note: string, now = new Date()): Assessment {
  const notes = note.trim() === '' ? without(a.notes, itemId) : { ...a.notes, [itemId]: note };
  return { ...a, notes, updatedAt: now.toISOString() };
}

/** The longest district name, role or school kept (the saved-data schema refuses longer text). */
export const MAX_PROFILE_LENGTH = MAX_LABEL;

/** Who answered: the district's name and the respondent's role and school, each optional. */
export type Profile = Partial<Pick<Assessment, 'district' | 'role' | 'school'>>;

/**
 * Records the district's name and the respondent's role and school, as typed (cut to MAX_PROFILE_LENGTH); a field
 * left out of `profile` is kept as it was, and a blank one is removed rather than kept.
 */
export function withProfile(a: Assessment, profile: Profile, now = new Date()): Assessment {
  const next = { ...a, updatedAt: now.toISOString() };
  for (const field of ['district', 'role', 'school'] as const) {
    const value = profile[field];
    if (value === undefined) continue;
    if (value.trim() === '') delete next[field];
    else next[field] = value.slice(0, MAX_PROFILE_LENGTH);
  }
  return next;
}

/** True when the user has typed or chosen anything at all. */
export function hasAnyAnswer(a: Assessment): boolean {
  return (
    Object.keys(a.ratings).length > 0 || Object.keys(a.counts).length > 0 || Object.keys(a.notes).length > 0
  );
}

/**
 * True when answers must be brought up to the rubric as it is: ratings, counts or notes name items it does
 * not have (answers made with an earlier layout of it, or hand-edited), or a count is above what its item
 * accepts. lib/versions, loaded on demand and only then, brings them up to date.
 */
export function needsUpgrade(a: Assessment, rubric: RubricOutline): boolean {
  const items = new Map(
    rubric.dimensions.flatMap((d) => d.items.map((item) => [item.id, item.max ?? Infinity])),
  );
  return (
    [a.ratings, a.notes].some((record) => Object.keys(record).some((id) => !items.has(id))) ||
    Object.entries(a.counts).some(([id, count]) => !(count <= items.get(id)!))
  );
}
