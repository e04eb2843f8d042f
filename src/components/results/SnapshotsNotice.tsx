import { useStore } from '@nanostores/preact';
import type { Lang } from '../../i18n/ui';
import {
  discardSnapshotsSetAside,
  snapshotsSetAsideStore,
  snapshotsStore,
  startNewHistory,
} from '../../stores/snapshots';
import { StoredNotice } from '../common/StorageNotice';

/** Tells the person when the saved snapshots of a rubric could not be read, or some were set aside. */
export default function SnapshotsNotice({ rubricId, lang }: { rubricId: string; lang: Lang }) {
  return (
    <StoredNotice
      kind="snapshots"
      rubricId={rubricId}
      entry={useStore(snapshotsStore(rubricId))}
      setAside={useStore(snapshotsSetAsideStore(rubricId))}
      onReplace={() => startNewHistory(rubricId)}
      onDiscard={() => discardSnapshotsSetAside(rubricId)}
      lang={lang}
    />
  );
}
