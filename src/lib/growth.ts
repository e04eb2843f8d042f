/**
 * The growth map: for each dimension, where the district stands, where it aims, and what the next level
 * looks like; and the few moves that matter most, in the order to make them. Rules, as the About page
 * states them:
 * - the default target of a dimension is one level above its current level (at most 4); a chosen target wins;
 * - the next step for an item is the descriptor of the level above its current one;
 * - moves are ordered: foundations first (the dimensions others depend on), then the largest gap
 *   between score and target, then the order of the rubric.
 */
import type { Assessment, Rating } from './assessment';
import type { Level } from './levels';
import type { RatedItem, Rubric } from './schema/rubric';
import { EPSILON, scoreRubric, type DimensionScore } from './scoring';

/** One level above the current one, at most 4; null when the dimension has no score yet. */
export function defaultTarget(level: Level | null): Level | null {
  return level === null ? null : (Math.min(4, level + 1) as Level);
}

/** The level above a rating, or null when there is none (top level, not sure, unanswered). */
export function nextLevel(rating: Rating | undefined): Level | null {
  return typeof rating === 'number' && rating < 4 ? ((rating + 1) as Level) : null;
}

export interface ItemStep {
  itemId: string;
  rating: Rating | undefined;
  /** The level the item reaches next, or null when at the top or not rated. */
  next: Level | null;
  /** What the item looks like at the next level: its descriptor for that level. */
  nextDescriptor: string | null;
}

export interface DimensionGrowth extends DimensionScore {
  /** The level aimed for: the chosen target, or the default one level up. */
  target: Level | null;
  /** True when the target is the default rather than chosen. */
  targetIsDefault: boolean;
  /** How far the score is below the target (0 when at or above it, null without a score or target). */
  gap: number | null;
  foundation: boolean;
  items: ItemStep[];
}

/** The next step of a rated item. */
export function itemStep(item: RatedItem, rating: Rating | undefined): ItemStep {
  const next = nextLevel(rating);
  return {
    itemId: item.id,
    rating,
    next,
    nextDescriptor: next === null ? null : (item.levels[next] ?? null),
  };
}

/** The growth map of an assessment: every dimension's score, target, gap and item steps. */
export function growthMap(
  rubric: Pick<Rubric, 'dimensions'>,
  assessment: Pick<Assessment, 'ratings' | 'targets'>,
): DimensionGrowth[] {
  const scores = scoreRubric(rubric, assessment).dimensions;
  return rubric.dimensions.map((dimension, i) => {
    const score = scores[i]!;
    const chosen = assessment.targets?.[dimension.id];
    const target = chosen ?? defaultTarget(score.level);
    const gap = score.score === null || target === null ? null : Math.max(0, target - score.score);
    return {
      ...score,
      target,
      targetIsDefault: chosen === undefined,
      gap: gap !== null && gap < EPSILON ? 0 : gap,
      foundation: dimension.foundation,
      items: dimension.items
        .filter((item): item is RatedItem => item.kind === 'rated')
        .map((item) => itemStep(item, assessment.ratings[item.id])),
    };
  });
}

export type MoveReason = 'foundation' | 'largest-gap' | 'gap';

export interface Move {
  dimensionId: string;
  /** Why this move comes where it does. */
  reason: MoveReason;
  gap: number;
  /** The items to lift first: the lowest rated in the dimension, with what their next level looks like. */
  steps: ItemStep[];
}

/**
 * The moves that matter most, at most `limit`: dimensions below their target, foundations first, then
 * by gap (largest first), then in rubric order. Each names up to `stepsPerMove` of its lowest-rated items.
 */
export function nextMoves(map: DimensionGrowth[], limit = 3, stepsPerMove = 2): Move[] {
  const open = map.map((d, order) => ({ d, order })).filter(({ d }) => d.gap !== null && d.gap > 0);
  const largest = Math.max(0, ...open.map(({ d }) => d.gap!));
  open.sort(
    (a, b) => Number(b.d.foundation) - Number(a.d.foundation) || b.d.gap! - a.d.gap! || a.order - b.order,
  );
  return open.slice(0, limit).map(({ d }) => ({
    dimensionId: d.dimensionId,
    reason: d.foundation ? 'foundation' : Math.abs(d.gap! - largest) < EPSILON ? 'largest-gap' : 'gap',
    gap: d.gap!,
    steps: d.items
      .filter((step) => step.next !== null)
      .sort((a, b) => (a.rating as number) - (b.rating as number))
      .slice(0, stepsPerMove),
  }));
}
