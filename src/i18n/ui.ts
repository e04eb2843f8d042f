/**
 * The site's languages and how code reaches their interface text.
 *
 * Each language's text is its own module (en.ts, fr.ts, and results-en.ts, results-fr.ts for the pages that
 * show answers) that registers itself when imported. Nothing here
 * imports them: an island loads only the language of its page (see src/islands/), so a French page never
 * downloads the English words and the reverse. Astro pages, which run only at build time, import
 * `./pages` to have them all.
 */
import type { en } from './en';
import type { resultsEn } from './results-en';

export const languages = ['en', 'fr'] as const;
export type Lang = (typeof languages)[number];
export const defaultLang: Lang = 'en';

/** The shape of the interface text; every language must give every key (the type checker says which). */
export type Ui = typeof en;

/**
 * The words only the pages that show answers use (results, score sheet, district summary, history,
 * sharing and files), in results-<lang>.ts: apart from the main text because the questionnaire never shows
 * them, and kept there they would add about 3 KB of gzipped JavaScript to it (its budget is 22 KB).
 */
export type ResultsUi = typeof resultsEn;

const loaded = new Map<Lang, Partial<Ui & ResultsUi>>();

/** Makes a language's text (its main text or its results text) available; each module calls it once. */
export function provideUi(lang: Lang, text: Ui | ResultsUi): void {
  loaded.set(lang, { ...loaded.get(lang), ...text });
}

/** The interface text of a language, once its module has been imported. */
export function uiFor(lang: Lang = defaultLang): Ui {
  const text = loaded.get(lang);
  if (!text) throw new Error(`The "${lang}" interface text is not loaded: import src/i18n/${lang}.ts first.`);
  return text as Ui;
}

/**
 * The interface text with the results text, for the islands whose entry (src/islands/) imports
 * results-<lang>.ts too; `tests/unit/i18n.test.ts` checks that each one does.
 */
export const resultsUiFor = uiFor as (lang: Lang) => Ui & ResultsUi;

/** True for the codes of the site's languages. */
export function isLang(value: unknown): value is Lang {
  return (languages as readonly unknown[]).includes(value);
}

/**
 * The first few of a list of ids, shortened for a message, and how many more there are; each language
 * quotes and joins them its own way.
 */
export function shortList(ids: readonly string[], shown = 3): { shown: string[]; more: number } {
  return {
    shown: ids.slice(0, shown).map((id) => (id.length > 40 ? `${id.slice(0, 40)}…` : id)),
    more: Math.max(0, ids.length - shown),
  };
}
