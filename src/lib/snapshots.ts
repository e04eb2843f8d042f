/**
 * Snapshots: dated, labelled copies of an assessment, kept to see growth between terms. Stored per rubric
 * under "dcsa:snapshots:<rubric>" as (version 1):
 *
 *   { "version": 1,
 *     "snapshots": [ { "id": "k3j9x2", "label": "Fall 2026 baseline", "savedAt": "2026-11-23T14:02:00.000Z",
 *                      "assessment": { …the assessment shape of lib/saved.ts… } } ] }
 *
 * Snapshots are listed newest first. Reading never throws; unreadable data is reported, never overwritten
 * (the store sets it aside exactly as it does for assessments).
 */
import type { Assessment, Rating } from './assessment';
import type { RubricOutline } from './schema/rubric';
import { assessmentIssues, type Issue } from './schema/assessment';
import { isIsoDate } from './schema/date';
import { formatDate } from './format';
import { MAX_ID, MAX_LABEL } from './limits';
import { readVersioned, shapeDetail, type Migrations, type Unreadable } from './saved';
import { scoreRubric } from './scoring';

export const SNAPSHOTS_VERSION = 1;

/** Steps from snapshot-list version n to n + 1. Version 1 is the first shipped, so none yet. */
const MIGRATIONS: Migrations = {};

export interface Snapshot {
  id: string;
  label: string;
  savedAt: string;
  assessment: Assessment;
}

/** The problems with a stored snapshot list, empty when it is valid. */
function snapshotIssues(value: unknown): Issue[] {
  const list = (value as { snapshots?: unknown }).snapshots;
  if (!Array.isArray(list)) return [{ path: ['snapshots'], message: 'expected a list' }];
  for (const [i, s] of list.entries()) {
    const snapshot = s as Partial<Record<keyof Snapshot, unknown>> | null;
    if (typeof snapshot !== 'object' || snapshot === null)
      return [{ path: ['snapshots', i], message: 'expected an object' }];
    for (const [field, max] of [
      ['id', MAX_ID],
      ['label', MAX_LABEL],
    ] as const)
      if (typeof snapshot[field] !== 'string' || snapshot[field].length > max)
        return [{ path: ['snapshots', i, field], message: 'expected text' }];
    if (!isIsoDate(snapshot.savedAt))
      return [{ path: ['snapshots', i, 'savedAt'], message: 'expected an ISO 8601 date' }];
    const issues = assessmentIssues(snapshot.assessment, ['snapshots', i, 'assessment']);
    if (issues.length > 0) return issues;
  }
  return [];
}

export type SnapshotsRead = { ok: true; snapshots: Snapshot[] } | Unreadable;

/** Parses stored snapshots, never throwing. */
export function readSnapshots(raw: string): SnapshotsRead {
  const read = readVersioned(raw, SNAPSHOTS_VERSION, MIGRATIONS, (value) => {
    const issue = snapshotIssues(value)[0];
    return issue
      ? { ok: false, detail: shapeDetail(issue.path) }
      : { ok: true, value: value.snapshots as Snapshot[] };
  });
  return read.ok ? { ok: true, snapshots: read.value } : read;
}

/** The stored text of a list of snapshots. */
export function writeSnapshots(snapshots: Snapshot[]): string {
  return JSON.stringify({ version: SNAPSHOTS_VERSION, snapshots });
}

/** A label for a new snapshot when the person gives none, e.g. "Snapshot of 23 Nov 2026". */
export function defaultLabel(now: Date, lang: string): string {
  return formatDate(now, lang, { day: 'numeric', month: 'short', year: 'numeric' });
}

/** Adds a snapshot of `assessment` at the front of the list. */
export function addSnapshot(
  list: Snapshot[],
  assessment: Assessment,
  label: string,
  now: Date,
  id: string,
): Snapshot[] {
  return [{ id, label: label.trim().slice(0, 200), savedAt: now.toISOString(), assessment }, ...list];
}

/** Renames a snapshot; a blank label leaves it as it was. */
export function renameSnapshot(list: Snapshot[], id: string, label: string): Snapshot[] {
  const clean = label.trim().slice(0, 200);
  return clean === '' ? list : list.map((s) => (s.id === id ? { ...s, label: clean } : s));
}

/** Removes a snapshot, returning the new list and what was removed (for undo) with its position. */
export function removeSnapshot(
  list: Snapshot[],
  id: string,
): { list: Snapshot[]; removed?: { snapshot: Snapshot; index: number } } {
  const index = list.findIndex((s) => s.id === id);
  if (index === -1) return { list };
  return { list: list.filter((s) => s.id !== id), removed: { snapshot: list[index]!, index } };
}

/** Puts a removed snapshot back where it was. */
export function restoreSnapshot(
  list: Snapshot[],
  removed: { snapshot: Snapshot; index: number },
): Snapshot[] {
  if (list.some((s) => s.id === removed.snapshot.id)) return list;
  const copy = [...list];
  copy.splice(Math.min(removed.index, copy.length), 0, removed.snapshot);
  return copy;
}

export interface ItemDelta {
  itemId: string;
  before: Rating | undefined;
  after: Rating | undefined;
  /** after − before when both are levels, else null. */
  delta: number | null;
}

export interface DimensionDelta {
  dimensionId: string;
  before: number | null;
  after: number | null;
  delta: number | null;
  items: ItemDelta[];
}

export interface Comparison {
  before: number | null;
  after: number | null;
  delta: number | null;
  dimensions: DimensionDelta[];
}

const diff = (before: number | null, after: number | null) =>
  before === null || after === null ? null : after - before;

/** How scores and ratings changed from `before` to `after`. */
export function compareAssessments(
  rubric: RubricOutline,
  before: Pick<Assessment, 'ratings'>,
  after: Pick<Assessment, 'ratings'>,
): Comparison {
  const a = scoreRubric(rubric, before);
  const b = scoreRubric(rubric, after);
  return {
    before: a.score,
    after: b.score,
    delta: diff(a.score, b.score),
    dimensions: rubric.dimensions.map((dimension, i) => ({
      dimensionId: dimension.id,
      before: a.dimensions[i]!.score,
      after: b.dimensions[i]!.score,
      delta: diff(a.dimensions[i]!.score, b.dimensions[i]!.score),
      items: dimension.items
        .filter((item) => item.kind === 'rated')
        .map((item) => {
          const was = before.ratings[item.id];
          const is = after.ratings[item.id];
          return {
            itemId: item.id,
            before: was,
            after: is,
            delta: typeof was === 'number' && typeof is === 'number' ? is - was : null,
          };
        }),
    })),
  };
}

/** A signed change as shown to people: "+0.5", "−1.0", "0.0"; an em dash when unknown. */
export function formatDelta(delta: number | null, decimalMark = '.'): string {
  if (delta === null) return '—';
  const rounded = Math.round(delta * 10) / 10;
  const text = rounded === 0 ? '0.0' : `${rounded > 0 ? '+' : '−'}${Math.abs(rounded).toFixed(1)}`;
  return text.replace('.', decimalMark);
}
