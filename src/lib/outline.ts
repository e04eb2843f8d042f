import type { RubricOutline } from './schema/rubric';

/**
 * Just the ids and kinds of a rubric's items, and each count item's largest accepted value: what counting,
 * scoring and checking answers need, without any text.
 */
export function outlineOf(rubric: RubricOutline): RubricOutline {
  return {
    dimensions: rubric.dimensions.map((d) => ({
      id: d.id,
      items: d.items.map(({ id, kind, max }) => (max === undefined ? { id, kind } : { id, kind, max })),
    })),
  };
}

/** The largest value each count item accepts, by id, for the items whose outline gives one. */
export function countMaxima(rubric: RubricOutline): Map<string, number> {
  return new Map(
    rubric.dimensions.flatMap((d) =>
      d.items.flatMap((item) =>
        item.kind === 'count' && item.max !== undefined ? [[item.id, item.max]] : [],
      ),
    ),
  );
}
