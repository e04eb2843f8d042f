import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Rating } from '../../src/lib/assessment';
import { formatScore, levelOf, mean, scoreDimension, scoreRubric } from '../../src/lib/scoring';
import { answered, dimension, smallRubric } from '../fixtures';

const [dimA, dimB] = smallRubric.dimensions as [
  (typeof smallRubric.dimensions)[0],
  (typeof smallRubric.dimensions)[0],
];

describe('mean', () => {
  it('is null for no values', () => expect(mean([])).toBeNull());
  it('averages the values', () => expect(mean([1, 2, 4])).toBeCloseTo(7 / 3));
});

describe('levelOf', () => {
  it('rounds a 2.7 mean down to level 2', () => expect(levelOf(2.7)).toBe(2));
  it('gives level 2 for a 2.95 mean', () => expect(levelOf(2.95)).toBe(2));
  it('gives level 3 for exactly 3.0', () => expect(levelOf(3)).toBe(3));
  it('gives level 4 for 4.0, the top of the scale', () => expect(levelOf(4)).toBe(4));
  it('gives level 0 for 0', () => expect(levelOf(0)).toBe(0));
  it('reaches level 3 for a mean a float hair below 3', () => expect(levelOf((2.1 + 3.9 + 3) / 3)).toBe(3));
});

describe('formatScore', () => {
  it('shows one decimal', () => expect(formatScore(2.5)).toBe('2.5'));
  it('rounds down so 2.95 shows as 2.9, matching level 2', () => expect(formatScore(2.95)).toBe('2.9'));
  it('shows 3.0 for a mean of exactly 3', () => expect(formatScore(3)).toBe('3.0'));
  it('shows 4.0 for a perfect score', () => expect(formatScore(4)).toBe('4.0'));
  it('shows 1.6 for a mean of 5/3', () => expect(formatScore(5 / 3)).toBe('1.6'));
  it('shows 2.3 for 2.3 despite 2.3 × 10 being 22.999… in floating point', () =>
    expect(formatScore(2.3)).toBe('2.3'));
  it('shows an em dash for no score', () => expect(formatScore(null)).toBe('—'));
});

describe('scoreDimension', () => {
  it('scores nothing when no item is answered', () => {
    expect(scoreDimension(dimA, answered({}))).toEqual({
      dimensionId: 'a',
      score: null,
      level: null,
      tooFew: false,
      answered: 0,
      unsure: 0,
      na: 0,
      unanswered: 3,
      total: 3,
    });
  });

  it('scores nothing and counts the unsure when every item is "Not sure"', () => {
    const result = scoreDimension(dimA, answered({ a1: 'unsure', a2: 'unsure', a3: 'unsure' }));
    expect(result).toMatchObject({ score: null, level: null, answered: 0, unsure: 3, unanswered: 0 });
  });

  it('takes the one answered item as the score of a dimension of one item', () => {
    expect(scoreDimension(dimension('x', ['x1']), answered({ x1: 3 }))).toMatchObject({
      score: 3,
      level: 3,
      answered: 1,
      unanswered: 0,
    });
  });

  it('does not score a dimension with fewer than half of its items rated, and says there are too few', () => {
    expect(scoreDimension(dimA, answered({ a2: 3 }))).toMatchObject({
      score: null,
      level: null,
      tooFew: true,
      answered: 1,
      unanswered: 2,
    });
  });

  it('does not let "Not sure" stand in for items: one level and two "Not sure" of three is too few', () => {
    const result = scoreDimension(dimA, answered({ a1: 4, a2: 'unsure', a3: 'unsure' }));
    expect(result).toMatchObject({ score: null, tooFew: true, answered: 1, unsure: 2 });
  });

  it('scores a dimension once exactly half of its items have a level', () => {
    const four = dimension('x', ['x1', 'x2', 'x3', 'x4']);
    expect(scoreDimension(four, answered({ x1: 1, x2: 2 }))).toMatchObject({ score: 1.5, tooFew: false });
    expect(scoreDimension(four, answered({ x1: 1 }))).toMatchObject({ score: null, tooFew: true });
  });

  it('averages answered items and leaves "Not sure" out', () => {
    const result = scoreDimension(dimA, answered({ a1: 2, a2: 'unsure', a3: 3 }));
    expect(result).toMatchObject({ score: 2.5, level: 2, answered: 2, unsure: 1, unanswered: 0 });
  });

  it('leaves an item that does not apply out of the dimension, and counts it apart from “Not sure”', () => {
    // Two of the three items apply; one of those two has a level: half of them, so the dimension is scored.
    const result = scoreDimension(dimA, answered({ a1: 3, a2: 'na', a3: 'unsure' }));
    expect(result).toMatchObject({ score: 3, answered: 1, unsure: 1, na: 1, unanswered: 0, total: 3 });
  });

  it('has no score when no item applies', () => {
    const result = scoreDimension(dimA, answered({ a1: 'na', a2: 'na', a3: 'na' }));
    expect(result).toMatchObject({ score: null, tooFew: false, na: 3 });
  });

  it('ignores count items and answers for items not in the dimension', () => {
    const result = scoreDimension(dimB, { ratings: { b1: 4, b2: 4, a1: 0, schools: 0 } });
    expect(result).toMatchObject({ score: 4, answered: 2, total: 3 });
  });
});

describe('scoreRubric', () => {
  it('has no overall score and no weakest dimension when nothing is answered', () => {
    const result = scoreRubric(smallRubric, answered({}));
    expect(result).toMatchObject({ score: null, level: null, weakest: [], unscored: ['a', 'b'] });
  });

  it('averages dimension scores, not items', () => {
    // a: (4 + 4 + 4) / 3 = 4; b: (1 + 1) / 2 = 1; overall (4 + 1) / 2 = 2.5, not (4+4+4+1+1)/5 = 2.8
    const result = scoreRubric(smallRubric, answered({ a1: 4, a2: 4, a3: 4, b1: 1, b2: 1 }));
    expect(result.score).toBe(2.5);
    expect(result.level).toBe(2);
    expect(result.weakest).toEqual(['b']);
  });

  it('leaves an unscored dimension out of the overall mean and lists it', () => {
    const result = scoreRubric(smallRubric, answered({ a1: 3, a2: 3, b1: 'unsure' }));
    expect(result).toMatchObject({ score: 3, level: 3, weakest: ['a'], unscored: ['b'] });
  });

  it('leaves out a dimension with too few levels, however high they are', () => {
    // b has one level of three: 4 would raise the overall score from 1 to 2.5 if it counted.
    const result = scoreRubric(smallRubric, answered({ a1: 1, a2: 1, b1: 4, b2: 'unsure', b3: 'unsure' }));
    expect(result).toMatchObject({ score: 1, level: 1, unscored: ['b'] });
  });

  it('names every dimension tied for weakest', () => {
    const result = scoreRubric(smallRubric, answered({ a1: 2, a2: 1, b1: 1, b2: 2 }));
    expect(result.weakest).toEqual(['a', 'b']);
  });

  it('treats means that differ only by floating-point noise as tied', () => {
    const rubric = { dimensions: [dimension('x', ['x1', 'x2', 'x3']), dimension('y', ['y1'])] };
    // x: (0.1 scale) (1 + 1 + 1) / 3 = 1 exactly; y: 1. Both 1: a tie.
    const result = scoreRubric(rubric, answered({ x1: 1, x2: 1, x3: 1, y1: 1 }));
    expect(result.weakest).toEqual(['x', 'y']);
  });

  it('gives 4.0 and level 4 when everything is at the top', () => {
    const all = Object.fromEntries(['a1', 'a2', 'a3', 'b1', 'b2', 'b3'].map((id) => [id, 4 as const]));
    const result = scoreRubric(smallRubric, answered(all));
    expect([formatScore(result.score), result.level]).toEqual(['4.0', 4]);
  });
});

const itemIds = ['a1', 'a2', 'a3', 'b1', 'b2', 'b3'];
const ratingArb = fc.constantFrom<Rating>(0, 1, 2, 3, 4, 'unsure');
const ratingsArb = fc.dictionary(fc.constantFrom(...itemIds), ratingArb);

describe('scoring properties', () => {
  it('keeps every score within 0–4', () => {
    fc.assert(
      fc.property(ratingsArb, (ratings) => {
        const result = scoreRubric(smallRubric, answered(ratings));
        for (const score of [result.score, ...result.dimensions.map((d) => d.score)]) {
          if (score !== null) expect(score >= 0 && score <= 4).toBe(true);
        }
      }),
    );
  });

  it('gives the same scores whether an item is "Not sure" or unanswered', () => {
    fc.assert(
      fc.property(ratingsArb, fc.constantFrom(...itemIds), (ratings, id) => {
        const unsure = scoreRubric(smallRubric, answered({ ...ratings, [id]: 'unsure' }));
        const rest = { ...ratings };
        delete rest[id];
        const blank = scoreRubric(smallRubric, answered(rest));
        expect(unsure.score).toBe(blank.score);
        expect(unsure.dimensions.map((d) => d.score)).toEqual(blank.dimensions.map((d) => d.score));
      }),
    );
  });

  it('never lowers a dimension score when one answer goes up', () => {
    fc.assert(
      fc.property(
        ratingsArb,
        fc.constantFrom(...itemIds),
        fc.integer({ min: 0, max: 3 }),
        (ratings, id, level) => {
          const low = scoreRubric(smallRubric, answered({ ...ratings, [id]: level as Rating }));
          const high = scoreRubric(smallRubric, answered({ ...ratings, [id]: (level + 1) as Rating }));
          low.dimensions.forEach((d, i) => {
            if (d.score !== null) expect(high.dimensions[i]!.score).toBeGreaterThanOrEqual(d.score);
          });
        },
      ),
    );
  });

  it('keeps every count within the dimension size', () => {
    fc.assert(
      fc.property(ratingsArb, (ratings) => {
        for (const d of scoreRubric(smallRubric, answered(ratings)).dimensions) {
          expect(d.answered + d.unsure + d.unanswered).toBe(d.total);
        }
      }),
    );
  });

  it('shows a level consistent with the displayed score', () => {
    fc.assert(
      fc.property(ratingsArb, (ratings) => {
        const result = scoreRubric(smallRubric, answered(ratings));
        if (result.score !== null) expect(Math.floor(Number(formatScore(result.score)))).toBe(result.level);
      }),
    );
  });
});
