/**
 * Saved assessments, one persistent store per rubric (key "dcsa:assessment:<rubric>", shape in lib/saved.ts),
 * and the actions that change them. Unreadable saved data is never overwritten: before the first change
 * it is moved to "dcsa:set-aside:<rubric>", where it stays until the person downloads or deletes it.
 */
import { persistentAtom } from '@nanostores/persistent';
import type { WritableAtom } from 'nanostores';
import {
  emptyAssessment,
  withCount,
  withNote,
  withRating,
  type Assessment,
  type Rating,
} from '../lib/assessment';
import { readSavedAssessment, writeSavedAssessment, type ReadResult } from '../lib/saved';
import './storage';

/** What is saved for a rubric: nothing (null), a readable assessment, or unreadable raw text. */
export type SavedEntry = ReadResult | null;

const assessmentStores = new Map<string, WritableAtom<SavedEntry>>();
const setAsideStores = new Map<string, WritableAtom<string | undefined>>();

/** The saved entry of one rubric, shared by every island on the page and synced across tabs. */
export function assessmentStore(rubric: string): WritableAtom<SavedEntry> {
  let store = assessmentStores.get(rubric);
  if (!store) {
    store = persistentAtom<SavedEntry>(`dcsa:assessment:${rubric}`, null, {
      encode: (entry) =>
        entry === null ? undefined : entry.ok ? writeSavedAssessment(entry.assessment) : entry.raw,
      decode: (raw) => readSavedAssessment(raw, rubric),
    });
    assessmentStores.set(rubric, store);
  }
  return store;
}

/** Unreadable data moved out of the way for one rubric, kept as the raw text it was. */
export function setAsideStore(rubric: string): WritableAtom<string | undefined> {
  let store = setAsideStores.get(rubric);
  if (!store) {
    store = persistentAtom<string | undefined>(`dcsa:set-aside:${rubric}`, undefined);
    setAsideStores.set(rubric, store);
  }
  return store;
}

/** The readable assessment of a rubric, or a fresh one when nothing readable is saved. */
export function currentAssessment(rubric: string): Assessment {
  const entry = assessmentStore(rubric).get();
  return entry?.ok ? entry.assessment : emptyAssessment(rubric);
}

function update(rubric: string, change: (assessment: Assessment) => Assessment): void {
  const store = assessmentStore(rubric);
  const entry = store.get();
  if (entry && !entry.ok) setAside(rubric, entry.raw);
  store.set({ ok: true, assessment: change(currentAssessment(rubric)) });
}

function setAside(rubric: string, raw: string): void {
  const aside = setAsideStore(rubric);
  // Never replace older set-aside data with newer: keep both, oldest first.
  aside.set(aside.get() === undefined ? raw : `${aside.get()}\n${raw}`);
}

/** Records or clears the rating of a rated item. */
export function rate(rubric: string, itemId: string, rating: Rating | undefined): void {
  update(rubric, (a) => withRating(a, itemId, rating));
}

/** Records or clears the number of a count item. */
export function setCount(rubric: string, itemId: string, value: number | undefined): void {
  update(rubric, (a) => withCount(a, itemId, value));
}

/** Records the note of an item (a blank note removes it). */
export function setNote(rubric: string, itemId: string, note: string): void {
  update(rubric, (a) => withNote(a, itemId, note));
}

/** Starts the rubric afresh, setting aside whatever could not be read. */
export function startOver(rubric: string): void {
  const store = assessmentStore(rubric);
  const entry = store.get();
  if (entry && !entry.ok) setAside(rubric, entry.raw);
  store.set(null);
}

/** Deletes the set-aside data of a rubric once the person has chosen to. */
export function discardSetAside(rubric: string): void {
  setAsideStore(rubric).set(undefined);
}
