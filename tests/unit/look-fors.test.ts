import { describe, expect, it } from 'vitest';
import { lookForsSlot, lookForsSlots, withoutLookFors } from '../../src/lib/look-fors';
import { loadRubric } from '../share-fixtures';

const RUBRICS = ['district-office-support', 'coaching-conditions', 'coach-deployment'];

describe('look-fors handed to the questionnaire as HTML', () => {
  it('names each item’s slot without a hyphen or underscore, which Astro would rename', () => {
    expect(lookForsSlot('peer-meetings')).toBe('lookForspeerHmeetings');
    expect(lookForsSlot('vision')).toBe('lookForsvision');
    for (const id of RUBRICS.flatMap((r) => loadRubric(r).data.dimensions.flatMap((d) => d.items)).map(
      (i) => i.id,
    ))
      expect(lookForsSlot(id)).toMatch(/^lookFors[a-zA-Z0-9]+$/);
  });

  it('gives two items two slots, even when their ids differ only by a hyphen', () => {
    expect(lookForsSlot('a-1')).not.toBe(lookForsSlot('a1'));
    for (const id of RUBRICS) {
      const ids = loadRubric(id).data.dimensions.flatMap((d) => d.items.map((i) => i.id));
      expect(new Set(ids.map(lookForsSlot)).size).toBe(ids.length);
    }
  });

  it('lists one slot per rated item with look-fors, in content order', () => {
    for (const id of RUBRICS) {
      const rubric = loadRubric(id).data;
      const rated = rubric.dimensions.flatMap((d) => d.items).filter((i) => i.kind === 'rated');
      const slots = lookForsSlots(rubric);
      expect(slots.map((s) => s.slot)).toEqual(
        rated.filter((i) => i.lookFors).map((i) => lookForsSlot(i.id)),
      );
      expect(slots.length).toBeGreaterThan(10);
      for (const { lookFors } of slots) expect(lookFors.length).toBeGreaterThanOrEqual(2);
    }
  });

  it('takes the look-fors out of the rubric the island gets, and nothing else', () => {
    const rubric = loadRubric('coaching-conditions').data;
    const before = structuredClone(rubric);
    const stripped = withoutLookFors(rubric);
    expect(JSON.stringify(stripped)).not.toContain('lookFors');
    expect(rubric).toEqual(before);
    const restored = structuredClone(stripped);
    rubric.dimensions.forEach((d, i) =>
      d.items.forEach((item, j) => {
        if (item.kind === 'rated' && item.lookFors)
          Object.assign(restored.dimensions[i]!.items[j]!, { lookFors: item.lookFors });
      }),
    );
    expect(restored).toEqual(rubric);
  });
});
