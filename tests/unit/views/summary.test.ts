import { describe, expect, it } from 'vitest';
import { summaryCardView } from '../../../src/lib/views/summary';
import { answered, smallRubric } from '../../fixtures';

describe('summaryCardView', () => {
  it('gives a rubric’s overall score and how much of it is answered', () => {
    const card = summaryCardView(smallRubric, answered({ a1: 3, a2: 2, b1: 'unsure' }));
    expect(card.score).toMatchObject({ score: 2.5, level: 2, weakest: ['a'], unscored: ['b'] });
    expect(card.progress).toMatchObject({ answered: 3, total: 7 });
  });
});
