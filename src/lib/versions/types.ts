/** The instrument's versions: each released layout of a rubric, and where its item ids went since. */

/**
 * A released layout of a rubric, as links, files and saved answers of that time hold it: the dimension ids
 * and, for each, its items in content order as "<kind>.<id>" ("r" rated, "c" count). Enough to compute the
 * layout's share-code fingerprint and to read a code's positions. Kept in
 * src/content/released-layouts/<rubric>.json, one entry per layout ever released, never changed.
 */
export interface ReleasedLayout {
  layout: number;
  dimensions: { id: string; items: string[] }[];
}

export interface ReleasedLayouts {
  rubric: string;
  layouts: ReleasedLayout[];
}

export type ChangeKind = 'kept' | 'renamed' | 'split' | 'merged' | 'removed';

/** Where one id of the earlier layout went (src/content/rubric-changes/<rubric>.yaml documents the shape). */
export interface IdChange {
  from: string;
  to: string[];
  kind: ChangeKind;
  /** The id is kept but the question changed enough that an earlier rating should be confirmed. */
  changed: boolean;
  note: string;
}

export interface RubricChanges {
  rubric: string;
  /** Ids new in the current layout. */
  added: string[];
  changes: IdChange[];
}

/** What an upgrade did, for the notice that names the items to rate. */
export interface UpgradeReport {
  /** The released layout the answers were made with, when known (share codes say it). */
  fromLayout?: number;
  /** Current item ids that are new or changed and need a rating (or a confirmed one), in content order. */
  toRate: string[];
  /** Notes whose item is gone or merged: which earlier id, and which current item now shows it. */
  movedNotes: { from: string; to: string }[];
}
