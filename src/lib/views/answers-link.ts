/** The questionnaire's way to the results when nothing can be saved: the answers travel in the link. */
import type { Assessment } from '../assessment';
import type { Rubric } from '../schema/rubric';
import { shareLink } from '../share-code/link';

/** The results link with every answer after #: with the notes, or without them when they make it too long. */
export async function linkWithAnswers(
  rubricId: string,
  rubric: Rubric,
  assessment: Assessment,
  resultsHref: string,
): Promise<string> {
  const options = { notes: true, profile: true, dropNotesIfLong: true };
  return (await shareLink(assessment, { id: rubricId, data: rubric }, options, resultsHref)).link;
}
