/** Reading rubric entries from the content collection (build time only). */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { defaultLang, languages, type Lang } from '../i18n/ui';
import { contentProblems, type RubricFile } from '../lib/content-checks';
import { unknownReferences } from '../lib/insights';
import type { Insight } from '../lib/schema/insight';
import type { Rubric, Source } from '../lib/schema/rubric';

export interface RubricEntry {
  /** The rubric's id, e.g. "coaching-conditions", the same in every language. */
  id: string;
  lang: Lang;
  data: Rubric;
}

/** The order rubrics are listed in: the district view first, then the conditions, then deployment. */
export const RUBRIC_ORDER = ['district-office-support', 'coaching-conditions', 'coach-deployment'];

function toEntry(entry: CollectionEntry<'rubrics'>): RubricEntry {
  const [lang, id] = entry.id.split('/') as [Lang, string];
  return { id, lang, data: entry.data };
}

/** Every rubric file of every language, with where it lives, for the checks across files. */
export async function rubricFiles(): Promise<RubricFile[]> {
  return (await getCollection('rubrics')).map((entry) => {
    const { id, lang, data } = toEntry(entry);
    return { id, lang, data, file: entry.filePath ?? `src/content/rubrics/${entry.id}.yaml` };
  });
}

/**
 * Fails the build when rubric files disagree across languages (other dimensions or items, another order),
 * reuse an id or lack a level descriptor: each message names the file and the field. It takes well under a
 * millisecond, so every page checks rather than caching a result that live reload would leave stale.
 */
async function checkRubricFiles(): Promise<void> {
  const problems = contentProblems(await rubricFiles());
  if (problems.length > 0)
    throw new Error(`Rubric content files do not match each other:\n  ${problems.join('\n  ')}`);
}

/** Every rubric in one language, in listing order. */
export async function rubricsIn(lang: Lang): Promise<RubricEntry[]> {
  await checkRubricFiles();
  const entries = (await getCollection('rubrics')).map(toEntry).filter((entry) => entry.lang === lang);
  return entries.sort((a, b) => RUBRIC_ORDER.indexOf(a.id) - RUBRIC_ORDER.indexOf(b.id));
}

/** The insights of one language, in content order. */
export async function insightsIn(lang: Lang): Promise<Insight[]> {
  const entry = await getEntry('insights', lang);
  const insights = entry?.data.insights ?? [];
  const problems = unknownReferences(insights, await rubricsIn(lang));
  if (problems.length > 0) {
    throw new Error(
      `src/content/insights/${lang}.yaml refers to things that do not exist:\n  ${problems.join('\n  ')}`,
    );
  }
  return insights;
}

/** The `[...lang]` route parameter of a language: none for English, at the site's root; 'fr' for French. */
function langParam(lang: Lang): string | undefined {
  return lang === defaultLang ? undefined : lang;
}

/** getStaticPaths for a page that exists once per language. */
export function languagePaths() {
  return languages.map((lang) => ({ params: { lang: langParam(lang) }, props: { lang } }));
}

/** getStaticPaths for a page that exists once per rubric and language. */
export async function rubricPaths() {
  const paths = await Promise.all(
    languages.map(async (lang) =>
      (await rubricsIn(lang)).map((entry) => ({
        params: { lang: langParam(lang), rubric: entry.id },
        props: { entry },
      })),
    ),
  );
  return paths.flat();
}

/** A work the rubrics draw on, as the About page credits it: listed once, with what each rubric takes from it. */
export interface CreditedSource extends Omit<Source, 'contribution'> {
  /** Each rubric that draws on the work, by its title, and what it takes, in listing order. */
  uses: { rubric: string; contribution: string }[];
}

/**
 * The works behind some rubrics, each once: the same work can back several rubrics, and is known by its
 * title. They come in the order they first appear; each page writes "rubric: contribution" its own way.
 */
export function sourcesOf(rubrics: RubricEntry[]): CreditedSource[] {
  const sources = new Map<string, CreditedSource>();
  for (const { data } of rubrics) {
    for (const { title, author, note, contribution } of data.sources) {
      const known = sources.get(title) ?? { title, author, note, uses: [] };
      known.uses.push({ rubric: data.title, contribution });
      sources.set(title, known);
    }
  }
  return [...sources.values()];
}
