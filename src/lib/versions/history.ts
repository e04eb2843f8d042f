/** The released layouts of each rubric and how item ids moved between them (format in ./index.ts). */
import type { RubricOutline } from '../schema/rubric';
import coachDeployment from '../../content/versions/coach-deployment.json';
import coachingConditions from '../../content/versions/coaching-conditions.json';
import districtOfficeSupport from '../../content/versions/district-office-support.json';

/**
 * How one id (or several, for `merged`) of the previous layout became ids of this one:
 * - renamed: same question, new id; its answer and note move over as they are;
 * - revised: the question changed enough that the answer may not hold; answer and note move over and the
 *   item is named for a new rating;
 * - split: one question became several; each new item gets the answer and note, and is named for a rating;
 * - merged: several became one; notes are joined, the answer moves over when all agreed (otherwise the old
 *   answers are kept as earlier answers), and the item is named for a rating;
 * - removed: no home; the answer and note are kept as earlier answers, shown with the results.
 * The same entries rename dimension ids (then only `renamed` or `revised`), which moves chosen targets.
 */
export type ChangeKind = 'renamed' | 'revised' | 'split' | 'merged' | 'removed';

export interface Change {
  kind: ChangeKind;
  /** The id in the previous layout; several for `merged`. */
  from: string | string[];
  /** The ids in this layout; empty for `removed`. */
  to: string[];
  /** Why, for reviewers (not shown to users). */
  why?: string;
}

export interface LayoutDimension {
  id: string;
  /** Item ids in content order, rated and count items together. */
  items: string[];
  /** Which of `items` are count items (the rest are rated). */
  counts?: string[];
}

export interface RubricLayout {
  /** 1, 2, 3… per rubric; stored answers name the layout their ids follow. */
  layout: number;
  /** When this layout first went out (ISO date), for people. */
  released?: string;
  dimensions: LayoutDimension[];
  /** How the previous layout's ids became these; absent for the first layout. */
  changes?: Change[];
}

export interface RubricHistory {
  rubric: string;
  /** Every released layout, oldest first; the last is the one the content files have now. */
  layouts: RubricLayout[];
}

/** The site's rubrics' histories, by rubric id. */
export const HISTORIES: Readonly<Record<string, RubricHistory>> = Object.fromEntries(
  ([districtOfficeSupport, coachingConditions, coachDeployment] as RubricHistory[]).map((h) => [h.rubric, h]),
);

/** The history of a rubric, or undefined for one without (a rubric made for a test). */
export function historyOf(rubric: string): RubricHistory | undefined {
  return HISTORIES[rubric];
}

/** The layout answers are written in today: the last released one. */
export function currentLayout(history: RubricHistory): RubricLayout {
  return history.layouts[history.layouts.length - 1]!;
}

/** The layout with that number, if the history has it. */
export function layoutNumbered(history: RubricHistory, layout: number): RubricLayout | undefined {
  return history.layouts.find((l) => l.layout === layout);
}

/** A layout as a rubric outline: what share codes and scoring need to know of it. */
export function outlineOf(layout: RubricLayout): RubricOutline {
  return {
    dimensions: layout.dimensions.map((d) => ({
      id: d.id,
      items: d.items.map((id) => ({
        id,
        kind: d.counts?.includes(id) ? ('count' as const) : ('rated' as const),
      })),
    })),
  };
}

/** The layout of a rubric's content, as a history records it (for a new release or a test's message). */
export function layoutOfOutline(outline: RubricOutline, layout: number): RubricLayout {
  return {
    layout,
    dimensions: outline.dimensions.map((d) => {
      const counts = d.items.filter((item) => item.kind === 'count').map((item) => item.id);
      return { id: d.id, items: d.items.map((item) => item.id), ...(counts.length > 0 && { counts }) };
    }),
  };
}
