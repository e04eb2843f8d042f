import { readFileSync } from 'node:fs';
import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
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
  }
});
