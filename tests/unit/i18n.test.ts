import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resultsTextFor, siteUiFor } from '../../src/i18n/pages';
import { languages, resultsUiFor, uiFor } from '../../src/i18n/ui';
import { planTextFor } from '../../src/i18n/plan';
import { briefTextFor } from '../../src/i18n/brief';
import '../../src/i18n/brief-en';
import '../../src/i18n/brief-fr';
import { workshopUiFor } from '../../src/i18n/workshop';

/**
 * Every language must give every interface string the English text has, with functions taking the same
 * arguments and saying something for them. The type checker asks the same of fr.ts, but tests run without
 * it, and a string left empty or a function that returns nothing would pass the type check too.
 */

/** Arguments to call a dictionary function with: numbers, text, lists, or an error object by name. */
function sampleArgs(fn: (...args: never[]) => unknown, key: string): unknown[] {
  if (key === 'fileError') return [{ code: 'unknown-ids', ids: ['a', 'b', 'c', 'd'] }];
  if (key === 'list') return [['A', 'B', 'C']];
  if (key === 'guideItems') return [['1.2', '1.3']];
  if (key === 'addedResponses') return [[3, 4, 5]];
  return Array.from({ length: fn.length }, (_, i) => i + 2);
}

/** Each leaf of a dictionary as [path, value], nested objects flattened with dots. */
function leaves(value: object, prefix = ''): [string, unknown][] {
  return Object.entries(value as Record<string, unknown>).flatMap(([key, child]): [string, unknown][] =>
    typeof child === 'object' && child !== null
      ? leaves(child, `${prefix}${key}.`)
      : [[`${prefix}${key}`, child]],
  );
}

function expectComplete(reference: object, translation: object, lang: string): void {
  const want = new Map(leaves(reference));
  const have = new Map(leaves(translation));
  expect(
    [...want.keys()].filter((key) => !have.has(key)),
    `keys missing in ${lang}`,
  ).toEqual([]);
  expect(
    [...have.keys()].filter((key) => !want.has(key)),
    `keys ${lang} has that English lacks`,
  ).toEqual([]);
  for (const [key, english] of want) {
    const text = have.get(key);
    expect(typeof text, `${lang} ${key}`).toBe(typeof english);
    if (typeof english === 'function' && typeof text === 'function') {
      expect(text.length, `${lang} ${key} takes the same arguments`).toBe(english.length);
      const name = key.split('.').at(-1)!;
      const said = (text as (...args: unknown[]) => unknown)(...sampleArgs(english as never, name));
      expect(typeof said === 'string' && said.trim() !== '', `${lang} ${key} says something`).toBe(true);
    } else if (typeof text === 'string') {
      expect(text.trim(), `${lang} ${key} is not empty`).not.toBe('');
    }
  }
}

describe('interface text', () => {
  for (const lang of languages.filter((code) => code !== 'en')) {
    it(`${lang} has every interface string the English has`, () =>
      expectComplete(uiFor('en'), uiFor(lang), lang));
    it(`${lang} has every string of the pages' own text the English has`, () =>
      expectComplete(siteUiFor('en'), siteUiFor(lang), lang));
    it(`${lang} has every string of the results text the English has`, () =>
      expectComplete(resultsTextFor('en'), resultsTextFor(lang), lang));
    it(`${lang} has every workshop board string the English has`, () =>
      expectComplete(workshopUiFor('en'), workshopUiFor(lang), lang));
    it(`${lang} has every string of the district plan the English has`, () =>
      expectComplete(planTextFor('en'), planTextFor(lang), lang));
    it(`${lang} has every string of the brief for the board the English has`, () =>
      expectComplete(briefTextFor('en'), briefTextFor(lang), lang));
  }

  it('is really translated: French differs from English in most strings', () => {
    const english = new Map(leaves(resultsUiFor('en')));
    const french = leaves(resultsUiFor('fr')).filter(([, text]) => typeof text === 'string') as [
      string,
      string,
    ][];
    const same = french.filter(([key, text]) => english.get(key) === text).map(([key]) => key);
    // A few words are the same in both languages (e.g. "Dimension", "Note"); most are not.
    expect(same.length).toBeLessThan(french.length / 10);
  });

  it('names each language in its own words and sets its decimal mark', () => {
    expect(siteUiFor('en').languageName).toBe('English');
    expect(siteUiFor('fr').languageName).toBe('Français');
    expect(uiFor('en').decimalMark).toBe('.');
    expect(uiFor('fr').decimalMark).toBe(',');
  });

  it('turns every file refusal into a sentence in each language', () => {
    const codes = [
      'empty',
      'too-large',
      'not-json',
      'not-ours',
      'unreadable',
      'newer',
      'version',
      'shape',
      'rubric',
      'unknown-ids',
      'other-rubric',
    ] as const;
    for (const lang of languages)
      for (const code of codes)
        expect(
          resultsUiFor(lang).fileError({ code, ids: ['x'], path: 'a.b', found: '9' }),
          `${lang} ${code}`,
        ).toMatch(/\S{3}/);
    expect(resultsUiFor('en').fileError({ code: 'unknown-ids', ids: ['a', 'b', 'c', 'd', 'e'] })).toContain(
      '“a”, “b”, “c” and 2 more',
    );
    expect(resultsUiFor('fr').fileError({ code: 'unknown-ids', ids: ['a', 'b', 'c', 'd', 'e'] })).toContain(
      'et 2 autres',
    );
  });
});

describe('island entries', () => {
  const dir = join(import.meta.dirname, '../../src/islands');
  const islandsIn = (lang: string) => readdirSync(join(dir, lang)).sort();

  it('has a folder for every language, each with the same islands', () => {
    expect(
      readdirSync(dir)
        .filter((name) => !name.includes('.'))
        .sort(),
    ).toEqual([...languages].sort());
    for (const lang of languages) expect(islandsIn(lang), lang).toEqual(islandsIn('en'));
    expect(islandsIn('en').length).toBeGreaterThan(4);
  });

  /** The source of a module and of every module it imports by a relative path, transitively. */
  function sourcesFrom(file: string, seen = new Set<string>()): string[] {
    if (seen.has(file)) return [];
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    const imports = [...code.matchAll(/from '(\.{1,2}\/[^']+)'/g)].map((m) => join(dirname(file), m[1]!));
    const files = imports.flatMap((path) =>
      ['.tsx', '.ts', ''].map((ext) => path + ext).filter((f) => /\.tsx?$/.test(f) && existsSync(f)),
    );
    return [code, ...files.flatMap((f) => sourcesFrom(f, seen))];
  }

  it('loads the results text exactly where a component reads it, and never in the questionnaire', () => {
    let readers = 0;
    for (const lang of languages)
      for (const name of islandsIn(lang)) {
        const entry = join(dir, lang, name);
        const reads = sourcesFrom(entry).some((code) => /\b(resultsUiFor|teamUiFor)\(/.test(code));
        const loads = readFileSync(entry, 'utf8').includes(`i18n/results-${lang}'`);
        expect(loads, `${lang}/${name}`).toBe(reads);
        if (reads) readers++;
      }
    expect(readers).toBeGreaterThan(4);
    for (const lang of languages)
      expect(readFileSync(join(dir, lang, 'Questionnaire.ts'), 'utf8')).not.toContain('results-');
  });
});
