import { readFileSync } from 'node:fs';
import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { pageOf } from '../../src/lib/paths';
import { builtPages } from './dist';

const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // Astro islands are custom elements with their own attributes.
    'no-unknown-elements': 'off',
    'attribute-boolean-style': 'off',
    // Prettier's style, not an error a browser or a screen reader cares about.
    'void-style': 'off',
    'no-trailing-whitespace': 'off',
  },
});

// Astro writes this one rule where the first island is, which may be inside a <div> or <li>. Browsers
// apply it everywhere; it is Astro's markup, not ours, so it is left out of the check.
const ASTRO_ISLAND_STYLE = '<style>astro-island,astro-slot,astro-static-slot{display:contents}</style>';

describe('built HTML', () => {
  const routes = new Set(builtPages().map(([route]) => route));
  for (const [route, file] of builtPages()) {
    it(`${route} is valid HTML`, async () => {
      const report = await validator.validateString(
        readFileSync(file, 'utf8').replace(ASTRO_ISLAND_STYLE, ''),
        file,
      );
      const messages = report.results.flatMap((r) =>
        r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`),
      );
      expect(messages).toEqual([]);
    });

    it(`${route} asks for nothing from another origin`, () => {
      const html = readFileSync(file, 'utf8');
      const external = [
        ...html.matchAll(/\s(?:src|href|component-url|renderer-url)="((?:https?:)?\/\/[^"]*)"/g),
      ].map((m) => m[1]);
      expect(external).toEqual([]);
    });

    it(`${route} says its language and links to the same page in the other`, () => {
      const html = readFileSync(file, 'utf8');
      const { lang, path } = pageOf(route, '/');
      const other = lang === 'en' ? 'fr' : 'en';
      const twin = other === 'en' ? path : `/fr${path}`;
      expect(html).toMatch(new RegExp(`<html lang="${lang}"`));
      const alternates = Object.fromEntries(
        [...html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)].map(
          (m): [string, string] => [m[1]!, m[2]!],
        ),
      );
      expect(alternates).toEqual({ [lang]: route, [other]: twin, 'x-default': lang === 'en' ? route : twin });
      expect(html).toMatch(new RegExp(`<a href="${twin}" hreflang="${other}" lang="${other}"`));
      expect(routes.has(twin), `${twin} exists`).toBe(true);
    });
  }
});
