/**
 * Interface text of the district plan (/plan/), by language: the same conventions as ui.ts and workshop.ts.
 * Only the plan page uses these words, so they live apart from each language's main text. Each language's
 * plan text is its own module (plan-en.ts, plan-fr.ts) that registers itself when imported.
 */
import type { planEn } from './plan-en';
import { uiFor, type Lang, type Ui } from './ui';

/** The shape of the plan's text; every language must give every key. */
export type PlanUi = typeof planEn;

const loaded = new Map<Lang, PlanUi>();

/** Makes a language's plan text available; each language module calls it once. */
export function providePlanUi(lang: Lang, text: PlanUi): void {
  loaded.set(lang, text);
}

/** The plan's own text in a language, once its module has been imported. */
export function planTextFor(lang: Lang): PlanUi {
  const text = loaded.get(lang);
  if (!text) throw new Error(`The "${lang}" plan text is not loaded: import src/i18n/plan-${lang}.ts first.`);
  return text;
}

/** Everything the plan page says: the site's common text and its own, in one object. */
export function planUiFor(lang: Lang): Ui & PlanUi {
  return { ...uiFor(lang), ...planTextFor(lang) };
}
