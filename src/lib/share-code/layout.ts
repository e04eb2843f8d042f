/** What a code's positions mean for a rubric: its fingerprint, and where each answer and target goes. */
import type { RubricOutline } from '../schema/rubric';

/** FNV-1a (32-bit) over the UTF-16 code units of a string. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/**
 * A 16-bit fingerprint of what a code's positions mean: the dimension ids, and each item's kind and id, in
 * content order. Rewording a question keeps it; adding, removing, renaming or reordering items changes it.
 */
export function rubricFingerprint(rubric: RubricOutline): number {
  const outline = rubric.dimensions
    .map(
      (dimension) =>
        `${dimension.id}:${dimension.items.map((item) => `${item.kind === 'count' ? 'c' : 'r'}.${item.id}`).join(',')}`,
    )
    .join(';');
  const hash = fnv1a(outline);
  return ((hash >>> 16) ^ (hash & 0xffff)) >>> 0;
}

export interface Layout {
  ratedIds: string[];
  countIds: string[];
  itemIds: Set<string>;
  dimensionIds: string[];
}

export function layoutOf(rubric: RubricOutline): Layout {
  const ratedIds: string[] = [];
  const countIds: string[] = [];
  for (const dimension of rubric.dimensions)
    for (const item of dimension.items) (item.kind === 'count' ? countIds : ratedIds).push(item.id);
  return {
    ratedIds,
    countIds,
    itemIds: new Set([...ratedIds, ...countIds]),
    dimensionIds: rubric.dimensions.map((dimension) => dimension.id),
  };
}

/** Each digit's radix: rated items 7 in format 1 and 8 from format 2 ("does not apply"), then targets 6. */
export function radicesOf(layout: Layout, targets: boolean, format: number): bigint[] {
  const rated = format >= 2 ? 8n : 7n;
  return [...layout.ratedIds.map(() => rated), ...(targets ? layout.dimensionIds.map(() => 6n) : [])];
}

/** Bytes needed for every value below `limit` (a product of radices). */
export function byteLengthBelow(limit: bigint): number {
  let bytes = 0;
  for (let max = limit - 1n; max > 0n; max >>= 8n) bytes++;
  return bytes;
}
