/** What the growth map on the results page shows in each row and cell. */
import { defaultTarget, type DimensionGrowth, type ItemStep } from '../growth';
import type { Level } from '../levels';
import { levelOf } from '../scoring';
import type { Comparison, DimensionDelta, ItemDelta } from '../snapshots';

/** Classes of a level cell: now, target, the path between them, the level after now, and the level before. */
export function levelMarks(now: Level | null, target: Level | null, was: Level | null, level: Level): string {
  const classes = [];
  if (now !== null && now < 4 && level === now + 1) classes.push('has-next');
  if (now === level) classes.push('is-now');
  if (target === level && target !== now) classes.push('is-target');
  if (now !== null && target !== null && level > now && level < target) classes.push('is-path');
  if (was === level) classes.push('is-was');
  return classes.join(' ');
}

export interface GridItem {
  step: ItemStep;
  /** The item's level, or null when it is not rated with one. */
  rating: Level | null;
  before: ItemDelta | undefined;
  /** The item's earlier level, when comparing and it had one. */
  was: Level | null;
}

export interface GridRow {
  growth: DimensionGrowth;
  before: DimensionDelta | undefined;
  /** The level of the earlier score, when comparing. */
  was: Level | null;
  /** The level above the current one, whose summary the row shows; null at the top or without a score. */
  next: Level | null;
  /** The target the row aims at when none is chosen (one level up), for the target menu's first choice. */
  defaultTarget: Level | null;
  items: GridItem[];
}

/** The growth map's rows, with what the comparison (if any) says of each dimension and item. */
export function growthGridRows(growth: DimensionGrowth[], comparison: Comparison | null): GridRow[] {
  return growth.map((row, d) => {
    const before = comparison?.dimensions[d];
    return {
      growth: row,
      before,
      was: before?.before != null ? levelOf(before.before) : null,
      next: row.level !== null && row.level < 4 ? ((row.level + 1) as Level) : null,
      defaultTarget: defaultTarget(row.level),
      items: row.items.map((step, i) => {
        const itemBefore = before?.items[i];
        return {
          step,
          rating: typeof step.rating === 'number' ? step.rating : null,
          before: itemBefore,
          was: comparison && typeof itemBefore?.before === 'number' ? itemBefore.before : null,
        };
      }),
    };
  });
}

/** The words an item without a level shows instead of one, as a key of the interface text. */
export function withoutLevelKey(rating: unknown): 'notSure' | 'doesNotApply' | 'notRated' {
  return rating === 'unsure' ? 'notSure' : rating === 'na' ? 'doesNotApply' : 'notRated';
}
