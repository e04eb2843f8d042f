/**
 * What the workshop board shows: every response's ratings gathered per item and dimension, the score the
 * agreed levels give, and what to discuss.
 */
import type { RubricOutline } from '../schema/rubric';
import { scoreRubric, type DimensionScore } from '../scoring';
import { consensusAssessment } from '../workshop/consensus';
import {
  aggregateWorkshop,
  type Aggregate,
  type CountSummary,
  type DimensionAggregate,
  type Distribution,
} from '../workshop/statistics';
import type { Workshop } from '../workshop/types';

export interface BoardView {
  aggregate: Aggregate;
  /** Each dimension's score from the agreed levels alone. */
  agreed: DimensionScore[];
  /** Items marked for discussion, across the rubric. */
  discussCount: number;
  /** True when any response has a role, so a breakdown by role says something. */
  hasRoles: boolean;
  /** The role groups a breakdown shows: none when every response is in one group. */
  roles: string[];
}

/**
 * The board of `workshop`: its aggregate, the agreed scores and what to discuss. The aggregate depends on
 * the responses alone: a caller that keeps it while they stay the same passes it in, and an agreement or a
 * dissent typed then costs no statistics over every response.
 */
export function boardView(
  rubric: RubricOutline,
  workshop: Workshop,
  aggregate: Aggregate = aggregateWorkshop(rubric, workshop),
): BoardView {
  return {
    aggregate,
    agreed: scoreRubric(rubric, consensusAssessment(workshop, rubric)).dimensions,
    discussCount: aggregate.dimensions.reduce((n, d) => n + discussIn(d), 0),
    hasRoles: workshop.responses.some((r) => r.role !== undefined),
    roles: aggregate.roles.length > 1 ? aggregate.roles : [],
  };
}

/** How many of a dimension's items are marked for discussion. */
export function discussIn(dimension: DimensionAggregate): number {
  return dimension.items.filter((item) => item.discuss).length;
}

/** The statistics a count item shows in the board's median, mean and spread columns. */
export function countStats(summary: CountSummary): Pick<Distribution, 'median' | 'mean' | 'spread'> {
  return {
    median: summary.median,
    mean: summary.mean,
    spread: summary.answered ? summary.max! - summary.min! : null,
  };
}
