/** How far along an assessment is: what a progress bar and a review step need. */
import type { Assessment } from './assessment';
import type { Item, RubricOutline } from './schema/rubric';

export type { RubricOutline };

export interface Progress {
  /** Items with any answer ("Not sure" counts: the person has considered the item). */
  answered: number;
  /** Every item, rated or counted. */
  total: number;
  /** The items still without an answer, in the order they are asked. */
  unanswered: { dimensionId: string; itemId: string }[];
}

/** True when the item has an answer of its kind. */
export function isAnswered(
  item: Pick<Item, 'id' | 'kind'>,
  assessment: Pick<Assessment, 'ratings' | 'counts'>,
): boolean {
  return Object.hasOwn(item.kind === 'rated' ? assessment.ratings : assessment.counts, item.id);
}

/** Counts answered items and lists the rest. */
export function progressOf(
  rubric: RubricOutline,
  assessment: Pick<Assessment, 'ratings' | 'counts'>,
): Progress {
  const unanswered: Progress['unanswered'] = [];
  let total = 0;
  for (const dimension of rubric.dimensions) {
    for (const item of dimension.items) {
      total++;
      if (!isAnswered(item, assessment)) unanswered.push({ dimensionId: dimension.id, itemId: item.id });
    }
  }
  return { answered: total - unanswered.length, total, unanswered };
}
