import { describe, expect, it } from 'vitest';
import { withCount } from '../../src/lib/assessment';
import { isAnswered, progressOf } from '../../src/lib/progress';
import { answered, smallRubric } from '../fixtures';

describe('progressOf', () => {
  it('counts every item, rated and counted, as not answered at first', () => {
    const progress = progressOf(smallRubric, answered({}));
    expect(progress.answered).toBe(0);
    expect(progress.total).toBe(7);
    expect(progress.unanswered.map((u) => u.itemId)).toEqual(['a1', 'a2', 'a3', 'b1', 'b2', 'b3', 'schools']);
  });

  it('counts "Not sure" as answered, since the item was considered', () => {
    expect(progressOf(smallRubric, answered({ a1: 'unsure', b2: 0 })).answered).toBe(2);
  });

  it('counts a count item once a number is entered', () => {
    const progress = progressOf(smallRubric, withCount(answered({}), 'schools', 3));
    expect(progress.unanswered).not.toContainEqual({ dimensionId: 'b', itemId: 'schools' });
    expect(progress.answered).toBe(1);
  });

  it('lists the unanswered items with their dimension, in order', () => {
    const progress = progressOf(smallRubric, answered({ a1: 1, a2: 2, a3: 3, b1: 4 }));
    expect(progress.unanswered).toEqual([
      { dimensionId: 'b', itemId: 'b2' },
      { dimensionId: 'b', itemId: 'b3' },
      { dimensionId: 'b', itemId: 'schools' },
    ]);
  });
});

describe('isAnswered', () => {
  it('is not fooled by ids that name object built-ins', () => {
    expect(isAnswered({ id: 'constructor', kind: 'rated' }, answered({}))).toBe(false);
    expect(isAnswered({ id: 'to-string', kind: 'count' }, answered({}))).toBe(false);
  });
});
