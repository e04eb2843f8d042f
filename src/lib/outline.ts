import type { RubricOutline } from './schema/rubric';

/** Just the ids and kinds of a rubric's items: what counting and scoring need, without any text. */
export function outlineOf(rubric: RubricOutline): RubricOutline {
  return {
    dimensions: rubric.dimensions.map((d) => ({
      id: d.id,
      items: d.items.map(({ id, kind }) => ({ id, kind })),
    })),
  };
}
