import { describe, expect, it } from 'vitest';
import type { Assessment } from '../../../src/lib/assessment';
import { growthMap, nextMoves } from '../../../src/lib/growth';
import type { Insight } from '../../../src/lib/schema/insight';
import { scoreRubric } from '../../../src/lib/scoring';
import { compareAssessments } from '../../../src/lib/snapshots';
import { insightsShown, resultsView } from '../../../src/lib/views/results';
import { answered, smallRubric } from '../../fixtures';

describe('resultsView', () => {
  const now: Assessment = { ...answered({ a1: 3, a2: 2, a3: 2, b1: 1, b2: 0 }), targets: { b: 3 } };

  it('holds the scores, progress, growth map and next moves of the answers shown', () => {
    const view = resultsView(smallRubric, now);
    expect(view.score).toEqual(scoreRubric(smallRubric, now));
    expect(view.progress).toMatchObject({ answered: 5, total: 7 });
    expect(view.growth).toEqual(growthMap(smallRubric, now));
    expect(view.moves).toEqual(nextMoves(growthMap(smallRubric, now), 3, 2));
    expect(view.comparison).toBeNull();
  });

  it('names three moves with up to two items each, aimed at each dimension’s target', () => {
    const view = resultsView(smallRubric, now);
    expect(view.targets).toEqual({ a: 3, b: 3 });
    expect(view.moves.map((move) => move.dimensionId)).toEqual(['b', 'a']);
    expect(view.moves[0]!.steps.map((step) => step.itemId)).toEqual(['b2', 'b1']);
  });

  it('compares with earlier answers when given', () => {
    const earlier = answered({ a1: 1, a2: 1, a3: 1 });
    expect(resultsView(smallRubric, now, earlier).comparison).toEqual(
      compareAssessments(smallRubric, earlier, now),
    );
  });
});

describe('insightsShown', () => {
  const insight = (id: string, rubric: string, below: number): Insight => ({
    id,
    title: id,
    text: id,
    showOn: ['small'],
    when: [{ rubric, overall: true, below }],
  });

  it('reads this rubric’s current answers and the saved answers of the others', () => {
    const other = { outline: smallRubric, assessment: answered({ a1: 3, a2: 3, a3: 3 }, 'other') };
    const shown = insightsShown(
      'small',
      smallRubric,
      answered({ a1: 1, a2: 1 }),
      [insight('low-here', 'small', 2), insight('low-there', 'other', 2), insight('high-there', 'other', 4)],
      { other },
    );
    expect(shown.map((i) => i.id)).toEqual(['low-here', 'high-there']);
  });
});
