import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Rating } from '../../src/lib/assessment';
import { defaultTarget, growthMap, itemStep, nextLevel, nextMoves } from '../../src/lib/growth';
import { answered, dimension, rated, smallRubric } from '../fixtures';

describe('defaultTarget', () => {
  it('is one level above the current level', () => expect(defaultTarget(2)).toBe(3));
  it('stays at 4 at the top', () => expect(defaultTarget(4)).toBe(4));
  it('is null without a current level', () => expect(defaultTarget(null)).toBeNull());
});

describe('nextLevel and itemStep', () => {
  it('gives the level above a rating', () => expect(nextLevel(0)).toBe(1));
  it('gives nothing above 4, for "Not sure" or for no answer', () => {
    expect([nextLevel(4), nextLevel('unsure'), nextLevel(undefined)]).toEqual([null, null, null]);
  });
  it('shows the descriptor of the level above as the next step', () => {
    expect(itemStep(rated('x'), 2)).toEqual({
      itemId: 'x',
      rating: 2,
      next: 3,
      nextDescriptor: 'x at level 3',
    });
  });
});

describe('growthMap', () => {
  it('targets one level up by default and measures the gap from the score', () => {
    const [a] = growthMap(smallRubric, answered({ a1: 2, a2: 3, a3: 2 }));
    // score 7/3 = 2.33, level 2, default target 3, gap 0.67
    expect(a).toMatchObject({ level: 2, target: 3, targetIsDefault: true });
    expect(a!.gap).toBeCloseTo(2 / 3);
  });

  it('uses a chosen target over the default', () => {
    const [a] = growthMap(smallRubric, { ...answered({ a1: 1, a2: 1 }), targets: { a: 4 } });
    expect(a).toMatchObject({ target: 4, targetIsDefault: false, gap: 3 });
  });

  it('has a zero gap when the score is at or above a chosen target', () => {
    const [a] = growthMap(smallRubric, { ...answered({ a1: 3, a2: 3 }), targets: { a: 2 } });
    expect(a!.gap).toBe(0);
  });

  it('has no target and no gap for a dimension without answers', () => {
    const [, b] = growthMap(smallRubric, answered({ a1: 1 }));
    expect(b).toMatchObject({ score: null, target: null, gap: null });
  });

  it('lists each rated item with its next step, leaving count items out', () => {
    const [, b] = growthMap(smallRubric, answered({ b1: 4, b2: 'unsure' }));
    expect(b!.items.map((s) => [s.itemId, s.next])).toEqual([
      ['b1', null],
      ['b2', null],
      ['b3', null],
    ]);
  });
});

const rubric = {
  dimensions: [
    dimension('culture', ['c1', 'c2']),
    dimension('base', ['b1', 'b2'], { foundation: true }),
    dimension('tools', ['t1', 't2']),
  ],
};

describe('nextMoves', () => {
  it('puts a foundation first, then the largest gap, and says why', () => {
    const map = growthMap(rubric, answered({ c1: 0, c2: 0, b1: 3, b2: 2, t1: 1, t2: 1 }));
    // culture 0 → target 1 (gap 1); base 2.5 → 3 (gap 0.5, foundation); tools 1 → 2 (gap 1)
    expect(nextMoves(map).map((m) => [m.dimensionId, m.reason])).toEqual([
      ['base', 'foundation'],
      ['culture', 'largest-gap'],
      ['tools', 'largest-gap'],
    ]);
  });

  it('orders non-foundations by gap, then by rubric order', () => {
    const map = growthMap(rubric, {
      ...answered({ c1: 1, c2: 1, b1: 4, b2: 4, t1: 0, t2: 0 }),
      targets: { culture: 2, tools: 4 },
    });
    expect(nextMoves(map).map((m) => [m.dimensionId, m.reason, m.gap])).toEqual([
      ['tools', 'largest-gap', 4],
      ['culture', 'gap', 1],
    ]);
  });

  it('names the lowest-rated items of a move with their next descriptor', () => {
    const map = growthMap(rubric, answered({ c1: 2, c2: 0 }));
    expect(nextMoves(map)[0]!.steps.map((s) => [s.itemId, s.nextDescriptor])).toEqual([
      ['c2', 'c2 at level 1'],
      ['c1', 'c1 at level 3'],
    ]);
  });

  it('suggests nothing when every scored dimension has reached its target', () => {
    const map = growthMap(rubric, { ...answered({ c1: 2 }), targets: { culture: 2 } });
    expect(nextMoves(map)).toEqual([]);
  });

  it('never suggests more moves than asked, and only dimensions below target', () => {
    const ratingArb = fc.constantFrom<Rating>(0, 1, 2, 3, 4, 'unsure');
    fc.assert(
      fc.property(
        fc.dictionary(fc.constantFrom('c1', 'c2', 'b1', 'b2', 't1', 't2'), ratingArb),
        fc.integer({ min: 0, max: 3 }),
        (ratings, limit) => {
          const map = growthMap(rubric, answered(ratings));
          const moves = nextMoves(map, limit);
          expect(moves.length).toBeLessThanOrEqual(limit);
          for (const move of moves) expect(move.gap).toBeGreaterThan(0);
        },
      ),
    );
  });
});
