import type { Rubric } from './schema/rubric';

/**
 * Where an item's look-fors travel into the questionnaire island: the page renders them as HTML in a named
 * slot per item, so the island's script and props never carry their text. Astro renames a slot whose name
 * holds a hyphen on the server but not in the browser, so the name has none: each hyphen of the item id
 * becomes "H", which never occurs in an id (ids are lowercase), so two items never share a slot.
 */
export function lookForsSlot(itemId: string): `lookFors${string}` {
  return `lookFors${itemId.replaceAll('-', 'H')}`;
}

/** The rubric without its look-fors, for an island that gets them as HTML instead (see above). */
export function withoutLookFors(rubric: Rubric): Rubric {
  return {
    ...rubric,
    dimensions: rubric.dimensions.map((dimension) => ({
      ...dimension,
      items: dimension.items.map((item) => {
        if (item.kind !== 'rated') return item;
        const rest = { ...item };
        delete rest.lookFors;
        return rest;
      }),
    })),
  };
}

/** Each rated item with look-fors, with its slot name: what the questionnaire page renders beside the island. */
export function lookForsSlots(rubric: Rubric): { slot: `lookFors${string}`; lookFors: string[] }[] {
  return rubric.dimensions.flatMap((dimension) =>
    dimension.items.flatMap((item) =>
      item.kind === 'rated' && item.lookFors
        ? [{ slot: lookForsSlot(item.id), lookFors: item.lookFors }]
        : [],
    ),
  );
}
