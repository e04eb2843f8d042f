/**
 * The scoring rules, exactly as the About page states them:
 * - an item's score is its level 0–4; "Not sure" and unanswered items are left out and counted;
 * - an item marked "does not apply" is not part of the dimension for this district: left out and counted;
 * - a dimension is scored only when at least half of its rated items that apply have a level (so "Not
 *   sure" cannot quietly stand in for the items it leaves out); its score is then the mean of those levels,
 *   and its level the highest level the mean reaches;
 * - the rubric's score is the mean of the scored dimensions, and it names the dimensions it leaves out;
 *   the weakest dimension is named.
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
  /** Mean of the answered items, or null when fewer than half of the rated items have a level. */
  score: number | null;
  /** The highest level the mean reaches, or null when the dimension is not scored. */
  level: Level | null;
  /** True when some items have a level, but fewer than half: too few to score. */
  tooFew: boolean;
  /** Rated items answered with a level. */
  answered: number;
  /** Rated items marked "Not sure". */
  unsure: number;
  /** Rated items marked as not applying to this district. */
  na: number;
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
  /** Dimensions left out of the overall score because fewer than half of their items have a level. */
  unscored: string[];
  /** True when there is no overall score although some items have a level: too few to score any dimension. */
  tooFew: boolean;
}

export { mean };

/** The highest level 0–4 that a mean reaches: 2.7 is level 2, 3.0 is level 3. */
export function levelOf(score: number): Level {
  return Math.min(4, Math.max(0, Math.floor(score + EPSILON))) as Level;
}

/** True when `rated` levels out of `total` rated items are enough to score: at least half of them. */
export function enoughToScore(rated: number, total: number): boolean {
  return rated > 0 && rated * 2 >= total;
}

/** Scores one dimension from the assessment's ratings. */
export function scoreDimension(
  dimension: DimensionOutline,
  assessment: Pick<Assessment, 'ratings'>,
): DimensionScore {
  const levels: number[] = [];
  let unsure = 0;
  let na = 0;
  let total = 0;
  for (const item of dimension.items) {
    if (item.kind !== 'rated') continue;
    total++;
    const rating = assessment.ratings[item.id];
    if (rating === 'unsure') unsure++;
    else if (rating === 'na') na++;
    else if (rating !== undefined) levels.push(rating);
  }
  const score = enoughToScore(levels.length, total - na) ? mean(levels) : null;
  return {
    dimensionId: dimension.id,
    score,
    level: score === null ? null : levelOf(score),
    tooFew: score === null && levels.length > 0,
    answered: levels.length,
    unsure,
    na,
    unanswered: total - levels.length - unsure - na,
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
    tooFew: score === null && dimensions.some((d) => d.tooFew),
  };
}
