import { describe, expect, it } from 'vitest';
import { mean, median, medianOfSorted } from '../../src/lib/stats';

describe('mean', () => {
  it('is null for an empty list', () => {
    expect(mean([])).toBeNull();
  });

  it('averages the numbers given', () => {
    expect(mean([1, 2, 4])).toBeCloseTo(7 / 3);
    expect(mean([3])).toBe(3);
  });
});

describe('median', () => {
  it('is null for an empty list', () => {
    expect(median([])).toBeNull();
    expect(medianOfSorted([])).toBeNull();
  });

  it('takes the middle value of an odd count, in any order', () => {
    expect(median([4, 1, 3])).toBe(3);
  });

  it('takes the mean of the two middle values of an even count', () => {
    expect(median([4, 0, 1, 3])).toBe(2);
    expect(medianOfSorted([1, 2])).toBe(1.5);
  });

  it('leaves the list it is given unsorted', () => {
    const values = [3, 1, 2];
    median(values);
    expect(values).toEqual([3, 1, 2]);
  });
});
