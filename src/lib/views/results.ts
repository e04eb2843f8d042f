/** What the results page shows: the scores and growth of the answers shown, and what changed since earlier ones. */
import type { Assessment } from '../assessment';
import { insightsFor, type AnswersByRubric } from '../insights';
import type { Insight } from '../schema/insight';
import type { Rubric, RubricOutline } from '../schema/rubric';
import { compareAssessments, type Comparison } from '../snapshots';
import { scoresView, type ScoresView } from './scores';

export interface ResultsView extends ScoresView {
  /** How the scores changed from the earlier answers, when comparing. */
  comparison: Comparison | null;
}

/** The results of `shown`, compared with `earlier` when given. Next moves: three, two items each. */
export function resultsView(rubric: Rubric, shown: Assessment, earlier?: Assessment): ResultsView {
  return {
    ...scoresView(rubric, shown, { limit: 3, stepsPerMove: 2 }),
    comparison: earlier ? compareAssessments(rubric, earlier, shown) : null,
  };
}

/**
 * The insights that show on `rubricId`'s results page, read from its current answers and the answers
 * saved for the other rubrics the insights look at.
 */
export function insightsShown(
  rubricId: string,
  rubric: RubricOutline,
  current: Assessment,
  insights: Insight[],
  others: Record<string, { outline: RubricOutline; assessment: Assessment }>,
): Insight[] {
  const answers: AnswersByRubric = { [rubricId]: { outline: rubric, assessment: current }, ...others };
  return insightsFor(rubricId, insights, answers);
}
