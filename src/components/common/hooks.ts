import { useStore } from '@nanostores/preact';
import { useEffect, useState } from 'preact/hooks';
import { emptyAssessment, type Assessment } from '../../lib/assessment';
import { loadInBackground } from '../../lib/on-demand';
import { assessmentStore, type SavedEntry } from '../../stores/assessments';

/**
 * True once the island runs in the browser. Until then islands render what the server rendered
 * (nothing saved), so hydration matches the static HTML and saved answers appear right after.
 */
export function useHydrated(): boolean {
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  return hydrated;
}

const EPOCH = new Date(0);

/** The saved entry of a rubric and the assessment to show (a fresh one when nothing readable is saved). */
export function useAssessment(rubricId: string): {
  entry: SavedEntry;
  assessment: Assessment;
  hydrated: boolean;
} {
  const stored = useStore(assessmentStore(rubricId));
  const hydrated = useHydrated();
  const entry = hydrated ? stored : null;
  return { entry, assessment: entry?.ok ? entry.assessment : emptyAssessment(rubricId, EPOCH), hydrated };
}

/** The readable assessments of several rubrics, by id (call with the same list on every render). */
export function useAssessments(rubricIds: string[]): Record<string, Assessment> {
  const hydrated = useHydrated();
  const result: Record<string, Assessment> = {};
  for (const id of rubricIds) {
    // The list is fixed for the life of the island, so the hooks run in the same order every time.
    const entry = useStore(assessmentStore(id));
    result[id] = hydrated && entry?.ok ? entry.assessment : emptyAssessment(id, EPOCH);
  }
  return result;
}

type UpgradeNoticeComponent = typeof import('./UpgradeNotice').default;

/**
 * The notice for answers made with an earlier rubric layout (./UpgradeNotice.tsx), loaded the first time
 * `needed` is true: no page's first script carries it, nor the instrument's history it reads.
 */
export function useUpgradeNotice(needed: boolean): UpgradeNoticeComponent | null {
  const [notice, setNotice] = useState<{ component: UpgradeNoticeComponent } | null>(null);
  useEffect(() => {
    if (needed && !notice)
      loadInBackground(
        () => import('./UpgradeNotice'),
        (module) => setNotice({ component: module.default }),
      );
  }, [needed]);
  return notice?.component ?? null;
}
