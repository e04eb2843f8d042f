import { describe, expect, it } from 'vitest';
import { emptyAssessment, withRating } from '../../../src/lib/assessment';
import type { PlanStep } from '../../../src/lib/plan/model';
import { sampleStep } from './sample';
import { localDay, readingsOf, stepProgress, type Rated } from '../../../src/lib/plan/progress';

const step: PlanStep = { ...sampleStep, owner: '', indicator: '', rerate: '' };
const rated = (at: string, level: 0 | 1 | 2 | 3 | 4 | 'unsure'): Rated => ({
  at,
  ratings: { 'peer-meetings': level },
});

describe('stepProgress', () => {
  it('is reached on the date of the first rating since the step was added that meets the target', () => {
    const readings = [
      rated('2026-06-01T00:00:00.000Z', 3),
      rated('2026-12-01T00:00:00.000Z', 1),
      rated('2027-02-10T09:00:00.000Z', 2),
      rated('2027-05-01T09:00:00.000Z', 3),
    ];
    expect(stepProgress(step, readings, '2027-06-01')).toEqual({
      kind: 'reached',
      on: '2027-02-10T09:00:00.000Z',
      level: 2,
    });
  });

  it('does not count a high rating made before the step was added', () => {
    expect(stepProgress(step, [rated('2026-06-01T00:00:00.000Z', 4)], '2027-01-01')).toEqual({
      kind: 'none',
    });
  });

  it('says the item is moving when it rose but not to the target', () => {
    const far = { ...step, target: 4 as const };
    expect(stepProgress(far, [rated('2027-01-05T00:00:00.000Z', 2)], '2027-06-01')).toEqual({
      kind: 'moving',
      level: 2,
    });
  });

  it('says a step past its due date whose item has not moved has stalled, and not before the date', () => {
    const readings = [rated('2027-01-05T00:00:00.000Z', 1)];
    expect(stepProgress(step, readings, '2027-04-01')).toEqual({ kind: 'stalled', level: 1 });
    expect(stepProgress(step, readings, '2027-03-31')).toEqual({ kind: 'none' });
    expect(stepProgress({ ...step, due: '' }, readings, '2030-01-01')).toEqual({ kind: 'none' });
    expect(stepProgress({ ...step, status: 'dropped' }, readings, '2027-04-01')).toEqual({ kind: 'none' });
    expect(stepProgress(step, [rated('2027-01-05T00:00:00.000Z', 'unsure')], '2027-04-01')).toEqual({
      kind: 'stalled',
      level: null,
    });
  });

  it('reads the current answers and the snapshots, oldest first', () => {
    const current = withRating(
      emptyAssessment('coaching-conditions', new Date('2027-02-01T00:00:00Z')),
      'peer-meetings',
      2,
    );
    const old = emptyAssessment('coaching-conditions', new Date('2026-01-01T00:00:00Z'));
    const readings = readingsOf(current, [{ savedAt: '2026-09-01T00:00:00.000Z', assessment: old }]);
    expect(readings.map((r) => r.at)).toEqual(['2026-09-01T00:00:00.000Z', current.updatedAt]);
    expect(stepProgress(step, readings, '2027-02-02')).toMatchObject({ kind: 'reached', level: 2 });
  });

  it('names the local calendar day', () => {
    expect(localDay(new Date(2027, 0, 5, 23, 59))).toBe('2027-01-05');
  });
});
