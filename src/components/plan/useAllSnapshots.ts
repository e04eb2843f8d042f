import { useStore } from '@nanostores/preact';
import type { Snapshot } from '../../lib/snapshots';
import { snapshotsStore } from '../../stores/snapshots';
import { useHydrated } from '../common/hooks';

/** The snapshots of several rubrics, by id (call with the same list on every render). */
export function useAllSnapshots(rubricIds: string[]): Record<string, Snapshot[]> {
  const hydrated = useHydrated();
  const result: Record<string, Snapshot[]> = {};
  for (const id of rubricIds) {
    // The list is fixed for the life of the island, so the hooks run in the same order every time.
    const stored = useStore(snapshotsStore(id));
    result[id] = hydrated && stored?.ok ? stored.snapshots : [];
  }
  return result;
}
