/** What a set of responses says together: each item's and dimension's distribution, by role too. */
import type { Assessment } from '../assessment';
import type { RubricOutline } from '../schema/rubric';
import { levelOf, scoreDimension } from '../scoring';
import { mean, medianOfSorted } from '../stats';
import { DISCUSS_SPREAD, isLevel, NO_ROLE, ROLES, type Workshop } from './types';

/**
 * How a group of responses rated one thing. `levels`, `unsure`, `na` and `unanswered` add up to `responses`.
 */
export interface Distribution {
  /** How many responses are at each level, 0 to 4. */
  levels: [number, number, number, number, number];
  /** Responses marked "Not sure". */
  unsure: number;
  /** Responses saying the item does not apply here (only items that allow it; always 0 for dimensions). */
  na: number;
  /** Responses with no answer. */
  unanswered: number;
  /** Every response counted. */
  responses: number;
  /** The middle level (the mean of the two middle ones for an even count); null when no level was given. */
  median: number | null;
  mean: number | null;
  /** Highest level minus lowest level given; null when no level was given. */
  spread: number | null;
  /** True when the levels spread by DISCUSS_SPREAD or more: the team should talk it through. */
  discuss: boolean;
}

export interface ItemAggregate extends Distribution {
  itemId: string;
  /** The same, by role group (see Aggregate.roles); empty without a breakdown. */
  byRole: Record<string, Distribution>;
}

/** The numbers given for a count item (e.g. schools per coach). */
export interface CountSummary {
  itemId: string;
  answered: number;
  unanswered: number;
  median: number | null;
  mean: number | null;
  min: number | null;
  max: number | null;
}

/**
 * A dimension, counting each response at the level its dimension score reaches (the scoring rule of
 * lib/scoring.ts); median and mean are of those scores. A response the rule leaves unscored in the dimension
 * (fewer than half of its items with a level) counts as unsure when it marked any item "Not sure", and as
 * unanswered otherwise.
 */
export interface DimensionAggregate extends Distribution {
  dimensionId: string;
  items: ItemAggregate[];
  counts: CountSummary[];
  byRole: Record<string, Distribution>;
}

export interface Aggregate {
  responses: number;
  /** The role groups present, in ROLES order then NO_ROLE; empty without a breakdown. */
  roles: string[];
  dimensions: DimensionAggregate[];
  /** Each response's overall score, counted like a dimension. */
  overall: Distribution & { byRole: Record<string, Distribution> };
}

type LevelCounts = [number, number, number, number, number];
const zeroLevels = (): LevelCounts => [0, 0, 0, 0, 0];

/** The level at a position (0-based) of the levels in ascending order. */
function levelAt(levels: LevelCounts, position: number): number {
  let seen = 0;
  for (let level = 0; level < 5; level++) {
    seen += levels[level]!;
    if (position < seen) return level;
  }
  return 4;
}

/** A distribution from counts of whole levels (an item's ratings). */
function fromLevels(levels: LevelCounts, unsure: number, unanswered: number, na = 0): Distribution {
  const rated = levels.reduce((sum, n) => sum + n, 0);
  const counts = { levels, unsure, na, unanswered, responses: rated + unsure + na + unanswered };
  if (rated === 0) return { ...counts, median: null, mean: null, spread: null, discuss: false };
  // From the counts at each level, without listing every rating: a room can hold hundreds of responses.
  const average = levels.reduce((sum, n, level) => sum + n * level, 0) / rated;
  const middle = (levelAt(levels, Math.floor((rated - 1) / 2)) + levelAt(levels, Math.floor(rated / 2))) / 2;
  const spread = levelAt(levels, rated - 1) - levelAt(levels, 0);
  return {
    ...counts,
    median: middle,
    mean: average,
    spread,
    discuss: spread >= DISCUSS_SPREAD,
  };
}

/** A distribution from scores (means of levels), each counted at the level it reaches. */
function fromScores(scores: number[], unsure: number, unanswered: number): Distribution {
  const levels = zeroLevels();
  for (const score of scores) levels[levelOf(score)]++;
  const base = fromLevels(levels, unsure, unanswered);
  if (scores.length === 0) return base;
  // Sorted first, so the sum (and so the mean) is the same whatever order the responses came in.
  const sorted = [...scores].sort((a, b) => a - b);
  return { ...base, median: medianOfSorted(sorted), mean: mean(sorted) };
}

function summariseCounts(itemId: string, values: number[], total: number): CountSummary {
  if (values.length === 0)
    return { itemId, answered: 0, unanswered: total, median: null, mean: null, min: null, max: null };
  const sorted = [...values].sort((a, b) => a - b);
  return {
    itemId,
    answered: sorted.length,
    unanswered: total - sorted.length,
    median: medianOfSorted(sorted),
    mean: mean(sorted),
    min: sorted[0]!,
    max: sorted.at(-1)!,
  };
}

/** Role groups in display order: ROLES first, then the group without a role, then any others by name. */
function orderRoles(keys: Iterable<string>): string[] {
  const rank = (key: string) => {
    const index = (ROLES as readonly string[]).indexOf(key);
    return index >= 0 ? index : key === NO_ROLE ? ROLES.length : ROLES.length + 1;
  };
  return [...new Set(keys)].sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
}

/** Collects scores (or unsure/unanswered marks) per group, then makes a distribution of each. */
class ScoreGroups {
  private readonly groups = new Map<string, { scores: number[]; unsure: number; unanswered: number }>();
  add(group: string, score: number | null, unsure: boolean): void {
    let g = this.groups.get(group);
    if (!g) this.groups.set(group, (g = { scores: [], unsure: 0, unanswered: 0 }));
    if (score !== null) g.scores.push(score);
    else if (unsure) g.unsure++;
    else g.unanswered++;
  }
  distributions(roles: string[]): Record<string, Distribution> {
    const out: Record<string, Distribution> = {};
    for (const role of roles) {
      const g = this.groups.get(role);
      if (g) out[role] = fromScores(g.scores, g.unsure, g.unanswered);
    }
    return out;
  }
}

export interface AggregateOptions {
  /** The role of each response, in the same order as the assessments: asks for a breakdown by role. */
  roles?: readonly (string | undefined)[];
}

/**
 * Every item's and dimension's distribution of ratings over a set of responses: counts at each level,
 * "not sure" and unanswered, median, mean and spread, and whether to discuss it; by role group too when
 * roles are given. Answers to items the outline does not have are ignored. The result does not depend on
 * the order of the responses.
 */
export function aggregateResponses(
  outline: RubricOutline,
  assessments: readonly Pick<Assessment, 'ratings' | 'counts'>[],
  options: AggregateOptions = {},
): Aggregate {
  const breakdown = options.roles !== undefined;
  const groupOf = (index: number) => options.roles?.[index] ?? NO_ROLE;
  const roles = breakdown ? orderRoles(assessments.map((_, i) => groupOf(i))) : [];
  // Each response's role group as 1-based positions in `roles` (0 is everyone), found once.
  const groupIndex = breakdown ? assessments.map((_, i) => roles.indexOf(groupOf(i)) + 1) : null;
  // Each response's dimension scores and overall score, by the rules of lib/scoring.ts (scoreRubric without
  // the weakest dimension, which a workshop does not need for each person).
  const scored = assessments.map((a) => {
    const dimensions = outline.dimensions.map((dimension) => scoreDimension(dimension, a));
    const scores: number[] = [];
    for (const dimension of dimensions) if (dimension.score !== null) scores.push(dimension.score);
    return { dimensions, score: mean(scores) };
  });
  const overall = new ScoreGroups();
  const overallAll: number[] = [];
  let overallUnsure = 0;

  scored.forEach((score, i) => {
    const unsure = score.dimensions.some((d) => d.unsure > 0);
    if (score.score !== null) overallAll.push(score.score);
    else if (unsure) overallUnsure++;
    if (breakdown) overall.add(groupOf(i), score.score, unsure);
  });

  const dimensions = outline.dimensions.map((dimension, d): DimensionAggregate => {
    const items: ItemAggregate[] = [];
    const counts: CountSummary[] = [];
    for (const item of dimension.items) {
      if (item.kind === 'count') {
        const values: number[] = [];
        for (const a of assessments) {
          const value = Object.hasOwn(a.counts, item.id) ? a.counts[item.id] : undefined;
          if (typeof value === 'number') values.push(value);
        }
        counts.push(summariseCounts(item.id, values, assessments.length));
        continue;
      }
      // One tally for everyone (index 0) and one per role group (1…): plain counters, no allocation per
      // response, since a workshop can hold hundreds of responses.
      const tallies = [0, ...roles].map(() => ({ levels: zeroLevels(), unsure: 0, na: 0, unanswered: 0 }));
      for (let i = 0; i < assessments.length; i++) {
        const ratings = assessments[i]!.ratings;
        const rating = Object.hasOwn(ratings, item.id) ? ratings[item.id] : undefined;
        const all = tallies[0]!;
        const group = groupIndex ? tallies[groupIndex[i]!]! : undefined;
        if (rating === 'unsure') {
          all.unsure++;
          if (group) group.unsure++;
        } else if (isLevel(rating)) {
          all.levels[rating]++;
          if (group) group.levels[rating]++;
        } else if (rating === 'na') {
          all.na++;
          if (group) group.na++;
        } else {
          all.unanswered++;
          if (group) group.unanswered++;
        }
      }
      const byRole: Record<string, Distribution> = {};
      roles.forEach((role, r) => {
        const g = tallies[r + 1]!;
        byRole[role] = fromLevels(g.levels, g.unsure, g.unanswered, g.na);
      });
      const all = tallies[0]!;
      items.push({ itemId: item.id, ...fromLevels(all.levels, all.unsure, all.unanswered, all.na), byRole });
    }

    const groups = new ScoreGroups();
    const scores: number[] = [];
    let unsure = 0;
    scored.forEach((score, i) => {
      const dim = score.dimensions[d]!;
      if (dim.score !== null) scores.push(dim.score);
      else if (dim.unsure > 0) unsure++;
      if (breakdown) groups.add(groupOf(i), dim.score, dim.unsure > 0);
    });
    return {
      dimensionId: dimension.id,
      ...fromScores(scores, unsure, assessments.length - scores.length - unsure),
      items,
      counts,
      byRole: groups.distributions(roles),
    };
  });

  return {
    responses: assessments.length,
    roles,
    dimensions,
    overall: {
      ...fromScores(overallAll, overallUnsure, assessments.length - overallAll.length - overallUnsure),
      byRole: overall.distributions(roles),
    },
  };
}

/** The aggregate of a workshop's responses, broken down by the roles the facilitator gave them. */
export function aggregateWorkshop(outline: RubricOutline, workshop: Workshop): Aggregate {
  return aggregateResponses(
    outline,
    workshop.responses.map((r) => r.assessment),
    { roles: workshop.responses.map((r) => r.role) },
  );
}
