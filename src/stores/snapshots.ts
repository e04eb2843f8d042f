/**
 * Snapshots of each rubric's assessment (key "dcsa:snapshots:<rubric>", shape in lib/snapshots.ts) and the
 * actions on them. A deleted snapshot can be put back until the next deletion. Unreadable snapshots are set
 * aside under "dcsa:set-aside:snapshots:<rubric>" before anything is written over them.
 */
import { atom, type ReadableAtom } from 'nanostores';
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
import { discardSetAside, persistedStore, replace, setAsideStore } from './persisted';
import type { WriteResult } from './storage';

const keyOf = (rubric: string) => `dcsa:snapshots:${rubric}`;
const asideKeyOf = (rubric: string) => `dcsa:set-aside:snapshots:${rubric}`;

/** The saved snapshots of one rubric: null when none were ever saved. */
export function snapshotsStore(rubric: string): ReadableAtom<SnapshotsRead | null> {
  return persistedStore<SnapshotsRead>(keyOf(rubric), readSnapshots, (value) =>
    writeSnapshots(value.snapshots),
  );
}

/** Unreadable snapshots of one rubric moved out of the way, as the text they were. */
export function snapshotsSetAsideStore(rubric: string): ReadableAtom<string | undefined> {
  return setAsideStore(asideKeyOf(rubric));
}

/** Starts an empty history, setting aside the snapshots that could not be read. */
export function startNewHistory(rubric: string): WriteResult {
  return replace(snapshotsStore(rubric), () => null, asideKeyOf(rubric));
}

/** Deletes the set-aside snapshots of a rubric once the person has chosen to. */
export function discardSnapshotsSetAside(rubric: string): WriteResult {
  return discardSetAside(asideKeyOf(rubric));
}

/** The last deleted snapshot, for "Undo". */
export const $lastDeleted = atom<{ rubric: string; snapshot: Snapshot; index: number } | null>(null);

const listOf = (value: SnapshotsRead | null): Snapshot[] => (value?.ok ? value.snapshots : []);

function list(rubric: string): Snapshot[] {
  return listOf(snapshotsStore(rubric).get());
}

/** Changes the snapshots as storage holds them now; when storage refuses, nothing changes. */
function save(rubric: string, change: (snapshots: Snapshot[]) => Snapshot[]): WriteResult {
  return replace(
    snapshotsStore(rubric),
    (value) => ({ ok: true, snapshots: change(listOf(value)) }),
    asideKeyOf(rubric),
  );
}

/** Replaces the snapshots of a rubric (snapshots brought up to a new rubric layout, for one). */
export function replaceSnapshots(rubric: string, snapshots: Snapshot[]): WriteResult {
  return save(rubric, () => snapshots);
}

/** Saves the assessment as a new, labelled snapshot: its id, or why storage refused it. */
export function takeSnapshot(
  rubric: string,
  assessment: Assessment,
  label: string,
): WriteResult & { id?: string } {
  const id = Date.now().toString(36) + Math.random().toString(36).slice(2, 6);
  const result = save(rubric, (list) => addSnapshot(list, assessment, label, new Date(), id));
  return result.ok ? { ...result, id } : result;
}

/** Renames a snapshot. */
export function renameSnapshotAction(rubric: string, id: string, label: string): WriteResult {
  return save(rubric, (list) => renameSnapshot(list, id, label));
}

/** Deletes a snapshot, keeping it for undo. */
export function deleteSnapshot(rubric: string, id: string): WriteResult {
  const { removed } = removeSnapshot(list(rubric), id);
  if (!removed) return { ok: true };
  const result = save(rubric, (list) => removeSnapshot(list, id).list);
  if (result.ok) $lastDeleted.set({ rubric, ...removed });
  return result;
}

/** Puts the last deleted snapshot back. */
export function undoDelete(): WriteResult {
  const last = $lastDeleted.get();
  if (!last) return { ok: true };
  const result = save(last.rubric, (list) => restoreSnapshot(list, last));
  if (result.ok) $lastDeleted.set(null);
  return result;
}
