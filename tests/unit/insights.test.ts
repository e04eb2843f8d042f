import { describe, expect, it } from 'vitest';
import {
  conditionHolds,
  describeConditions,
  insightsFor,
  rubricsNeeded,
  unknownReferences,
  type AnswersByRubric,
} from '../../src/lib/insights';
import type { Insight } from '../../src/lib/schema/insight';
import { answered, smallRubric } from '../fixtures';

const answers = (
  ratings: Parameters<typeof answered>[0],
  counts: Record<string, number> = {},
): AnswersByRubric => ({
  small: { outline: smallRubric, assessment: { ...answered(ratings), counts } },
});

const spread: Insight = {
  id: 'spread',
  showOn: ['small'],
  when: [{ rubric: 'small', count: 'schools', above: 2 }],
  title: 'Spread thin',
  text: 'Too many schools.',
};
const weakBoth: Insight = {
  id: 'weak',
  showOn: ['small', 'other'],
  when: [
    { rubric: 'small', dimension: 'a', below: 2 },
    { rubric: 'small', overall: true, below: 2 },
  ],
  title: 'Weak',
  text: 'Both weak.',
};

describe('conditionHolds', () => {
  it('flags a count above its limit but not at it', () => {
    expect(conditionHolds(spread.when[0]!, answers({}, { schools: 3 }))).toBe(true);
    expect(conditionHolds(spread.when[0]!, answers({}, { schools: 2 }))).toBe(false);
  });

  it('does not match an unanswered count, dimension or rubric', () => {
    expect(conditionHolds(spread.when[0]!, answers({}))).toBe(false);
    expect(conditionHolds(weakBoth.when[0]!, answers({}))).toBe(false);
    expect(conditionHolds({ rubric: 'missing', overall: true, below: 4 }, answers({ a1: 0 }))).toBe(false);
  });

  it('compares dimension and overall scores strictly below the limit', () => {
    expect(conditionHolds(weakBoth.when[0]!, answers({ a1: 1, a2: 2 }))).toBe(true);
    expect(conditionHolds(weakBoth.when[0]!, answers({ a1: 2, a2: 2 }))).toBe(false);
    expect(conditionHolds(weakBoth.when[1]!, answers({ a1: 1, a2: 1, b1: 2, b2: 2 }))).toBe(true);
  });
});

describe('insightsFor', () => {
  it('shows an insight only when all its conditions hold, on the pages it names', () => {
    const weak = answers({ a1: 1, a2: 1, b1: 1, b2: 1 }, { schools: 5 });
    expect(insightsFor('small', [spread, weakBoth], weak).map((i) => i.id)).toEqual(['spread', 'weak']);
    expect(insightsFor('other', [spread, weakBoth], weak).map((i) => i.id)).toEqual(['weak']);
    expect(
      insightsFor('small', [spread, weakBoth], answers({ a1: 1, a2: 1, b1: 3, b2: 3 }, { schools: 1 })),
    ).toEqual([]);
  });

  it('knows which rubrics an insight reads', () => {
    const cross: Insight = { ...weakBoth, when: [{ rubric: 'deploy', dimension: 'x', below: 2 }] };
    expect(rubricsNeeded('small', [cross])).toEqual(['small', 'deploy']);
  });
});

describe('unknownReferences', () => {
  it('names conditions on rubrics, dimensions and count items that do not exist', () => {
    const broken: Insight = {
      ...weakBoth,
      showOn: ['small', 'nowhere'],
      when: [
        { rubric: 'small', dimension: 'zz', below: 2 },
        { rubric: 'small', count: 'a1', above: 1 },
        { rubric: 'ghost', overall: true, below: 1 },
      ],
    };
    expect(unknownReferences([spread, broken], [{ id: 'small', data: smallRubric }])).toEqual([
      'insights.1 (weak).showOn: no rubric "nowhere"',
      'insights.1 (weak).when.0.dimension: no dimension "zz" in small',
      'insights.1 (weak).when.1.count: no count item "a1" in small',
      'insights.1 (weak).when.2.rubric: no rubric "ghost"',
    ]);
  });
});

describe('describeConditions', () => {
  const words = {
    dimensionBelow: (d: string, r: string, n: string) => `${d} of ${r} < ${n}`,
    overallBelow: (r: string, n: string) => `overall of ${r} < ${n}`,
    countAbove: (unit: string, r: string, n: string) => `${unit} in ${r} > ${n}`,
    and: ' & ',
    decimalMark: ',',
  };
  const rubrics = [{ id: 'small', data: smallRubric }];

  it('words every condition from the content’s names, joined, in order', () => {
    const a = smallRubric.dimensions[0]!.name;
    expect(describeConditions(weakBoth, rubrics, words)).toBe(`${a} of Small < 2 & overall of Small < 2`);
    expect(describeConditions(spread, rubrics, words)).toBe('schools per coach in Small > 2');
  });

  it('writes decimals with the language’s mark', () => {
    const half: Insight = { ...spread, when: [{ rubric: 'small', overall: true, below: 2.5 }] };
    expect(describeConditions(half, rubrics, words)).toBe('overall of Small < 2,5');
  });
});
