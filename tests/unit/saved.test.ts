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
import {
  migrate,
  migrateTo,
  readSavedAssessment,
  writeSavedAssessment,
  type Migrations,
} from '../../src/lib/saved';

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

describe('migrateTo', () => {
  // A made-up history: format 1 kept one note as text, format 2 a list of notes, format 3 adds targets.
  const steps: Migrations = {
    1: ({ note, ...rest }) => ({ ...rest, notes: note === undefined ? [] : [note] }),
    2: (old) => ({ ...old, targets: {} }),
  };

  it('lifts an object from an older version through every step in turn, saying where it came from', () => {
    expect(migrateTo({ version: 1, note: 'Monthly network', ratings: { a: 3 } }, 3, steps)).toEqual({
      ok: true,
      value: { version: 3, notes: ['Monthly network'], ratings: { a: 3 }, targets: {} },
      from: 1,
    });
    expect(migrateTo({ version: 2, notes: [], ratings: {} }, 3, steps)).toEqual({
      ok: true,
      value: { version: 3, notes: [], ratings: {}, targets: {} },
      from: 2,
    });
  });

  it('leaves the stored object itself unchanged, so nothing is lost if a later check refuses it', () => {
    const old = { version: 1, note: 'Keep me', ratings: { a: 3 } };
    const copy = structuredClone(old);
    migrateTo(old, 3, steps);
    expect(old).toEqual(copy);
  });

  it('passes the current version through without running a step', () => {
    const value = { version: 3, notes: [], ratings: {}, targets: {} };
    expect(migrateTo(value, 3, steps)).toEqual({ ok: true, value, from: 3 });
  });

  it('refuses an older version that has no step, naming it', () => {
    expect(migrateTo({ version: 1 }, 3, { 2: steps[2]! })).toEqual({
      ok: false,
      problem: 'invalid',
      detail: 'format 1 is not one this site ever used',
    });
  });

  it('refuses a newer version, naming both versions', () => {
    expect(migrateTo({ version: 4 }, 3, steps)).toEqual({
      ok: false,
      problem: 'newer',
      detail: 'it was saved by a newer version of this site (format 4; this one reads up to 3)',
    });
  });

  it('refuses anything without a whole positive version', () => {
    for (const value of [null, 'v1', [], {}, { version: '1' }, { version: -1 }, { version: 2.5 }])
      expect(migrateTo(value, 3, steps)).toEqual({
        ok: false,
        problem: 'invalid',
        detail: 'it has no format version',
      });
  });
});
