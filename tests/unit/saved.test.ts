import fc from 'fast-check';
import { runs } from '../share-fixtures';
import { describe, expect, it } from 'vitest';
import {
  emptyAssessment,
  withCount,
  withNote,
  withRating,
  type Assessment,
  type Rating,
} from '../../src/lib/assessment';
import { migrate, readSavedAssessment, writeSavedAssessment } from '../../src/lib/saved';

const sample: Assessment = withNote(
  withCount(
    withRating(emptyAssessment('coaching-conditions', new Date('2026-11-23T14:02:00Z')), 'peer-meetings', 3),
    'schools',
    2,
  ),
  'peer-meetings',
  'Monthly network since 2025',
);

describe('readSavedAssessment', () => {
  it('reads back what writeSavedAssessment wrote', () => {
    expect(readSavedAssessment(writeSavedAssessment(sample), 'coaching-conditions')).toEqual({
      ok: true,
      assessment: sample,
    });
  });

  it('writes the documented shape with a version number', () => {
    expect(JSON.parse(writeSavedAssessment(sample))).toEqual({ version: 1, assessment: sample });
  });

  it('reports broken JSON as corrupt and returns the raw text untouched', () => {
    expect(readSavedAssessment('{"version":1,', 'x')).toEqual({
      ok: false,
      problem: 'corrupt',
      raw: '{"version":1,',
      detail: 'the saved text is not valid JSON',
    });
  });

  it('reports an object without a version as invalid', () => {
    expect(readSavedAssessment('{"assessment":{}}', 'x')).toMatchObject({ ok: false, problem: 'invalid' });
  });

  it('reports a newer version as newer, naming both versions', () => {
    const result = readSavedAssessment(JSON.stringify({ version: 7, assessment: {} }), 'x');
    expect(result).toMatchObject({ ok: false, problem: 'newer' });
    expect(!result.ok && result.detail).toContain('format 7; this one reads up to 1');
  });

  it('reports a wrong shape with the path of the first problem', () => {
    const raw = JSON.stringify({ version: 1, assessment: { ...sample, ratings: { a: 5 } } });
    const result = readSavedAssessment(raw, 'coaching-conditions');
    expect(result).toMatchObject({ ok: false, problem: 'invalid' });
    expect(!result.ok && result.detail).toContain('assessment.ratings.a');
  });

  it('refuses an assessment saved under another rubric', () => {
    const result = readSavedAssessment(writeSavedAssessment(sample), 'coach-deployment');
    expect(result).toMatchObject({ ok: false, problem: 'invalid' });
  });

  it('never throws, whatever the stored text', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc.jsonValue().map((v) => JSON.stringify({ version: 1, assessment: v })),
        ),
        (raw) => {
          const result = readSavedAssessment(raw, 'x');
          if (!result.ok) expect(result.raw).toBe(raw);
        },
      ),
      runs(500),
    );
  });

  it('round-trips every valid assessment', () => {
    const id = fc.stringMatching(/^[a-z]{1,8}$/);
    const assessmentArb = fc.record({
      rubric: fc.constant('r'),
      ratings: fc.dictionary(id, fc.constantFrom<Rating>(0, 1, 2, 3, 4, 'unsure')),
      counts: fc.dictionary(id, fc.nat({ max: 1000 })),
      notes: fc.dictionary(id, fc.string({ maxLength: 50 })),
      updatedAt: fc.constant('2026-11-23T14:02:00.000Z'),
    });
    fc.assert(
      fc.property(assessmentArb, (a) => {
        expect(readSavedAssessment(writeSavedAssessment(a), 'r')).toEqual({ ok: true, assessment: a });
      }),
    );
  });
});

describe('migrate', () => {
  it('passes the current version through unchanged', () => {
    expect(migrate({ version: 1, assessment: {} })).toEqual({
      ok: true,
      value: { version: 1, assessment: {} },
      from: 1,
    });
  });

  it('refuses a version that was never shipped', () => {
    expect(migrate({ version: 0 })).toMatchObject({ ok: false, problem: 'invalid' });
    expect(migrate({ version: 1.5 })).toMatchObject({ ok: false, problem: 'invalid' });
  });
});
