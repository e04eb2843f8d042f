/** What the district summary shows of each rubric: its overall score and how much is answered. */
import type { Assessment } from '../assessment';
import { progressOf, type Progress } from '../progress';
import type { RubricOutline } from '../schema/rubric';
import { scoreRubric, type RubricScore } from '../scoring';

export interface SummaryCardView {
  score: RubricScore;
  progress: Progress;
}

/** One rubric's card on the district summary. */
export function summaryCardView(
  outline: RubricOutline,
  assessment: Pick<Assessment, 'ratings' | 'counts'>,
): SummaryCardView {
  return { score: scoreRubric(outline, assessment), progress: progressOf(outline, assessment) };
}
