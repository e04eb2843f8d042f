/**
 * Interface text of the workshop board (/team/), by language: the same conventions as ui.ts. It lives apart
 * from each language's main text because every island loads that, and only the board needs these words:
 * kept there they would add about 3 KB of gzipped JavaScript to every page. The few words other pages need
 * for workshops (sending a response, adding one) are in the results text (results-<lang>.ts). Each language's board text is its
 * own module (workshop-en.ts, workshop-fr.ts) that registers itself when imported.
 */
import type { workshopEn } from './workshop-en';
import { resultsUiFor, type Lang, type ResultsUi, type Ui } from './ui';

/** The shape of the board's text; every language must give every key. */
export type WorkshopUi = typeof workshopEn;

const loaded = new Map<Lang, WorkshopUi>();
const merged = new Map<Lang, Ui & ResultsUi & WorkshopUi>();

/** Makes a language's board text available; each language module calls it once. */
export function provideWorkshopUi(lang: Lang, text: WorkshopUi): void {
  loaded.set(lang, text);
  merged.delete(lang);
}

/** The workshop board's own text in a language, once its module has been imported. */
export function workshopUiFor(lang: Lang): WorkshopUi {
  const text = loaded.get(lang);
  if (!text)
    throw new Error(`The "${lang}" workshop text is not loaded: import src/i18n/workshop-${lang}.ts first.`);
  return text;
}

/** Everything the board says: the site's common text, the results text and its own, in one object. */
export function teamUiFor(lang: Lang): Ui & ResultsUi & WorkshopUi {
  let text = merged.get(lang);
  if (!text) merged.set(lang, (text = { ...resultsUiFor(lang), ...workshopUiFor(lang) }));
  return text;
}
