import { describe, expect, it } from 'vitest';
import type { Rating } from '../../../src/lib/assessment';
import { linePath, OVERALL, PANEL, trendView, xOf, yOf } from '../../../src/lib/views/trend';
import { answered, smallRubric } from '../../fixtures';

/** An assessment of smallRubric: every item of dimension a at `a`, of b at `b`, last changed on `date`. */
const moment = (key: string, a: Rating, b: Rating, date: string, savedAt?: string) => ({
  key,
  label: key,
  assessment: {
    ...answered({ a1: a, a2: a, a3: a, b1: b, b2: b, b3: b }),
    updatedAt: date,
  },
  savedAt,
});

describe('trendView', () => {
  it('orders moments by when their ratings were made, current last among equals', () => {
    const view = trendView(
      smallRubric,
      [
        moment('spring', 2, 3, '2026-04-01T00:00:00Z'),
        moment('imported-2024', 1, 1, '2024-10-01T00:00:00Z'),
        moment('current', 3, 3, '2026-04-01T00:00:00Z'),
      ],
      { a: 4, b: 3 },
    )!;
    expect(view.points.map((p) => p.key)).toEqual(['imported-2024', 'spring', 'current']);
    expect(view.points.map((p) => p.overall)).toEqual([1, 2.5, 3]);
    expect(view.series).toEqual([
      { id: OVERALL, values: [1, 2.5, 3], target: null },
      { id: 'a', values: [1, 2, 3], target: 4 },
      { id: 'b', values: [1, 3, 3], target: 3 },
    ]);
  });

  it('draws nothing with fewer than two moments that have a score', () => {
    expect(trendView(smallRubric, [moment('current', 2, 2, '2026-01-01T00:00:00Z')], {})).toBeNull();
    const unscored = moment('empty', 'unsure', 'unsure', '2025-01-01T00:00:00Z');
    expect(
      trendView(smallRubric, [unscored, moment('current', 2, 2, '2026-01-01T00:00:00Z')], {}),
    ).toBeNull();
  });

  it('keeps a dimension with too few answers as a gap, not a zero', () => {
    const view = trendView(
      smallRubric,
      [moment('before', 'unsure', 2, '2025-01-01T00:00:00Z'), moment('now', 3, 3, '2026-01-01T00:00:00Z')],
      {},
    )!;
    expect(view.series.find((s) => s.id === 'a')!.values).toEqual([null, 3]);
    expect(linePath([null, 3])).toBe(`M${xOf(1, 2).toFixed(1)} ${yOf(3).toFixed(1)}`);
  });

  it('survives a date it cannot read: the snapshot’s own date, else none', () => {
    const view = trendView(
      smallRubric,
      [
        moment('bad', 1, 1, 'yesterday', '2025-06-01T00:00:00Z'),
        moment('worse', 2, 2, 'never'),
        moment('current', 3, 3, '2026-01-01T00:00:00Z'),
      ],
      {},
    )!;
    expect(view.points.map((p) => [p.key, p.date?.toISOString() ?? null])).toEqual([
      ['worse', null],
      ['bad', '2025-06-01T00:00:00.000Z'],
      ['current', '2026-01-01T00:00:00.000Z'],
    ]);
  });
});

describe('the small charts’ geometry', () => {
  it('puts level 4 at the top of the plot and level 0 at its bottom, clamping outside scores', () => {
    expect(yOf(4)).toBe(PANEL.top);
    expect(yOf(0)).toBe(PANEL.height - PANEL.bottom);
    expect(yOf(9)).toBe(yOf(4));
    expect(yOf(-1)).toBe(yOf(0));
  });

  it('spreads points from the left edge of the plot to its right edge', () => {
    expect(xOf(0, 3)).toBe(PANEL.left);
    expect(xOf(2, 3)).toBe(PANEL.width - PANEL.right);
  });

  it('breaks the line where a score is missing', () => {
    const path = linePath([1, null, 2, 3]);
    expect(path.match(/M/g)).toHaveLength(2);
    expect(path.match(/L/g)).toHaveLength(1);
  });
});
