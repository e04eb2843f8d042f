import { useStore } from '@nanostores/preact';
import type { Snapshot } from '../../lib/snapshots';
import { snapshotsStore } from '../../stores/snapshots';
import { useHydrated } from '../common/hooks';

/** The snapshots of a rubric, newest first (empty until hydrated or when unreadable). */
export function useSnapshots(rubricId: string): Snapshot[] {
  const stored = useStore(snapshotsStore(rubricId));
  const hydrated = useHydrated();
  return hydrated && stored?.ok ? stored.snapshots : [];
}
