/** Reading rubric entries from the content collection (build time only). */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import type { Lang } from '../i18n/ui';
import { contentProblems } from '../lib/content-checks';
import { unknownReferences } from '../lib/insights';
import type { Insight } from '../lib/schema/insight';
import type { Rubric } from '../lib/schema/rubric';

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

/**
 * Fails the build when rubric files disagree across languages (other dimensions or items, another order),
 * reuse an id or lack a level descriptor: each message names the file and the field. It takes well under a
 * millisecond, so every page checks rather than caching a result that live reload would leave stale.
 */
async function checkRubricFiles(): Promise<void> {
  const problems = contentProblems(
    (await getCollection('rubrics')).map((entry) => {
      const { id, lang, data } = toEntry(entry);
      return { id, lang, data, file: entry.filePath ?? `src/content/rubrics/${entry.id}.yaml` };
    }),
  );
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
