/**
 * What every page that shows an assessment's results builds on: the scores, how much is answered, the
 * growth map (targets and next steps) and the moves that matter most, computed once from the answers.
 */
import type { Assessment } from '../assessment';
import { growthMap, nextMoves, type DimensionGrowth, type Move } from '../growth';
import type { Level } from '../levels';
import { progressOf, type Progress } from '../progress';
import type { Rubric } from '../schema/rubric';
import { scoreRubric, type RubricScore } from '../scoring';

export interface ScoresView {
  score: RubricScore;
  progress: Progress;
  /** One row per dimension: score, level, target, gap and each item's next step. */
  growth: DimensionGrowth[];
  moves: Move[];
  /** Each dimension's target (chosen or default), by dimension id: what the next moves aim at. */
  targets: Record<string, Level | null>;
}

/** How many moves to name, and how many items to lift in each. */
export interface MovesShown {
  limit: number;
  stepsPerMove: number;
}

/** The scores, progress, growth map and next moves of `assessment`. */
export function scoresView(
  rubric: Pick<Rubric, 'dimensions'>,
  assessment: Pick<Assessment, 'ratings' | 'counts' | 'targets'>,
  moves: MovesShown,
): ScoresView {
  const growth = growthMap(rubric, assessment);
  return {
    score: scoreRubric(rubric, assessment),
    progress: progressOf(rubric, assessment),
    growth,
    moves: nextMoves(growth, moves.limit, moves.stepsPerMove),
    targets: Object.fromEntries(growth.map((row) => [row.dimensionId, row.target])),
  };
}
