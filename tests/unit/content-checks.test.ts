import { describe, expect, it } from 'vitest';
import { contentProblems, type RubricFile } from '../../src/lib/content-checks';
import type { Rubric } from '../../src/lib/schema/rubric';
import { smallRubric } from '../fixtures';

const fileOf = (lang: string, id: string, data: Rubric): RubricFile => ({
  file: `src/content/rubrics/${lang}/${id}.yaml`,
  lang,
  id,
  data,
});

/** smallRubric translated: every word changed, every id, kind and limit kept. */
const translated: Rubric = {
  ...smallRubric,
  title: 'Petite grille',
  levels: smallRubric.levels.map((level, n) => ({ name: `Niveau ${n}`, summary: level.summary })),
  dimensions: smallRubric.dimensions.map((dimension) => ({
    ...dimension,
    name: `Dimension ${dimension.id} (fr)`,
    items: dimension.items.map((item) =>
      item.kind === 'rated'
        ? { ...item, text: `Énoncé ${item.id}`, levels: item.levels.map((l) => `${l} (fr)`) }
        : { ...item, text: 'Combien d’écoles par conseiller ?' },
    ),
  })),
};

/** A copy of `rubric` changed by `edit`, leaving the original alone. */
const edited = (rubric: Rubric, edit: (copy: Rubric) => void): Rubric => {
  const copy = structuredClone(rubric);
  edit(copy);
  return copy;
};

const en = fileOf('en', 'small', smallRubric);

describe('contentProblems', () => {
  it('finds nothing when a translation keeps every id, kind and limit', () => {
    expect(contentProblems([en, fileOf('fr', 'small', translated)])).toEqual([]);
  });

  it('finds nothing in a single language', () => {
    expect(contentProblems([en])).toEqual([]);
  });

  it('names the file and the field of an item id that differs from English', () => {
    const fr = edited(translated, (r) => {
      r.dimensions[1]!.items[2]!.id = 'b-trois';
    });
    expect(contentProblems([en, fileOf('fr', 'small', fr)])).toEqual([
      'src/content/rubrics/fr/small.yaml → dimensions.1.items.2.id: is "b-trois", but src/content/rubrics/en/small.yaml has "b3" there',
    ]);
  });

  it('names a missing item and a missing dimension', () => {
    const fr = edited(translated, (r) => {
      r.dimensions[0]!.items.pop();
      r.dimensions.pop();
    });
    expect(contentProblems([en, fileOf('fr', 'small', fr)])).toEqual([
      'src/content/rubrics/fr/small.yaml → dimensions: has 1 dimensions, but src/content/rubrics/en/small.yaml has 2',
      'src/content/rubrics/fr/small.yaml → dimensions.0.items: has 2 items, but src/content/rubrics/en/small.yaml has 3',
      'src/content/rubrics/fr/small.yaml → dimensions.0.items.2.id: is missing, but src/content/rubrics/en/small.yaml has "a3" there',
      'src/content/rubrics/fr/small.yaml → dimensions.1.id: is missing, but src/content/rubrics/en/small.yaml has "b" there',
    ]);
  });

  it('names items in another order, another kind, other count limits or another foundation flag', () => {
    const fr = edited(translated, (r) => {
      const items = r.dimensions[0]!.items;
      [items[0], items[1]] = [items[1]!, items[0]!];
      const count = r.dimensions[1]!.items[3]!;
      if (count.kind === 'count') count.recommendedMax = 3;
      r.dimensions[1]!.foundation = true;
    });
    expect(contentProblems([en, fileOf('fr', 'small', fr)])).toEqual([
      'src/content/rubrics/fr/small.yaml → dimensions.0.items.0.id: is "a2", but src/content/rubrics/en/small.yaml has "a1" there',
      'src/content/rubrics/fr/small.yaml → dimensions.0.items.1.id: is "a1", but src/content/rubrics/en/small.yaml has "a2" there',
      'src/content/rubrics/fr/small.yaml → dimensions.1.foundation: is true, but src/content/rubrics/en/small.yaml has false there',
      'src/content/rubrics/fr/small.yaml → dimensions.1.items.3.recommendedMax: is 3, but src/content/rubrics/en/small.yaml has 2 there',
    ]);
  });

  it('names a rubric that one language lacks', () => {
    const other = fileOf('en', 'other', smallRubric);
    expect(contentProblems([en, other, fileOf('fr', 'small', translated)])).toEqual([
      'src/content/rubrics/fr/other.yaml: is missing: every language needs every rubric, and src/content/rubrics/en/other.yaml exists',
    ]);
  });

  it('compares with the first language in sort order when there is no English', () => {
    const de = fileOf('de', 'small', smallRubric);
    const fr = edited(translated, (r) => {
      r.dimensions[0]!.id = 'aa';
    });
    expect(contentProblems([fileOf('fr', 'small', fr), de])).toEqual([
      'src/content/rubrics/fr/small.yaml → dimensions.0.id: is "aa", but src/content/rubrics/de/small.yaml has "a" there',
    ]);
  });

  it('names duplicate ids and levels without a name or a descriptor, in any language', () => {
    const fr = edited(translated, (r) => {
      r.dimensions[1]!.items[0]!.id = 'a1';
      const item = r.dimensions[0]!.items[1]!;
      if (item.kind === 'rated') item.levels[3] = '  ';
      r.levels[4]!.name = '';
    });
    expect(contentProblems([fileOf('fr', 'small', fr)])).toEqual([
      'src/content/rubrics/fr/small.yaml → levels.4.name: is missing',
      'src/content/rubrics/fr/small.yaml → dimensions.0.items.1.levels.3: has no descriptor for level 3',
      'src/content/rubrics/fr/small.yaml → dimensions.1.items.0.id: id "a1" is already used at dimensions.0.items.0.id',
    ]);
  });

  it('names an item with more than five descriptors', () => {
    const fr = edited(translated, (r) => {
      const item = r.dimensions[0]!.items[0]!;
      if (item.kind === 'rated') item.levels.push('A sixth level');
    });
    expect(contentProblems([en, fileOf('fr', 'small', fr)])).toEqual([
      'src/content/rubrics/fr/small.yaml → dimensions.0.items.0.levels: has 6 descriptors; levels run from 0 to 4',
    ]);
  });
});
