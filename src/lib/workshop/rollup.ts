/**
 * The roll-up of a workshop: its responses grouped by school and by role, each item's median by school (the
 * heatmap), each group's median and spread per dimension, and the perception gaps between the district
 * office and the schools. Built on aggregateResponses, so every figure follows the board's own rules.
 */
import type { RubricOutline } from '../schema/rubric';
import { aggregateResponses, type Aggregate, type Distribution } from './statistics';
import { schoolKey, schoolsOf, NO_SCHOOL, type SchoolGroup } from './schools';
import type { WorkshopResponse } from './types';

export { NO_SCHOOL, schoolKey, schoolNames, schoolsOf, type SchoolGroup } from './schools';

/** The gap on one item between the district office's median and the schools' (principals' and coaches'). */
export interface PerceptionGap {
  itemId: string;
  dimensionId: string;
  district: number;
  schools: number;
  /** district − schools: positive when the district office sees the item higher than the schools do. */
  gap: number;
}

export interface Rollup {
  /** Schools in the order their columns are shown (by name, the responses without a school last). */
  schools: SchoolGroup[];
  /** Items and dimensions by school: `byRole` of each item and dimension is keyed by school key. */
  bySchool: Aggregate;
  /** Items and dimensions by role group (the roles the facilitator gave). */
  byRole: Aggregate;
  /** Items where the district office and the schools differ by a level or more, largest first. */
  gaps: PerceptionGap[];
}

/** The roles that speak for the schools in a perception gap, and the one that speaks for the district office. */
export const SCHOOL_ROLES: readonly string[] = ['principal', 'coach'];
export const DISTRICT_ROLE = 'district-staff';
/** A difference of medians this large or larger is a perception gap. */
export const GAP_THRESHOLD = 1;

/** Where the district office and the schools differ by GAP_THRESHOLD or more, largest gap first. */
export function perceptionGaps(
  outline: RubricOutline,
  responses: readonly WorkshopResponse[],
): PerceptionGap[] {
  const side = responses.map((r) =>
    r.role === DISTRICT_ROLE ? 'district' : r.role && SCHOOL_ROLES.includes(r.role) ? 'schools' : 'other',
  );
  const sides = aggregateResponses(
    outline,
    responses.map((r) => r.assessment),
    { roles: side },
  );
  const gaps: PerceptionGap[] = [];
  sides.dimensions.forEach((dimension) => {
    for (const item of dimension.items) {
      const district = item.byRole.district?.median ?? null;
      const schools = item.byRole.schools?.median ?? null;
      if (district === null || schools === null) continue;
      const gap = district - schools;
      if (Math.abs(gap) >= GAP_THRESHOLD)
        gaps.push({ itemId: item.itemId, dimensionId: dimension.dimensionId, district, schools, gap });
    }
  });
  // Largest first; equal gaps keep the rubric's order (sort is stable).
  return gaps.sort((a, b) => Math.abs(b.gap) - Math.abs(a.gap));
}

/** The whole roll-up of a workshop's responses. */
export function rollupOf(outline: RubricOutline, responses: readonly WorkshopResponse[]): Rollup {
  const assessments = responses.map((r) => r.assessment);
  return {
    schools: schoolsOf(responses),
    bySchool: aggregateResponses(outline, assessments, {
      roles: responses.map((r) => schoolKey(r.assessment.school)),
    }),
    byRole: aggregateResponses(outline, assessments, { roles: responses.map((r) => r.role) }),
    gaps: perceptionGaps(outline, responses),
  };
}

/** A group's figures for one dimension or item, or null when the group gave it no level. */
export function groupFigures(
  distribution: Distribution | undefined,
): { median: number; spread: number } | null {
  if (!distribution || distribution.median === null || distribution.spread === null) return null;
  return { median: distribution.median, spread: distribution.spread };
}

/** 32-bit FNV-1a of a text: an order for the schools in anonymous mode that says nothing of their names. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

/**
 * The schools in anonymous mode: in an order that depends on no name's place in the alphabet nor on who
 * answered first, each given a number from 1 (the responses without a school stay last, without one).
 */
export function anonymousSchools(schools: readonly SchoolGroup[]): (SchoolGroup & { number: number })[] {
  const named = schools
    .filter((s) => s.key !== NO_SCHOOL)
    .sort((a, b) => hash(a.key) - hash(b.key) || (a.key < b.key ? -1 : 1))
    .map((s, i) => ({ ...s, number: i + 1 }));
  const none = schools.find((s) => s.key === NO_SCHOOL);
  return none ? [...named, { ...none, number: 0 }] : named;
}
