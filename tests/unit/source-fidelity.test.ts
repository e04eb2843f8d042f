/**
 * Every statement the content presents as what a source says carries its basis: short quotations from the
 * source. This test finds each quotation in the source's text, so a quotation that was misremembered,
 * reworded or invented fails. The texts live beside the repository, in ../shared/sources/<id>.txt; where
 * that folder is absent the check is reported as skipped, never as passed.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { languages } from '../../src/i18n/ui';
import { SOURCE_IDS } from '../../src/lib/schema/basis';

const repoRoot = join(import.meta.dirname, '../..');
const contentDir = join(repoRoot, 'src/content');
const sourcesDir = join(repoRoot, '../shared/sources');

interface Found {
  /** Where the quotation sits, e.g. "dimensions.0.basis.1". */
  path: string;
  source: string;
  quote: string;
}

/** Every content file, relative to src/content: the rubrics of every language, the insights and the guide. */
function contentFiles(): string[] {
  const rubrics = languages.flatMap((lang) =>
    readdirSync(join(contentDir, 'rubrics', lang))
      .filter((name) => name.endsWith('.yaml'))
      .map((name) => `rubrics/${lang}/${name}`),
  );
  return [
    ...rubrics,
    ...languages.map((lang) => `insights/${lang}.yaml`),
    ...languages.map((lang) => `guide/${lang}.yaml`),
  ];
}

/** Every quotation under a `basis` key anywhere in a parsed file, with where it sits. */
function quotationsIn(value: unknown, path: string[] = []): Found[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => quotationsIn(v, [...path, String(i)]));
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, v]) => {
    if (key !== 'basis' || !Array.isArray(v)) return quotationsIn(v, [...path, key]);
    return v.map((q: { source?: unknown; quote?: unknown }, i) => ({
      path: [...path, key, String(i)].join('.'),
      source: String(q?.source),
      quote: String(q?.quote),
    }));
  });
}

const readContent = (file: string) => load(readFileSync(join(contentDir, file), 'utf8'));

/**
 * Text as compared: runs of whitespace (the study's line and page breaks) become one space, and the
 * sources' typographic apostrophes, quotation marks and dashes become the plain ones the content files type.
 */
function normalise(text: string): string {
  return text.replace(/[‘’ʼ]/g, "'").replace(/[“”]/g, '"').replace(/[–—]/g, '-').replace(/\s+/g, ' ').trim();
}

/** True when the quotation's pieces (split at "…") all appear in the source text, in order. */
function isQuoted(sourceText: string, quote: string): boolean {
  const text = normalise(sourceText);
  let from = 0;
  for (const piece of normalise(quote).split(/\s*(?:…|\.\.\.)\s*/)) {
    if (piece === '') continue;
    const at = text.indexOf(piece, from);
    if (at < 0) return false;
    from = at + piece.length;
  }
  return true;
}

if (!existsSync(sourcesDir)) {
  describe('source fidelity', () => {
    it.skip(`is NOT checked: the source texts are not at ${sourcesDir}, so no quotation was compared`, () => {});
  });
} else {
  const sources = new Map<string, string | undefined>(
    SOURCE_IDS.map((id) => {
      const file = join(sourcesDir, `${id}.txt`);
      return [id, existsSync(file) ? readFileSync(file, 'utf8') : undefined];
    }),
  );

  describe('source fidelity', () => {
    it('has the text of every source the content may quote', () => {
      const missing = SOURCE_IDS.filter((id) => sources.get(id) === undefined);
      expect(missing.map((id) => `${relative(repoRoot, sourcesDir)}/${id}.txt`)).toEqual([]);
    });

    it('finds a quotation across line breaks and typographic marks, and refuses a changed word', () => {
      const study = sources.get('learning-coaches-two-phases-study') ?? '';
      const article = sources.get('centralized-coaching-deployment') ?? '';
      expect(isQuoted(study, 'some infrastructure had to be in place to allow the four conditions')).toBe(
        true,
      );
      expect(isQuoted(article, "That's why we recommend")).toBe(true);
      expect(isQuoted(article, 'report to the district-not individual school principals')).toBe(true);
      expect(isQuoted(study, 'it is not enough to just scale up … without considering')).toBe(true);
      expect(isQuoted(study, 'all infrastructure had to be in place')).toBe(false);
      expect(isQuoted(study, 'without considering … it is not enough')).toBe(false);
    });

    for (const file of contentFiles()) {
      it(`finds every quotation of ${file} in its source`, () => {
        const wrong = quotationsIn(readContent(file))
          .filter(({ source, quote }) => !isQuoted(sources.get(source) ?? '', quote))
          .map(({ path, source, quote }) => `${path} (${source}): ${quote}`);
        expect(wrong).toEqual([]);
      });
    }
  });
}

describe('quotations across languages', () => {
  const byFile = new Map<string, Map<string, string[]>>();
  for (const file of contentFiles()) {
    const lang = languages.find((l) => file.includes(`/${l}/`) || file.endsWith(`/${l}.yaml`)) ?? '';
    const key = file.replace(`/${lang}/`, '/*/').replace(`/${lang}.yaml`, '/*.yaml');
    const quotes = quotationsIn(readContent(file)).map((q) => `${q.path} ${q.source}: ${normalise(q.quote)}`);
    byFile.set(key, (byFile.get(key) ?? new Map<string, string[]>()).set(lang, quotes));
  }

  for (const [key, versions] of byFile) {
    it(`quotes the same passages in the same places in every language of ${key}`, () => {
      const reference = versions.get('en') ?? [];
      for (const lang of languages) expect(versions.get(lang) ?? [], lang).toEqual(reference);
    });
  }
});
