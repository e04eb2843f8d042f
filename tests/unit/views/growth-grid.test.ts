import { describe, expect, it } from 'vitest';
import { growthMap } from '../../../src/lib/growth';
import { compareAssessments } from '../../../src/lib/snapshots';
import { growthGridRows, levelMarks } from '../../../src/lib/views/growth-grid';
import { answered, smallRubric } from '../../fixtures';

describe('levelMarks', () => {
  it('marks now, the level after it, the path to the target, the target and the level before', () => {
    expect([0, 1, 2, 3, 4].map((level) => levelMarks(1, 4, 0, level as 0))).toEqual([
      'is-was',
      'is-now',
      'has-next is-path',
      'is-path',
      'is-target',
    ]);
  });

  it('marks no level after the top, and nothing without a level', () => {
    expect(levelMarks(4, 4, null, 4)).toBe('is-now');
    expect([0, 1, 2, 3, 4].map((level) => levelMarks(null, null, null, level as 0)).join('')).toBe('');
  });
});

describe('growthGridRows', () => {
  const now = answered({ a1: 3, a2: 3, a3: 2, b1: 'unsure' });

  it('gives each row the level above it and the default target the menu offers', () => {
    const [a, b] = growthGridRows(growthMap(smallRubric, { ...now, targets: { a: 4 } }), null);
    expect(a).toMatchObject({ next: 3, defaultTarget: 3, was: null });
    expect(a!.growth.target).toBe(4);
    expect(b).toMatchObject({ next: null, defaultTarget: null });
  });

  it('gives no level above the top', () => {
    const [a] = growthGridRows(growthMap(smallRubric, answered({ a1: 4, a2: 4, a3: 4 })), null);
    expect(a).toMatchObject({ next: null, defaultTarget: 4 });
  });

  it('reads each item’s level, and its earlier level when comparing', () => {
    const earlier = answered({ a1: 1, a2: 'unsure', a3: 2 });
    const map = growthMap(smallRubric, now);
    const [a] = growthGridRows(map, compareAssessments(smallRubric, earlier, now));
    expect(a!.was).toBe(1);
    expect(a!.items.map(({ rating, was }) => [rating, was])).toEqual([
      [3, 1],
      [3, null],
      [2, 2],
    ]);
    const [, b] = growthGridRows(map, null);
    expect(b!.items.map(({ rating, was }) => [rating, was])).toEqual([
      [null, null],
      [null, null],
      [null, null],
    ]);
  });
});
