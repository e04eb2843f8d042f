/** What the printable score sheet shows: the scores and growth map on one page, the notes, and its QR link. */
import type { Assessment } from '../assessment';
import type { DimensionGrowth } from '../growth';
import type { Item, Rubric, RubricOutline } from '../schema/rubric';
import { shareLink, type ShareLink } from '../share-code/link';
import { scoresView, type ScoresView } from './scores';

export interface SheetView extends ScoresView {
  /** The items with a note, in rubric order. */
  noted: Item[];
  /** True when any note is saved (the sheet then offers to put them in the QR code). */
  hasNotes: boolean;
}

/** The score sheet of `assessment`. Next moves: three, one item each, to fit the page. */
export function sheetView(rubric: Rubric, assessment: Assessment): SheetView {
  const items = rubric.dimensions.flatMap((d) => d.items);
  return {
    ...scoresView(rubric, assessment, { limit: 3, stepsPerMove: 1 }),
    noted: items.filter((item) => (assessment.notes[item.id] ?? '').trim() !== ''),
    hasNotes: Object.keys(assessment.notes).length > 0,
  };
}

/** The letter that keys a dimension on the chart and in the grid: A, B, C… */
export const keyOf = (index: number) => String.fromCharCode(65 + index);

/** Classes of a level cell on a dimension row: where it stands, its target and the path between. */
export function sheetCellClass(row: DimensionGrowth, level: number): string {
  const classes = [];
  if (row.level === level) classes.push('is-now');
  if (row.target === level && row.target !== row.level) classes.push('is-target');
  if (row.level !== null && row.target !== null && level > row.level && level < row.target)
    classes.push('is-path');
  return classes.join(' ');
}

/**
 * Longest link put in the QR code when notes are included. Beyond it the code needs so many modules that a
 * phone struggles to read it from paper, so the notes are left out instead.
 */
export const MAX_QR_LINK = 400;

/** The sheet's QR link: without notes, or with them when they fit in a readable QR code. */
export function sheetLink(
  resultsUrl: string,
  assessment: Assessment,
  rubric: { id: string; data: RubricOutline },
  withNotes: boolean,
): Promise<ShareLink> {
  return shareLink(
    assessment,
    rubric,
    { notes: withNotes, profile: true, dropNotesIfLong: true, maxLength: MAX_QR_LINK },
    resultsUrl,
  );
}
