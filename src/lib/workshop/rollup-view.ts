/**
 * What the roll-up shows, as plain data for its components: the school columns (named, or numbered in
 * anonymous mode), the heatmap's rows, each group's figures per dimension, and the perception gaps.
 */
import type { Rubric } from '../schema/rubric';
import {
  anonymousSchools,
  groupFigures,
  NO_SCHOOL,
  rollupOf,
  type PerceptionGap,
  type SchoolGroup,
} from './rollup';
import { NO_ROLE } from './types';
import type { WorkshopResponse } from './types';

/** A column or row of the roll-up: a school or a role group. */
export interface Group {
  /** What the group's figures are keyed by in the aggregates: a school's key holds its name. */
  key: string;
  /** What the page may show of the group: the key, or in anonymous mode the school's number. */
  id: string;
  /** The school's name as typed, an anonymous school's number, no school, or a role group's key. */
  name:
    | { kind: 'typed'; text: string }
    | { kind: 'school'; number: number }
    | { kind: 'no-school' }
    | { kind: 'role'; role: string };
  responses: number;
}

export interface Figures {
  median: number;
  spread: number;
}

export interface HeatRow {
  itemId: string;
  /** "2.3": the dimension's position and the item's. */
  number: string;
  text: string;
  /** The median level of each school, in the order of `schools`; null when none gave a level. */
  medians: (number | null)[];
}

export interface GroupRow {
  group: Group;
  /** Median and spread of each dimension, in rubric order; null when the group gave it no score. */
  dimensions: (Figures | null)[];
}

export interface RollupView {
  schools: Group[];
  heatmap: HeatRow[];
  bySchool: GroupRow[];
  byRole: GroupRow[];
  gaps: (PerceptionGap & { number: string; text: string })[];
  /** Whether both sides of a perception gap answered: district staff, and principals or coaches. */
  bothSides: boolean;
}

function schoolGroups(schools: SchoolGroup[], anonymous: boolean): Group[] {
  if (anonymous)
    return anonymousSchools(schools).map((s) => ({
      key: s.key,
      id: s.number === 0 ? NO_SCHOOL : `school-${s.number}`,
      name: s.number === 0 ? { kind: 'no-school' } : { kind: 'school', number: s.number },
      responses: s.responses,
    }));
  return schools.map((s) => ({
    key: s.key,
    id: s.key,
    name: s.key === NO_SCHOOL ? { kind: 'no-school' } : { kind: 'typed', text: s.label },
    responses: s.responses,
  }));
}

/** The roll-up of `responses` as the board shows it; `anonymous` numbers the schools instead of naming them. */
export function rollupView(
  rubric: Rubric,
  responses: readonly WorkshopResponse[],
  anonymous: boolean,
): RollupView {
  const rollup = rollupOf(rubric, responses);
  const schools = schoolGroups(rollup.schools, anonymous);
  const numbers = new Map<string, { number: string; text: string }>();
  rubric.dimensions.forEach((dimension, d) =>
    dimension.items.forEach((item, i) =>
      numbers.set(item.id, { number: `${d + 1}.${i + 1}`, text: item.text }),
    ),
  );
  const heatmap = rollup.bySchool.dimensions.flatMap((dimension) =>
    dimension.items.map((item) => ({
      itemId: item.itemId,
      ...numbers.get(item.itemId)!,
      medians: schools.map((s) => item.byRole[s.key]?.median ?? null),
    })),
  );
  const bySchool = schools.map((group) => ({
    group,
    dimensions: rollup.bySchool.dimensions.map((d) => groupFigures(d.byRole[group.key])),
  }));
  const roleCounts = new Map<string, number>();
  for (const r of responses) roleCounts.set(r.role ?? NO_ROLE, (roleCounts.get(r.role ?? NO_ROLE) ?? 0) + 1);
  const byRole = rollup.byRole.roles.map((role) => ({
    group: {
      key: role,
      id: role,
      name: { kind: 'role' as const, role },
      responses: roleCounts.get(role) ?? 0,
    },
    dimensions: rollup.byRole.dimensions.map((d) => groupFigures(d.byRole[role])),
  }));
  const roles = new Set(rollup.byRole.roles);
  return {
    schools,
    heatmap,
    bySchool,
    byRole,
    gaps: rollup.gaps.map((gap) => ({ ...gap, ...numbers.get(gap.itemId)! })),
    bothSides: roles.has('district-staff') && (roles.has('principal') || roles.has('coach')),
  };
}
