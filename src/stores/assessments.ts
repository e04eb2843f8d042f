/**
 * Saved assessments, one persistent store per rubric (key "dcsa:assessment:<rubric>", shape in lib/saved.ts;
 * unreadable data set aside under "dcsa:set-aside:<rubric>"),
 * and the actions that change them. Unreadable saved data is never overwritten (see persisted.ts).
 */
import type { ReadableAtom } from 'nanostores';
import {
  emptyAssessment,
  hasAnyAnswer,
  withCount,
  withNote,
  withProfile,
  type Profile,
  withRating,
  withTarget,
  type Assessment,
  type Rating,
} from '../lib/assessment';
import type { Level } from '../lib/levels';
import { readSavedAssessment, writeSavedAssessment, type ReadResult } from '../lib/saved';
import {
  discardSetAside as discard,
  persistedStore,
  replace,
  setAsideStore as asideOf,
  type Policy,
} from './persisted';
import type { WriteResult } from './storage';

/** What is saved for a rubric: nothing (null), a readable assessment, or unreadable raw text. */
export type SavedEntry = ReadResult | null;

const keyOf = (rubric: string) => `dcsa:assessment:${rubric}`;
const asideKeyOf = (rubric: string) => `dcsa:set-aside:${rubric}`;

/** The saved entry of one rubric, shared by every island on the page and synced across tabs. */
export function assessmentStore(rubric: string): ReadableAtom<SavedEntry> {
  return persistedStore<ReadResult>(
    keyOf(rubric),
    (raw) => readSavedAssessment(raw, rubric),
    (entry) => writeSavedAssessment(entry.assessment),
  );
}

/** Unreadable assessment data moved out of the way for one rubric. */
export function setAsideStore(rubric: string): ReadableAtom<string | undefined> {
  return asideOf(asideKeyOf(rubric));
}

/** The readable assessment of a rubric, or a fresh one when nothing readable is saved. */
export function currentAssessment(rubric: string): Assessment {
  const entry = assessmentStore(rubric).get();
  return entry?.ok ? entry.assessment : emptyAssessment(rubric);
}

/**
 * Changes one field of the answers as storage holds them now, so a change never undoes what another tab
 * wrote to another field. Answers typed while storage refuses them stay in this tab, marked unsaved.
 */
function update(rubric: string, change: (assessment: Assessment) => Assessment): WriteResult {
  return replace(
    assessmentStore(rubric),
    (entry) => ({ ok: true, assessment: change(entry?.ok ? entry.assessment : emptyAssessment(rubric)) }),
    asideKeyOf(rubric),
    'keep',
  );
}

/** Records or clears the rating of a rated item. */
export function rate(rubric: string, itemId: string, rating: Rating | undefined): WriteResult {
  return update(rubric, (a) => withRating(a, itemId, rating));
}

/** Records or clears the number of a count item. */
export function setCount(rubric: string, itemId: string, value: number | undefined): WriteResult {
  return update(rubric, (a) => withCount(a, itemId, value));
}

/** Records the note of an item (a blank note removes it). */
export function setNote(rubric: string, itemId: string, note: string): WriteResult {
  return update(rubric, (a) => withNote(a, itemId, note));
}

/** Chooses the target level of a dimension, or goes back to the default with undefined. */
export function setTarget(rubric: string, dimensionId: string, target: Level | undefined): WriteResult {
  return update(rubric, (a) => withTarget(a, dimensionId, target));
}

/**
 * Makes `assessment` the saved answers of the rubric (setting aside whatever could not be read); when
 * storage refuses, nothing changes and the result says why.
 */
export function replaceAssessment(
  rubric: string,
  assessment: Assessment,
  policy: Policy = 'refuse',
): WriteResult {
  return replace(
    assessmentStore(rubric),
    () => ({ ok: true, assessment: { ...assessment, rubric } }),
    asideKeyOf(rubric),
    policy,
  );
}

/** Records the district's name and the respondent's role and school (blank removes them). */
export function setProfile(rubric: string, profile: Profile): WriteResult {
  return update(rubric, (a) => withProfile(a, profile));
}

/** Starts the rubric afresh, setting aside whatever could not be read. */
export function startOver(rubric: string): WriteResult {
  return replace(assessmentStore(rubric), () => null, asideKeyOf(rubric));
}

/** True when answers are saved for the rubric: replacing them asks first. */
export function hasSavedAnswers(rubric: string): boolean {
  return hasAnyAnswer(currentAssessment(rubric));
}

/** Deletes the set-aside data of a rubric once the person has chosen to. */
export function discardSetAside(rubric: string): WriteResult {
  return discard(asideKeyOf(rubric));
}
