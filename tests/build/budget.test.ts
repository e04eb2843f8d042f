import { describe, expect, it } from 'vitest';
import { pageWeight, staticImports } from '../../scripts/page-weight.mjs';
import { builtPages, dist } from './dist';

const KB = 1024;
/** Gzipped JavaScript a page may load at start, by route prefix (first match wins). */
const jsBudgets: [RegExp, number][] = [
  [/^\/assess\//, 25 * KB],
  [/^\/results\//, 85 * KB],
  [/^\/print\//, 85 * KB],
  // The blank rubric reads and prints with JavaScript off: it ships none.
  [/^\/rubric\//, 0],
  [/./, 25 * KB],
];
const cssBudget = 15 * KB;

type Weight = { js: number; css: number; html: number };

describe('byte budgets on the built site', () => {
  const pages = builtPages();

  it('builds the pages the routes promise', () => {
    expect(pages.map(([route]) => route)).toEqual(
      expect.arrayContaining([
        '/',
        '/about/',
        '/assess/coach-deployment/',
        '/assess/coaching-conditions/',
        '/assess/district-office-support/',
        '/results/coach-deployment/',
        '/results/coaching-conditions/',
        '/results/district-office-support/',
        '/print/coach-deployment/',
        '/print/coaching-conditions/',
        '/print/district-office-support/',
        '/rubric/coach-deployment/',
        '/rubric/coaching-conditions/',
        '/rubric/district-office-support/',
      ]),
    );
  });

  for (const [route, file] of pages) {
    const budget = jsBudgets.find(([pattern]) => pattern.test(route))![1];
    it(`${route} loads at most ${budget / KB} KB of gzipped JS and ${cssBudget / KB} KB of CSS`, () => {
      const weight = pageWeight(dist, file) as Weight;
      expect(weight.js).toBeLessThanOrEqual(budget);
      expect(weight.css).toBeLessThanOrEqual(cssBudget);
    });
  }

  it('counts a questionnaire page’s scripts, so the budget is not vacuous', () => {
    const [, file] = pages.find(([route]) => route.startsWith('/assess/'))!;
    const weight = pageWeight(dist, file) as Weight & { files: string[] };
    expect(weight.files.length).toBeGreaterThan(2);
    expect(weight.js).toBeGreaterThan(5 * KB);
  });
});

describe('staticImports', () => {
  it('follows static imports and re-exports but not lazy imports', () => {
    const code = `import{a as b}from"./x.js";import"./side.js";export{c}from"./y.js";const z=()=>import("./lazy.js");`;
    expect(staticImports(code)).toEqual(['./x.js', './side.js', './y.js']);
  });
});
