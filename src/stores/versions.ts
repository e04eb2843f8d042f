/**
 * Answers and snapshots saved by an earlier layout of a rubric, brought up to the current one (lib/versions),
 * and what that changed, for the notice that names the items to rate. This module is loaded on demand, with
 * the notice (components/common/UpgradeNotice.tsx), only when saved data hold ids the rubric no longer has.
 */
import { atom } from 'nanostores';
import { needsUpgrade, type Assessment } from '../lib/assessment';
import type { RubricOutline } from '../lib/schema/rubric';
import { upgradeToCurrent } from '../lib/versions/history';
import type { UpgradeReport } from '../lib/versions/types';
import { assessmentStore, replaceAssessment } from './assessments';
import { replaceSnapshots, snapshotsStore } from './snapshots';

/** What the last upgrade of saved answers changed, by rubric: shown until the page is left. */
export const $upgrades = atom<Record<string, UpgradeReport>>({});

/** Brings answers holding earlier ids up to `current`; null when they hold none. */
async function upgraded(
  assessment: Assessment,
  current: RubricOutline,
): Promise<{ assessment: Assessment; report: UpgradeReport } | null> {
  return needsUpgrade(assessment, current) ? upgradeToCurrent(assessment, current) : null;
}

/** Upgrades the saved answers of `rubric` when an earlier layout made them, and keeps them upgraded. */
export async function upgradeSavedAnswers(rubric: string, current: RubricOutline): Promise<void> {
  const entry = assessmentStore(rubric).get();
  if (!entry?.ok) return;
  const result = await upgraded(entry.assessment, current);
  if (!result) return;
  replaceAssessment(rubric, result.assessment);
  const { report } = result;
  if (report.toRate.length > 0 || report.movedNotes.length > 0)
    $upgrades.set({ ...$upgrades.get(), [rubric]: report });
}

/** Brings snapshots made with an earlier layout of the rubric up to `current`. */
export async function upgradeSnapshots(rubric: string, current: RubricOutline): Promise<void> {
  const value = snapshotsStore(rubric).get();
  if (!value?.ok) return;
  const results = await Promise.all(value.snapshots.map((s) => upgraded(s.assessment, current)));
  if (results.every((result) => result === null)) return;
  replaceSnapshots(
    rubric,
    value.snapshots.map((s, i) => ({ ...s, assessment: results[i]?.assessment ?? s.assessment })),
  );
}
