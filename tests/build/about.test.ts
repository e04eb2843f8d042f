import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import type { Insight } from '../../src/lib/schema/insight';
import { dist } from './dist';

/** The text of the About page's "When advice appears" item, tags removed, entities read back. */
function adviceItem(route: string): string {
  const html = readFileSync(join(dist, route, 'index.html'), 'utf8');
  const item = /<li id="advice"[^>]*>([\s\S]*?)<\/li>\s*<li id="balance"/.exec(html)?.[1] ?? '';
  return item
    .replace(/<[^>]+>/g, '')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}

describe('the About page says when each piece of advice appears', () => {
  for (const [lang, route] of [
    ['en', 'about'],
    ['fr', 'fr/about'],
  ] as const) {
    it(`names every insight of the content, with its conditions (${lang})`, () => {
      const { insights } = load(readFileSync(join('src/content/insights', `${lang}.yaml`), 'utf8')) as {
        insights: Insight[];
      };
      const text = adviceItem(route);
      expect(insights.length).toBeGreaterThan(0);
      for (const insight of insights) {
        expect(text).toContain(insight.title);
        // Every threshold of its conditions is written out.
        for (const c of insight.when) expect(text).toContain(String('above' in c ? c.above : c.below));
      }
    });
  }
});
