import { describe, expect, it } from 'vitest';
import { rubricSchema } from '../../src/lib/schema/rubric';
import { dimension, smallRubric } from '../fixtures';

const issuesOf = (value: unknown) => {
  const result = rubricSchema.safeParse(value);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('rubricSchema', () => {
  it('accepts a well-formed rubric', () => expect(issuesOf(smallRubric)).toEqual([]));

  it('names the field when a level descriptor is missing', () => {
    const broken = structuredClone(smallRubric);
    (broken.dimensions[0]!.items[0] as { levels: string[] }).levels.pop();
    expect(issuesOf(broken)).toEqual([
      'dimensions.0.items.0.levels: needs exactly five descriptors, one for each level 0–4',
    ]);
  });

  it('refuses a dimension with fewer than three items', () => {
    const broken = { ...smallRubric, dimensions: [dimension('a', ['a1', 'a2'])] };
    expect(issuesOf(broken)).toEqual(['dimensions.0.items: needs at least three items']);
  });

  it('refuses an id used twice', () => {
    const broken = { ...smallRubric, dimensions: [dimension('a', ['x', 'y', 'x'])] };
    expect(issuesOf(broken)).toEqual(['dimensions.0.items.2.id: id "x" is used twice']);
  });

  it('refuses ids that are not lowercase words joined by hyphens', () => {
    const broken = { ...smallRubric, dimensions: [dimension('A b', ['a1', 'a2', 'a3'])] };
    expect(issuesOf(broken)[0]).toMatch(/^dimensions\.0\.id: use lowercase words/);
  });

  it('refuses a recommended maximum outside the accepted range', () => {
    const broken = structuredClone(smallRubric);
    Object.assign(broken.dimensions[1]!.items[3]!, { recommendedMax: 99 });
    expect(issuesOf(broken)).toEqual([
      'dimensions.1.items.3.recommendedMax: must lie between min (1) and max (60)',
    ]);
  });

  it('refuses an empty descriptor', () => {
    const broken = structuredClone(smallRubric);
    (broken.dimensions[0]!.items[1] as { levels: string[] }).levels[2] = '  ';
    expect(issuesOf(broken)).toEqual(['dimensions.0.items.1.levels.2: must not be empty']);
  });
});
