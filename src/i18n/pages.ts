/**
 * For Astro pages and build-time code only: every language's text, loaded, with the text only pages write
 * (./site/). Islands never import this (they load their page's language through src/islands/), so the
 * client bundles hold one language each and none of the pages' own words.
 */
import './en';
import './fr';
import './workshop-en';
import './workshop-fr';
import './plan-en';
import './plan-fr';
import { resultsEn } from './results-en';
import { resultsFr } from './results-fr';
import { siteEn } from './site/en';
import { siteFr } from './site/fr';
import { resultsUiFor, type Lang, type ResultsUi, type Ui } from './ui';

export { languages, type Lang } from './ui';
export { workshopUiFor } from './workshop';

/** The shape of the pages' own text; every language must give every key. */
export type SiteUi = typeof siteEn;

const results: Record<Lang, ResultsUi> = { en: resultsEn, fr: resultsFr };
const site: Record<Lang, SiteUi> = { en: siteEn, fr: siteFr };
const merged = new Map<Lang, Ui & ResultsUi & SiteUi>();

/** Everything a page can say in a language: the islands' text and the pages' own. */
export function uiFor(lang: Lang): Ui & ResultsUi & SiteUi {
  let text = merged.get(lang);
  if (!text) merged.set(lang, (text = { ...resultsUiFor(lang), ...site[lang] }));
  return text;
}

/** The results text in a language, on its own (for checking translations). */
export function resultsTextFor(lang: Lang): ResultsUi {
  return results[lang];
}

/** The pages' own text in a language, on its own (for checking translations). */
export function siteUiFor(lang: Lang): SiteUi {
  return site[lang];
}
