/**
 * The balance reading: whether a district's answers lean towards central structures with little say for
 * schools, towards practice left to each school, or hold the two together, as the study's conclusion asks
 * ("neither too centralized … nor too decentralized"). The rubric says which of its levels lean which way
 * (`balance` in its content); the reading counts the rated items at each. Rules, as the results page and
 * the About page state them:
 * - nothing is read until at least half of the rubric's rated items that apply have a level (the scoring
 *   rule; an item marked "does not apply" is left out);
 * - items at a level that leans nowhere (the condition is absent) are listed but not counted;
 * - every counted item central: top-down; every counted item local: school by school;
 * - otherwise half or more at the balanced level: balanced; else the side with more items, or mixed on a tie;
 * - nothing counted at all: not in place, so there is no balance to read yet.
 */
import type { Assessment } from './assessment';
import type { Level } from './levels';
import { enoughToScore } from './scoring';

export type Leaning = 'central' | 'local' | 'balanced' | 'none';

export type BalanceReading =
  'top-down' | 'leans-central' | 'balanced' | 'leans-local' | 'school-by-school' | 'mixed' | 'not-in-place';

/** Which levels lean which way; levels in none of the three lean nowhere. */
export interface BalanceLevels {
  central: readonly number[];
  local: readonly number[];
  balanced: readonly number[];
}

export interface BalanceItem {
  itemId: string;
  level: Level;
}

export interface BalanceResult {
  /** The reading, or null while fewer than half of the rated items have a level. */
  reading: BalanceReading | null;
  /** The rated items with a level, by the way their level leans: the answers that led to the reading. */
  items: Record<Leaning, BalanceItem[]>;
  /** Rated items with a level, and rated items that apply (not marked "does not apply"). */
  rated: number;
  total: number;
}

/** The way a level leans under the rubric's balance. */
export function leaningOf(level: Level, levels: BalanceLevels): Leaning {
  if (levels.central.includes(level)) return 'central';
  if (levels.local.includes(level)) return 'local';
  if (levels.balanced.includes(level)) return 'balanced';
  return 'none';
}

function readingOf({ central, local, balanced }: Record<Leaning, BalanceItem[]>): BalanceReading {
  const counted = central.length + local.length + balanced.length;
  if (counted === 0) return 'not-in-place';
  if (central.length === counted) return 'top-down';
  if (local.length === counted) return 'school-by-school';
  if (balanced.length * 2 >= counted) return 'balanced';
  if (central.length > local.length) return 'leans-central';
  if (local.length > central.length) return 'leans-local';
  return 'mixed';
}

/** Reads the balance of the answers to a rubric whose levels lean as `levels` says. */
export function readBalance(
  rubric: { dimensions: { items: { id: string; kind: string }[] }[] },
  levels: BalanceLevels,
  assessment: Pick<Assessment, 'ratings'>,
): BalanceResult {
  const items: Record<Leaning, BalanceItem[]> = { central: [], local: [], balanced: [], none: [] };
  let total = 0;
  for (const dimension of rubric.dimensions)
    for (const item of dimension.items) {
      if (item.kind !== 'rated') continue;
      const rating = assessment.ratings[item.id];
      if (rating !== 'na') total++;
      if (typeof rating === 'number')
        items[leaningOf(rating, levels)].push({ itemId: item.id, level: rating });
    }
  const rated = items.central.length + items.local.length + items.balanced.length + items.none.length;
  return { reading: enoughToScore(rated, total) ? readingOf(items) : null, items, rated, total };
}
