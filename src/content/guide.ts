/** Reading the facilitator's guide from the content collection (build time only). */
import { getCollection } from 'astro:content';
import { uiFor, workshopUiFor, type Lang } from '../i18n/pages';
import { guideProblems } from '../lib/guide/checks';
import { GUIDE_PLACEHOLDERS, type GuidePlaceholder } from '../lib/guide/text';
import type { Guide } from '../lib/schema/guide';
import { DISCUSS_SPREAD } from '../lib/workshop/types';
import { rubricFiles, rubricsIn } from './entries';

/**
 * The words the guide's `{name}` placeholders stand for: the board's and results page's own labels, so the
 * guide names each button exactly as the page shows it, in every language.
 */
export function guideWords(lang: Lang): Record<GuidePlaceholder, string> {
  const w = workshopUiFor(lang);
  const t = uiFor(lang);
  return {
    reveal: w.revealRatings,
    onlyToDiscuss: w.onlyToDiscuss,
    discussFlag: w.discussFlag,
    spread: String(DISCUSS_SPREAD),
    agreed: w.agreed,
    dissent: w.dissent,
    projector: w.projectorMode,
    useAsDistrict: w.useAsDistrict,
    saveSnapshot: w.saveConsensusSnapshot,
    reset: w.resetWorkshop,
    sendToFacilitator: t.sendToFacilitator,
    lookFors: t.lookForsSummary,
  };
}

/**
 * The guide in one language. Fails the build when a guide file is missing, leaves a dimension of a rubric
 * without questions, asks about an item of another dimension, times the agenda unlike English, or names
 * a placeholder or page that does not exist: each message names the file and the field.
 */
export async function guideIn(lang: Lang): Promise<Guide> {
  // The rubric files are checked against each other first: a guide can only be read against sound rubrics.
  await rubricsIn(lang);
  const guides = (await getCollection('guide')).map((entry) => ({
    file: entry.filePath ?? `src/content/guide/${entry.id}.yaml`,
    lang: entry.id,
    data: entry.data,
  }));
  const problems = guideProblems(guides, await rubricFiles(), GUIDE_PLACEHOLDERS);
  if (problems.length > 0)
    throw new Error(`The facilitator’s guide does not cover the rubrics:\n  ${problems.join('\n  ')}`);
  return guides.find((guide) => guide.lang === lang)!.data;
}
