/**
 * The scoring rules, exactly as the About page states them:
 * - an item's score is its level 0–4; "Not sure" and unanswered items are left out and counted;
 * - a dimension's score is the mean of its answered items; its level is the highest level the mean reaches;
 * - the rubric's score is the mean of the scored dimensions; the weakest dimension is named.
 * Count items (e.g. schools per coach) are facts, not scores: they never enter a mean.
 */
import type { Assessment } from './assessment';
import type { Level } from './levels';
import type { DimensionOutline, RubricOutline } from './schema/rubric';
import { EPSILON, mean } from './stats';

export { EPSILON };
export { formatScore } from './format';

export interface DimensionScore {
  dimensionId: string;
  /** Mean of the answered items, or null when none is answered. */
  score: number | null;
  /** The highest level the mean reaches, or null when none is answered. */
  level: Level | null;
  /** Rated items answered with a level. */
  answered: number;
  /** Rated items marked "Not sure". */
  unsure: number;
  /** Rated items not answered at all. */
  unanswered: number;
  /** Rated items in the dimension. */
  total: number;
}

export interface RubricScore {
  dimensions: DimensionScore[];
  /** Mean of the scored dimensions, or null when no dimension is scored. */
  score: number | null;
  level: Level | null;
  /** Ids of the dimensions with the lowest score (several when tied); empty when none is scored. */
  weakest: string[];
  /** Dimensions left out of the overall score because none of their items is answered. */
  unscored: string[];
}

export { mean };

/** The highest level 0–4 that a mean reaches: 2.7 is level 2, 3.0 is level 3. */
export function levelOf(score: number): Level {
  return Math.min(4, Math.max(0, Math.floor(score + EPSILON))) as Level;
}

/** Scores one dimension from the assessment's ratings. */
export function scoreDimension(
  dimension: DimensionOutline,
  assessment: Pick<Assessment, 'ratings'>,
): DimensionScore {
  const levels: number[] = [];
  let unsure = 0;
  let total = 0;
  for (const item of dimension.items) {
    if (item.kind !== 'rated') continue;
    total++;
    const rating = assessment.ratings[item.id];
    if (rating === 'unsure') unsure++;
    else if (rating !== undefined) levels.push(rating);
  }
  const score = mean(levels);
  return {
    dimensionId: dimension.id,
    score,
    level: score === null ? null : levelOf(score),
    answered: levels.length,
    unsure,
    unanswered: total - levels.length - unsure,
    total,
  };
}

/** Scores a whole rubric: every dimension, the overall mean and the weakest dimension. */
export function scoreRubric(rubric: RubricOutline, assessment: Pick<Assessment, 'ratings'>): RubricScore {
  const dimensions = rubric.dimensions.map((dimension) => scoreDimension(dimension, assessment));
  const scored = dimensions.filter((d): d is DimensionScore & { score: number } => d.score !== null);
  const score = mean(scored.map((d) => d.score));
  const lowest = Math.min(...scored.map((d) => d.score));
  return {
    dimensions,
    score,
    level: score === null ? null : levelOf(score),
    weakest: scored.filter((d) => d.score - lowest < EPSILON).map((d) => d.dimensionId),
    unscored: dimensions.filter((d) => d.score === null).map((d) => d.dimensionId),
  };
}
