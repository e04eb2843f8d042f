import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import type { Rating } from '../../src/lib/assessment';
import { leaningOf, readBalance, type BalanceLevels } from '../../src/lib/balance';
import type { Level } from '../../src/lib/levels';
import { rubricSchema, type Rubric } from '../../src/lib/schema/rubric';

const rubricOf = (lang: string, id: string): Rubric =>
  rubricSchema.parse(
    load(readFileSync(join(import.meta.dirname, `../../src/content/rubrics/${lang}/${id}.yaml`), 'utf8')),
  );

const ratedIds = (rubric: Rubric) =>
  rubric.dimensions.flatMap((d) => d.items.filter((item) => item.kind === 'rated').map((item) => item.id));

/** Every rated item at `level`, or at the level `pick` gives its index. */
const pattern = (rubric: Rubric, pick: (index: number) => Rating | undefined) => ({
  ratings: Object.fromEntries(
    ratedIds(rubric).flatMap((id, i) => {
      const rating = pick(i);
      return rating === undefined ? [] : [[id, rating]];
    }),
  ) as Record<string, Rating>,
});

const levels: BalanceLevels = { central: [3], local: [1, 2], balanced: [4] };
const tiny = {
  dimensions: [
    { items: ['a', 'b', 'c', 'd'].map((id) => ({ id, kind: 'rated' })) },
    { items: [{ id: 'n', kind: 'count' }] },
  ],
};
const answers = (...ratings: (Rating | undefined)[]) => ({
  ratings: Object.fromEntries(
    ['a', 'b', 'c', 'd'].flatMap((id, i) => (ratings[i] === undefined ? [] : [[id, ratings[i]]])),
  ) as Record<string, Rating>,
});

describe('leaningOf', () => {
  it('follows the rubric’s levels, and a level in none of them leans nowhere', () => {
    expect([0, 1, 2, 3, 4].map((level) => leaningOf(level as Level, levels))).toEqual([
      'none',
      'local',
      'local',
      'central',
      'balanced',
    ]);
  });
});

describe('readBalance', () => {
  it('names every item at the central level top-down', () => {
    expect(readBalance(tiny, levels, answers(3, 3, 3, 3)).reading).toBe('top-down');
  });
  it('names every item at a local level school by school', () => {
    expect(readBalance(tiny, levels, answers(1, 2, 1, 2)).reading).toBe('school-by-school');
  });
  it('reads balanced when half or more of the counted items are at the balanced level', () => {
    expect(readBalance(tiny, levels, answers(4, 4, 3, 1)).reading).toBe('balanced');
  });
  it('leans to the side with more items, and is mixed on a tie', () => {
    expect(readBalance(tiny, levels, answers(3, 3, 1, 4)).reading).toBe('leans-central');
    expect(readBalance(tiny, levels, answers(2, 1, 3, 4)).reading).toBe('leans-local');
    expect(readBalance(tiny, levels, answers(2, 3, 0, 0)).reading).toBe('mixed');
  });
  it('leaves out items at a level that leans nowhere, and lists them', () => {
    const result = readBalance(tiny, levels, answers(0, 3, 3, 0));
    expect(result.reading).toBe('top-down');
    expect(result.items.none.map((item) => item.itemId)).toEqual(['a', 'd']);
    expect(result.items.central).toEqual([
      { itemId: 'b', level: 3 },
      { itemId: 'c', level: 3 },
    ]);
  });
  it('says the conditions are not in place when no answer leans anywhere', () => {
    expect(readBalance(tiny, levels, answers(0, 0, 0)).reading).toBe('not-in-place');
  });
  it('reads nothing while fewer than half of the rated items have a level', () => {
    const result = readBalance(tiny, levels, answers(3, 'unsure', 'unsure'));
    expect(result).toMatchObject({ reading: null, rated: 1, total: 4 });
  });
  it('reads once half of the rated items have a level, count items aside', () => {
    expect(readBalance(tiny, levels, answers(3, 'unsure', 3)).reading).toBe('top-down');
  });
});

for (const id of ['coaching-conditions', 'coach-deployment']) {
  describe(`the balance reading of ${id}`, () => {
    for (const lang of ['en', 'fr']) {
      const rubric = rubricOf(lang, id);
      const balance = rubric.balance!;
      it(`(${lang}) has a balance, the same in both languages`, () => {
        expect(balance).toBeDefined();
        const en = rubricOf('en', id).balance!;
        expect({ ...balance, basis: undefined }).toEqual({ ...en, basis: undefined });
      });
      it(`(${lang}) names a district planned entirely from the centre top-down`, () => {
        const topDown = pattern(rubric, () => balance.central[0] as Level);
        expect(readBalance(rubric, balance, topDown).reading).toBe('top-down');
      });
      it(`(${lang}) names a district where each school goes its own way school by school`, () => {
        const local = pattern(rubric, (i) => balance.local[i % balance.local.length] as Level);
        expect(readBalance(rubric, balance, local).reading).toBe('school-by-school');
      });
      it(`(${lang}) reads the top level of every item as balanced`, () => {
        expect(
          readBalance(
            rubric,
            balance,
            pattern(rubric, () => 4),
          ).reading,
        ).toBe('balanced');
      });
    }
  });
}

it('the Continuum of District Office Support has no balance reading: its levels climb one ladder', () => {
  expect(rubricOf('en', 'district-office-support').balance).toBeUndefined();
});
