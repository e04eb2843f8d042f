import { describe, expect, it } from 'vitest';
import type { Assessment } from '../../../src/lib/assessment';
import {
  briefModel,
  briefRubric,
  mainSteps,
  MAIN_STEPS,
  previousSnapshot,
  today,
  type BriefRubricInput,
} from '../../../src/lib/brief/model';
import type { PlanStep } from '../../../src/lib/plan/model';
import type { Snapshot } from '../../../src/lib/snapshots';
import { sampleStep } from '../plan/sample';

/** Two dimensions of two rated items each; the balance puts level 1 at the centre, 2 local, 4 both. */
const rubric: BriefRubricInput = {
  id: 'r',
  outline: {
    dimensions: [
      {
        id: 'a',
        items: [
          { id: 'a1', kind: 'rated' },
          { id: 'a2', kind: 'rated' },
        ],
      },
      {
        id: 'b',
        items: [
          { id: 'b1', kind: 'rated' },
          { id: 'b2', kind: 'rated' },
          { id: 'n', kind: 'count' },
        ],
      },
    ],
  },
  balance: { central: [1], local: [2], balanced: [4] },
};

const answers = (ratings: Assessment['ratings'], updatedAt: string, extra: Partial<Assessment> = {}) => ({
  rubric: 'r',
  ratings,
  counts: {},
  notes: {},
  updatedAt,
  ...extra,
});
const snapshot = (
  id: string,
  ratings: Assessment['ratings'],
  updatedAt: string,
  savedAt = updatedAt,
): Snapshot => ({
  id,
  label: `Label ${id}`,
  savedAt,
  assessment: answers(ratings, updatedAt),
});
const step = (id: string, edit: Partial<PlanStep>): PlanStep => ({ ...sampleStep, id, rubric: 'r', ...edit });

describe('the previous snapshot', () => {
  const current = answers({ a1: 3 }, '2026-11-20T10:00:00.000Z');

  it('is the newest snapshot whose ratings were made before the current answers', () => {
    const list = [
      snapshot('old', {}, '2025-11-01T10:00:00.000Z'),
      snapshot('spring', {}, '2026-04-01T10:00:00.000Z'),
      snapshot('autumn', {}, '2025-09-01T10:00:00.000Z'),
    ];
    expect(previousSnapshot(current, list)?.id).toBe('spring');
  });

  it('is not a snapshot of the answers as they stand, nor one of later ratings', () => {
    const list = [
      snapshot('same', {}, current.updatedAt, '2026-11-21T09:00:00.000Z'),
      snapshot('later', {}, '2026-11-25T10:00:00.000Z'),
      snapshot('before', {}, '2026-06-01T10:00:00.000Z'),
    ];
    expect(previousSnapshot(current, list)?.id).toBe('before');
    expect(previousSnapshot(current, list.slice(0, 2))).toBeNull();
  });

  it('is dated by when the snapshot was saved when its answers carry no readable date', () => {
    const undated = { ...snapshot('undated', {}, 'not a date', '2026-05-01T10:00:00.000Z') };
    expect(previousSnapshot(current, [undated])?.id).toBe('undated');
  });
});

describe('a rubric on the brief', () => {
  it('gives scores, levels, targets (chosen or one level up), the balance and what changed', () => {
    const now = answers({ a1: 3, a2: 2, b1: 1, b2: 1 }, '2026-11-20T10:00:00.000Z', { targets: { b: 4 } });
    const before = snapshot('s', { a1: 1, a2: 2, b1: 2, b2: 'unsure' }, '2026-04-01T10:00:00.000Z');
    const brief = briefRubric(rubric, now, [before]);
    expect(brief).toMatchObject({
      answered: 4,
      total: 5,
      score: 1.75,
      level: 1,
      unscored: [],
      balance: 'leans-central',
    });
    expect(brief.dimensions).toEqual([
      { id: 'a', score: 2.5, level: 2, target: 3, before: 1.5, change: 1 },
      { id: 'b', score: 1, level: 1, target: 4, before: 2, change: -1 },
    ]);
    // a1 rose from 1 to 3, b1 fell from 2 to 1; a2 stayed, b2 was "not sure".
    expect(brief.change).toEqual({
      label: 'Label s',
      date: '2026-04-01T10:00:00.000Z',
      before: 1.75,
      after: 1.75,
      delta: 0,
      rose: 1,
      fell: 1,
    });
  });

  it('says nothing changed without an earlier snapshot, and reads no balance where the rubric has none', () => {
    const brief = briefRubric(
      { id: rubric.id, outline: rubric.outline },
      answers({ a1: 2 }, '2026-11-20T10:00:00.000Z'),
      [],
    );
    expect(brief.change).toBeNull();
    expect(brief).not.toHaveProperty('balance');
    // One item of a: half of it, so it is scored; none of b, left out of the overall score.
    expect(brief).toMatchObject({ answered: 1, score: 2, unscored: ['b'] });
  });

  it('is empty, with no balance yet, when nothing is answered', () => {
    const brief = briefRubric(rubric, undefined, [snapshot('s', { a1: 1 }, '2026-04-01T10:00:00.000Z')]);
    expect(brief).toMatchObject({
      answered: 0,
      total: 5,
      score: null,
      balance: null,
      change: null,
      unscored: [],
    });
    expect(brief.dimensions.map((d) => d.target)).toEqual([null, null]);
  });
});

describe('the main steps of the plan', () => {
  it('are the open ones, soonest due first, undated last, in the plan’s order among equals', () => {
    const steps = [
      step('undated', { due: '' }),
      step('may', { due: '2027-05-01' }),
      step('done', { due: '2027-01-01', status: 'done' }),
      step('march', { due: '2027-03-01', status: 'under-way' }),
      step('dropped', { due: '2027-01-01', status: 'dropped' }),
      step('march-too', { due: '2027-03-01' }),
    ];
    expect(mainSteps(steps).map((s) => s.id)).toEqual(['march', 'march-too', 'may', 'undated']);
  });

  it(`are at most ${MAIN_STEPS}, and the brief counts the rest and the steps done`, () => {
    const steps = [
      ...Array.from({ length: MAIN_STEPS + 3 }, (_, n) => step(`s${n}`, { due: `2027-01-${10 + n}` })),
      step('done', { status: 'done' }),
      step('elsewhere', { rubric: 'gone' }),
    ];
    const model = briefModel({
      rubrics: [rubric],
      assessments: {},
      snapshots: {},
      steps,
      today: '2027-01-12',
    });
    expect(model.steps.map((s) => s.step.id)).toEqual(['s0', 's1', 's2', 's3', 's4', 's5']);
    expect(model).toMatchObject({ moreSteps: 3, done: 1 });
    // Past its due date while still open.
    expect(model.steps.map((s) => s.overdue)).toEqual([true, true, false, false, false, false]);
  });
});

describe('the brief', () => {
  it('names the district from the first rubric whose answers give one', () => {
    const other = { ...rubric, id: 'q' };
    const model = briefModel({
      rubrics: [rubric, other],
      assessments: {
        r: answers({}, '2026-11-20T10:00:00.000Z', { district: '  ' }),
        q: { ...answers({}, '2026-11-20T10:00:00.000Z', { district: ' Riverside ' }), rubric: 'q' },
      },
      snapshots: {},
      steps: [],
      today: '2026-12-01',
    });
    expect(model.district).toBe('Riverside');
    expect(model.rubrics.map((r) => r.id)).toEqual(['r', 'q']);
  });

  it('reads today as the calendar day where the person is', () => {
    expect(today(new Date(2027, 0, 5, 23, 59))).toBe('2027-01-05');
  });
});
