/**
 * Snapshots of each rubric's assessment (key "dcsa:snapshots:<rubric>", shape in lib/snapshots.ts) and the
 * actions on them. A deleted snapshot can be put back until the next deletion.
 */
import { atom, type WritableAtom } from 'nanostores';
import type { Assessment } from '../lib/assessment';
import {
  addSnapshot,
  readSnapshots,
  removeSnapshot,
  renameSnapshot,
  restoreSnapshot,
  writeSnapshots,
  type Snapshot,
  type SnapshotsRead,
} from '../lib/snapshots';
import { persistedStore, replace } from './persisted';

const keyOf = (rubric: string) => `dcsa:snapshots:${rubric}`;

/** The saved snapshots of one rubric: null when none were ever saved. */
export function snapshotsStore(rubric: string): WritableAtom<SnapshotsRead | null> {
  return persistedStore<SnapshotsRead>(keyOf(rubric), readSnapshots, (value) =>
    writeSnapshots(value.snapshots),
  );
}

/** The last deleted snapshot, for "Undo". */
export const $lastDeleted = atom<{ rubric: string; snapshot: Snapshot; index: number } | null>(null);

function list(rubric: string): Snapshot[] {
  const value = snapshotsStore(rubric).get();
  return value?.ok ? value.snapshots : [];
}

function save(rubric: string, snapshots: Snapshot[]): void {
  replace(snapshotsStore(rubric), { ok: true, snapshots }, `dcsa:set-aside:snapshots:${rubric}`);
}

/** Replaces the snapshots of a rubric (snapshots brought up to a new rubric layout, for one). */
export function replaceSnapshots(rubric: string, snapshots: Snapshot[]): void {
  save(rubric, snapshots);
}

/** Saves the assessment as a new, labelled snapshot and returns its id. */
export function takeSnapshot(rubric: string, assessment: Assessment, label: string): string {
  const id = Date.now().toString(36) + Math.random().toString(36).slice(2, 6);
  save(rubric, addSnapshot(list(rubric), assessment, label, new Date(), id));
  return id;
}

/** Renames a snapshot. */
export function renameSnapshotAction(rubric: string, id: string, label: string): void {
  save(rubric, renameSnapshot(list(rubric), id, label));
}

/** Deletes a snapshot, keeping it for undo. */
export function deleteSnapshot(rubric: string, id: string): void {
  const { list: rest, removed } = removeSnapshot(list(rubric), id);
  if (!removed) return;
  save(rubric, rest);
  $lastDeleted.set({ rubric, ...removed });
}

/** Puts the last deleted snapshot back. */
export function undoDelete(): void {
  const last = $lastDeleted.get();
  if (!last) return;
  save(last.rubric, restoreSnapshot(list(last.rubric), last));
  $lastDeleted.set(null);
}
