import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { pageWeight } from '../../scripts/page-weight.mjs';
import type { Rubric } from '../../src/lib/schema/rubric';
import { dist } from './dist';

const RUBRICS = ['district-office-support', 'coaching-conditions', 'coach-deployment'];
const LANGS = ['en', 'fr'] as const;

/** Every look-for of a rubric in a language, from its content file. */
function lookForsOf(lang: string, id: string): string[] {
  const rubric = load(readFileSync(join('src/content/rubrics', lang, `${id}.yaml`), 'utf8')) as Rubric;
  return rubric.dimensions.flatMap((d) =>
    d.items.flatMap((i) => (i.kind === 'rated' ? (i.lookFors ?? []) : [])),
  );
}

/** A page's HTML with entities read back, as a browser would show its text. */
function textOf(route: string): string {
  const html = readFileSync(join(dist, route, 'index.html'), 'utf8');
  return html
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

describe('look-fors on the built pages', () => {
  for (const lang of LANGS)
    for (const id of RUBRICS) {
      const prefix = lang === 'en' ? '' : '/fr';
      const lookFors = lookForsOf(lang, id);

      it(`${prefix}/assess/${id}/ has every look-for in its HTML, once per item, folded in a details element`, () => {
        expect(lookFors.length).toBeGreaterThan(10);
        const html = textOf(`${prefix}/assess/${id}/`);
        for (const lookFor of lookFors)
          expect(html.split(`<li>${lookFor}</li>`).length - 1, lookFor).toBe(
            lookFors.filter((other) => other === lookFor).length,
          );
        expect(html.match(/<details class="look-fors"/g)?.length).toBeGreaterThan(10);
        // Not in the island's props: the text is in the page once, as HTML.
        const props = [...html.matchAll(/<astro-island[^>]*\sprops="([^"]*)"/g)].map((m) => m[1]).join('');
        expect(props).not.toContain('lookFors');
      });

      it(`${prefix}/assess/${id}/ carries no look-for in its scripts`, () => {
        const { files } = pageWeight(dist, join(dist, `${prefix}/assess/${id}/index.html`)) as {
          files: string[];
        };
        const scripts = files.map((path) => readFileSync(path, 'utf8')).join('\n');
        for (const lookFor of lookFors) expect(scripts).not.toContain(lookFor);
      });

      it(`${prefix}/rubric/${id}/ shows every look-for in full`, () => {
        const html = textOf(`${prefix}/rubric/${id}/`);
        for (const lookFor of lookFors) expect(html, lookFor).toContain(lookFor);
      });
    }
});
