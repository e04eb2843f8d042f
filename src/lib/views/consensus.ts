/** What the consensus section of the workshop shows: how far the team has agreed, and the score it gives. */
import type { RubricOutline } from '../schema/rubric';
import { scoreRubric, type RubricScore } from '../scoring';
import { consensusAssessment, consensusProgress, type ConsensusOptions } from '../workshop/consensus';
import type { Workshop } from '../workshop/types';

export interface ConsensusView {
  /** Items with an agreed level or number. */
  agreed: number;
  total: number;
  /** The rubric scored on the agreed levels. */
  score: RubricScore;
}

/** The consensus of `workshop` so far. */
export function consensusView(
  rubric: RubricOutline,
  workshop: Workshop,
  options: ConsensusOptions,
): ConsensusView {
  return {
    ...consensusProgress(workshop, rubric),
    score: scoreRubric(rubric, consensusAssessment(workshop, rubric, options)),
  };
}
