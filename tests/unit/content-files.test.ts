import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { languages } from '../../src/i18n/ui';
import { contentProblems } from '../../src/lib/content-checks';
import { unknownReferences } from '../../src/lib/insights';
import { insightsFileSchema } from '../../src/lib/schema/insight';
import { rubricSchema } from '../../src/lib/schema/rubric';

const root = join(import.meta.dirname, '../../src/content');
const readYaml = (path: string): unknown => load(readFileSync(join(root, path), 'utf8'));
const rubricFiles = (lang: string) =>
  readdirSync(join(root, 'rubrics', lang))
    .filter((name) => name.endsWith('.yaml'))
    .sort();

describe('rubric content files', () => {
  for (const lang of languages) {
    it(`has the three rubrics of the design in ${lang}`, () => {
      expect(rubricFiles(lang)).toEqual([
        'coach-deployment.yaml',
        'coaching-conditions.yaml',
        'district-office-support.yaml',
      ]);
    });

    for (const file of rubricFiles(lang)) {
      it(`${lang}/${file} matches the rubric schema`, () => {
        const result = rubricSchema.safeParse(readYaml(`rubrics/${lang}/${file}`));
        expect(result.success ? [] : result.error.issues).toEqual([]);
      });
    }
  }

  it('gives every language the same dimensions, items and level descriptors', () => {
    const entries = languages.flatMap((lang) =>
      rubricFiles(lang).map((file) => ({
        id: file.replace(/\.yaml$/, ''),
        lang,
        file: `src/content/rubrics/${lang}/${file}`,
        data: rubricSchema.parse(readYaml(`rubrics/${lang}/${file}`)),
      })),
    );
    expect(entries).toHaveLength(3 * languages.length);
    expect(contentProblems(entries)).toEqual([]);
  });
});

for (const lang of languages) {
  describe(`insights content (${lang})`, () => {
    const rubrics = rubricFiles(lang).map((file) => ({
      id: file.replace(/\.yaml$/, ''),
      data: rubricSchema.parse(readYaml(`rubrics/${lang}/${file}`)),
    }));
    const parsed = insightsFileSchema.safeParse(readYaml(`insights/${lang}.yaml`));

    it(`${lang}.yaml matches the insights schema`, () => {
      expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
    });

    it('refers only to rubrics, dimensions and count items that exist', () => {
      expect(unknownReferences(parsed.success ? parsed.data.insights : [], rubrics)).toEqual([]);
    });

    it('flags more than two schools per coach and the missing central structure', () => {
      const ids = parsed.success ? parsed.data.insights.map((i) => i.id) : [];
      expect(ids).toEqual(expect.arrayContaining(['too-many-schools', 'central-structure-first']));
    });
  });
}

it('gives every language the same insights', () => {
  const ids = (lang: string) =>
    insightsFileSchema.parse(readYaml(`insights/${lang}.yaml`)).insights.map((i) => i.id);
  for (const lang of languages) expect(ids(lang), lang).toEqual(ids('en'));
});

describe('look-fors', () => {
  for (const lang of languages) {
    for (const file of rubricFiles(lang)) {
      it(`gives every rated item of ${lang}/${file} two to four look-fors, as many as in English`, () => {
        const rubric = rubricSchema.parse(readYaml(`rubrics/${lang}/${file}`));
        const english = rubricSchema.parse(readYaml(`rubrics/en/${file}`));
        const counts = (r: typeof rubric) =>
          r.dimensions.flatMap((d) =>
            d.items.flatMap((i) => (i.kind === 'rated' ? [`${i.id}: ${i.lookFors?.length ?? 0}`] : [])),
          );
        const wrong = counts(rubric).filter((line) => !/: [234]$/.test(line));
        expect(wrong).toEqual([]);
        expect(counts(rubric)).toEqual(counts(english));
      });
    }
  }
});

/**
 * The number of schools per coach is a count the user enters and is never scored (DESIGN.md), so no level
 * descriptor may ask for a number of schools: that would score the same number a second time.
 */
describe('the schools-per-coach number', () => {
  const NUMBER_OF_SCHOOLS = new RegExp(
    [
      String.raw`\b(?:one|two|three|\d+)\s+(?:or|to)\s+(?:two|three|\d+)\s+schools\b`,
      String.raw`\b(?:two|three|four|five|\d+)\s+schools\b`,
      String.raw`\b(?:une|deux|trois|\d+)\s+(?:ou|à)\s+(?:deux|trois|\d+)\s+écoles\b`,
      String.raw`\b(?:deux|trois|quatre|cinq|\d+)\s+écoles\b`,
    ].join('|'),
    'i',
  );

  it('catches a descriptor that names one', () => {
    expect(NUMBER_OF_SCHOOLS.test('Each coach serves one or two schools, on set days.')).toBe(true);
    expect(NUMBER_OF_SCHOOLS.test('Chaque personne accompagnatrice dessert une ou deux écoles.')).toBe(true);
    expect(NUMBER_OF_SCHOOLS.test('A coach serves at most 2 schools.')).toBe(true);
    expect(NUMBER_OF_SCHOOLS.test('Every school has its coach on set days.')).toBe(false);
    expect(
      NUMBER_OF_SCHOOLS.test('Les directions arrivées dans une école qui a une personne accompagnatrice.'),
    ).toBe(false);
  });

  for (const lang of languages) {
    for (const file of rubricFiles(lang)) {
      it(`is named in no level descriptor of ${lang}/${file}`, () => {
        const rubric = rubricSchema.parse(readYaml(`rubrics/${lang}/${file}`));
        const naming = rubric.dimensions.flatMap((d) =>
          d.items.flatMap((i) =>
            i.kind === 'rated'
              ? i.levels.filter((level) => NUMBER_OF_SCHOOLS.test(level)).map((l) => `${i.id}: ${l}`)
              : [],
          ),
        );
        expect(naming).toEqual([]);
      });
    }
  }
});
