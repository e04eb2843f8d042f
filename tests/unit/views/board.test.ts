import { describe, expect, it } from 'vitest';
import type { Assessment } from '../../../src/lib/assessment';
import { scoreRubric } from '../../../src/lib/scoring';
import { boardView, countStats, discussIn } from '../../../src/lib/views/board';
import { consensusView } from '../../../src/lib/views/consensus';
import {
  addResponses,
  aggregateWorkshop,
  emptyWorkshop,
  setAgreedLevel,
  setResponseRole,
  type Workshop,
} from '../../../src/lib/workshop';
import { answered, smallRubric } from '../../fixtures';

const NOW = new Date('2026-11-23T14:00:00.000Z');

const workshopOf = (...assessments: Assessment[]): Workshop => {
  let n = 0;
  return addResponses(
    emptyWorkshop('small', NOW),
    assessments.map((assessment, i) => ({
      source: { kind: 'paste' as const, position: i + 1, total: assessments.length, snippet: 'x' },
      outcome: { ok: true as const, assessment, rubricId: 'small' },
    })),
    { now: NOW, newId: () => `id${++n}` },
  ).workshop;
};

describe('boardView', () => {
  const room = workshopOf(answered({ a1: 0, a2: 2 }), answered({ a1: 4, a2: 2 }), answered({ a1: 2 }));

  it('aggregates the responses and counts the items to discuss', () => {
    const view = boardView(smallRubric, room);
    expect(view.aggregate).toEqual(aggregateWorkshop(smallRubric, room));
    expect(view.discussCount).toBe(1);
    expect(discussIn(view.aggregate.dimensions[0]!)).toBe(1);
  });

  it('scores each dimension on the agreed levels alone', () => {
    const view = boardView(smallRubric, setAgreedLevel(setAgreedLevel(room, 'a1', 2), 'a2', 3));
    expect(view.agreed.map((d) => d.score)).toEqual([2.5, null]);
  });

  it('offers a breakdown by role only when the responses fall in more than one group', () => {
    expect(boardView(smallRubric, room)).toMatchObject({ hasRoles: false, roles: [] });
    const one = setResponseRole(room, 'id1', 'coach');
    expect(boardView(smallRubric, one)).toMatchObject({ hasRoles: true, roles: ['coach', 'none'] });
  });
});

describe('countStats', () => {
  it('spreads from the smallest to the largest number given', () => {
    const summary = { itemId: 'schools', answered: 3, unanswered: 0, median: 4, mean: 5, min: 2, max: 9 };
    expect(countStats(summary)).toEqual({ median: 4, mean: 5, spread: 7 });
  });

  it('has no spread without numbers', () => {
    const summary = {
      itemId: 'schools',
      answered: 0,
      unanswered: 2,
      median: null,
      mean: null,
      min: null,
      max: null,
    };
    expect(countStats(summary)).toEqual({ median: null, mean: null, spread: null });
  });
});

describe('consensusView', () => {
  it('counts the agreed items and scores the rubric on them', () => {
    const room = setAgreedLevel(setAgreedLevel(workshopOf(answered({ a1: 1 })), 'a1', 3), 'b1', 1);
    const view = consensusView(smallRubric, room, {});
    expect(view).toMatchObject({ agreed: 2, total: 7 });
    expect(view.score).toEqual(scoreRubric(smallRubric, { ratings: { a1: 3, b1: 1 } }));
  });
});
