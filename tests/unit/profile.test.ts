import { describe, expect, it } from 'vitest';
import { MAX_PROFILE_LENGTH, emptyAssessment, withNote, withProfile } from '../../src/lib/assessment';
import { assessmentSchema } from '../../src/lib/schema/assessment';

const start = withNote(emptyAssessment('r', new Date('2026-01-01T00:00:00Z')), 'x', 'A note');
const later = new Date('2026-02-02T10:00:00Z');

describe('withProfile', () => {
  it('records the district and the role as typed, dates the change and keeps the rest', () => {
    const next = withProfile(start, { district: 'Riverside Unified ', role: 'Superintendent' }, later);
    expect(next).toEqual({
      ...start,
      district: 'Riverside Unified ',
      role: 'Superintendent',
      updatedAt: later.toISOString(),
    });
    expect(start.district).toBeUndefined();
  });

  it('changes only the fields it is given', () => {
    const both = withProfile(start, { district: 'Riverside', role: 'Principal' });
    expect(withProfile(both, { role: 'Coach lead' })).toMatchObject({
      district: 'Riverside',
      role: 'Coach lead',
    });
    expect(withProfile(both, { district: 'Lakeview' })).toMatchObject({
      district: 'Lakeview',
      role: 'Principal',
    });
    expect(withProfile(both, {})).toMatchObject({ district: 'Riverside', role: 'Principal' });
  });

  it('removes a field that is blanked, rather than keeping an empty one', () => {
    const both = withProfile(start, { district: 'Riverside', role: 'Principal' });
    const cleared = withProfile(both, { district: '   ', role: '' });
    expect('district' in cleared).toBe(false);
    expect('role' in cleared).toBe(false);
  });

  it('cuts text to the length saved data allows, so the result always stays savable', () => {
    const long = withProfile(start, { district: 'd'.repeat(500), role: 'r'.repeat(MAX_PROFILE_LENGTH + 1) });
    expect(long.district).toHaveLength(MAX_PROFILE_LENGTH);
    expect(long.role).toHaveLength(MAX_PROFILE_LENGTH);
    expect(assessmentSchema.safeParse(long).success).toBe(true);
  });
});
