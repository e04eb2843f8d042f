/**
 * Importing an exported file that may come from an earlier layout of its rubric. The file is first read
 * against the current rubrics, as always; only when it names ids they do not have is the instrument's
 * history loaded (on demand) and the file read against each released layout, then upgraded.
 */
import { importAssessmentJson, type ImportResult } from '../files';
import { onDemand } from '../on-demand';
import type { RubricEntry } from '../share-code/format';
import type { UpgradeReport } from './types';

/** An import's result; `upgrade` says what changed when the file was made with an earlier layout. */
export type AnyLayoutImport =
  ImportResult | (Extract<ImportResult, { ok: true }> & { upgrade: UpgradeReport });

/** Reads a file like importAssessmentJson, also when its ids are those of an earlier released layout. */
export async function importAnyLayout(
  text: string,
  rubrics: readonly RubricEntry[],
): Promise<AnyLayoutImport> {
  const result = importAssessmentJson(text, rubrics);
  if (result.ok || result.error.code !== 'unknown-ids') return result;
  const { releasedOutlines, upgradeToCurrent } = await onDemand(() => import('./history'));
  for (const rubric of rubrics)
    for (const outline of await releasedOutlines(rubric.id)) {
      const earlier = importAssessmentJson(text, [{ id: rubric.id, data: outline }]);
      if (!earlier.ok) continue;
      const { assessment, report } = await upgradeToCurrent(earlier.assessment, rubric.data);
      return { ...earlier, assessment, upgrade: report };
    }
  return result;
}
