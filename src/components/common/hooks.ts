import { useStore } from '@nanostores/preact';
import type { ComponentType } from 'preact';
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

/**
 * A component loaded in the background the first time `wanted` is true (null until then), so that no page's
 * first script carries it.
 */
export function useOnDemand<P>(
  wanted: boolean,
  load: () => Promise<{ default: ComponentType<P> }>,
): ComponentType<P> | null {
  const [component, setComponent] = useState<ComponentType<P> | null>(null);
  useEffect(() => {
    let live = true;
    if (wanted && !component) loadInBackground(load, (module) => live && setComponent(() => module.default));
    return () => {
      live = false;
    };
  }, [wanted]);
  return component;
}

/**
 * The notice for answers made with an earlier rubric layout (./UpgradeNotice.tsx), loaded the first time
 * `needed` is true, with the instrument's history it reads.
 */
export const useUpgradeNotice = (needed: boolean) => useOnDemand(needed, () => import('./UpgradeNotice'));

/** The notice for stored data that could not be read or was set aside (./StoredDataNotice.tsx), on demand. */
export const useStoredDataNotice = (needed: boolean) =>
  useOnDemand(needed, () => import('./StoredDataNotice'));
