/** Small rubrics and assessments for tests, built the way content files are. */
import { emptyAssessment, type Assessment, type Rating } from '../src/lib/assessment';
import type { Dimension, RatedItem, Rubric } from '../src/lib/schema/rubric';

export const rated = (id: string): RatedItem => ({
  kind: 'rated',
  id,
  text: `Statement ${id}`,
  levels: [0, 1, 2, 3, 4].map((level) => `${id} at level ${level}`),
});

export const dimension = (id: string, itemIds: string[], extra: Partial<Dimension> = {}): Dimension => ({
  id,
  name: `Dimension ${id}`,
  tagline: `About ${id}`,
  description: `Why ${id} matters.`,
  foundation: false,
  items: itemIds.map(rated),
  ...extra,
});

/** A rubric of two dimensions (a: a1–a3, b: b1–b3) plus a count item in b. */
export const smallRubric: Rubric = {
  title: 'Small rubric',
  shortTitle: 'Small',
  intro: 'A rubric for tests.',
  minutes: 5,
  levels: ['None', 'Some', 'Half', 'Most', 'All'].map((name) => ({ name, summary: `${name} of it.` })),
  guidance: ['Guidance.'],
  sources: [{ title: 'A study', author: 'Someone', contribution: 'Everything.' }],
  dimensions: [
    dimension('a', ['a1', 'a2', 'a3']),
    {
      ...dimension('b', ['b1', 'b2', 'b3']),
      items: [
        ...['b1', 'b2', 'b3'].map(rated),
        {
          kind: 'count',
          id: 'schools',
          text: 'How many schools per coach?',
          unit: 'schools per coach',
          help: 'Fewer is better.',
          min: 1,
          max: 60,
          recommendedMax: 2,
        },
      ],
    },
  ],
};

/** An assessment of smallRubric with the given ratings. */
export function answered(ratings: Record<string, Rating>, rubric = 'small'): Assessment {
  return { ...emptyAssessment(rubric, new Date('2026-01-01T00:00:00Z')), ratings };
}
