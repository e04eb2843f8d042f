/**
 * Interface text of the brief for the board (/brief/), by language: the same conventions as plan.ts. Only the
 * brief uses these words, so they live apart from each language's main text; each language's brief text is
 * its own module (brief-en.ts, brief-fr.ts) that registers itself when imported.
 */
import type { briefEn } from './brief-en';
import type { Lang } from './ui';

/** The shape of the brief's text; every language must give every key. */
export type BriefUi = typeof briefEn;

const loaded = new Map<Lang, BriefUi>();

/** Makes a language's brief text available; each language module calls it once. */
export function provideBriefUi(lang: Lang, text: BriefUi): void {
  loaded.set(lang, text);
}

/** The brief's own text in a language, once its module has been imported. */
export function briefTextFor(lang: Lang): BriefUi {
  const text = loaded.get(lang);
  if (!text)
    throw new Error(`The "${lang}" brief text is not loaded: import src/i18n/brief-${lang}.ts first.`);
  return text;
}
