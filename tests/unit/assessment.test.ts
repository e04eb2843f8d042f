import { describe, expect, it } from 'vitest';
import { emptyAssessment, hasAnyAnswer, withCount, withNote, withRating } from '../../src/lib/assessment';

const start = emptyAssessment('r', new Date('2026-01-01T00:00:00Z'));
const later = new Date('2026-02-02T10:00:00Z');

describe('assessment updates', () => {
  it('starts empty, dated, for the given rubric', () => {
    expect(start).toEqual({
      rubric: 'r',
      ratings: {},
      counts: {},
      notes: {},
      updatedAt: '2026-01-01T00:00:00.000Z',
    });
    expect(hasAnyAnswer(start)).toBe(false);
  });

  it('records a rating without changing the original, and dates the change', () => {
    const next = withRating(start, 'x', 3, later);
    expect(next.ratings).toEqual({ x: 3 });
    expect(next.updatedAt).toBe(later.toISOString());
    expect(start.ratings).toEqual({});
    expect(hasAnyAnswer(next)).toBe(true);
  });

  it('replaces a rating and clears it with undefined', () => {
    const twice = withRating(withRating(start, 'x', 3), 'x', 'unsure');
    expect(twice.ratings).toEqual({ x: 'unsure' });
    expect(withRating(twice, 'x', undefined).ratings).toEqual({});
  });

  it('records and clears a count', () => {
    const counted = withCount(start, 'schools', 2);
    expect(counted.counts).toEqual({ schools: 2 });
    expect(withCount(counted, 'schools', undefined).counts).toEqual({});
  });

  it('keeps a note as typed and drops a blank one', () => {
    const noted = withNote(start, 'x', '  Monthly network  ');
    expect(noted.notes).toEqual({ x: '  Monthly network  ' });
    expect(withNote(noted, 'x', '   ').notes).toEqual({});
  });
});
