/** Six workshop responses for the roll-up's tests, whose figures are worked out by hand in tests/unit/rollup.test.ts. */
import type { Rating } from '../src/lib/assessment';
import type { Role, WorkshopResponse } from '../src/lib/workshop';
import { answered } from './fixtures';

/** A response of smallRubric with its role, school (as typed) and a typed role naming the role. */
export function rollupResponse(
  number: number,
  role: Role | undefined,
  school: string | undefined,
  ratings: Record<string, Rating>,
): WorkshopResponse {
  return {
    id: `r${number}`,
    number,
    addedAt: '2026-11-23T14:00:00.000Z',
    ...(role && { role }),
    assessment: { ...answered(ratings), ...(school !== undefined && { school }), role: `typed ${role}` },
  };
}

/**
 * Two from the district office (no school), a principal and a coach from Lakeview (spelt two ways) and from
 * Hillcrest.
 */
export const rollupResponses = [
  rollupResponse(1, 'district-staff', undefined, { a1: 4, a2: 4, a3: 3, b1: 3, b2: 2, b3: 1 }),
  rollupResponse(2, 'district-staff', undefined, { a1: 3, a2: 4, a3: 4, b1: 3, b2: 2, b3: 1 }),
  rollupResponse(3, 'principal', 'Lakeview', { a1: 1, a2: 2, a3: 2, b1: 3, b2: 2, b3: 2 }),
  rollupResponse(4, 'coach', ' lakeview ', { a1: 2, a2: 1, a3: 2, b1: 2, b2: 2, b3: 2 }),
  rollupResponse(5, 'principal', 'Hillcrest', { a1: 1, a2: 3, a3: 'unsure', b1: 3, b2: 1, b3: 3 }),
  rollupResponse(6, 'coach', 'Hillcrest', { a1: 2, a2: 2, a3: 2, b1: 4, b2: 3, b3: 2 }),
];
