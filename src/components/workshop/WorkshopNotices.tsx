import type { Lang } from '../../i18n/ui';
import { teamUiFor } from '../../i18n/workshop';
import type { WorkshopRead } from '../../lib/workshop';
import { discardWorkshopSetAside, startWorkshop } from '../../stores/workshop';
import { StoredNotice } from '../common/StorageNotice';

interface Props {
  rubricId: string;
  /** The stored workshop as read, or null when none is stored (or before the page has read it). */
  entry: WorkshopRead | null;
  setAside: string | undefined;
  /** True when nothing is kept beyond this page (storage unavailable). */
  memoryOnly: boolean;
  lang: Lang;
}

/** What the facilitator must know about stored data: kept only in the page, unreadable, or set aside. */
export default function WorkshopNotices({ rubricId, entry, setAside, memoryOnly, lang }: Props) {
  const t = teamUiFor(lang);
  return (
    <>
      {memoryOnly && (
        <p class="notice" role="status">
          {t.workshopMemoryOnly}
        </p>
      )}
      <StoredNotice
        kind="workshop"
        rubricId={rubricId}
        entry={entry}
        setAside={setAside}
        onReplace={() => startWorkshop(rubricId)}
        onDiscard={() => discardWorkshopSetAside(rubricId)}
        lang={lang}
      />
    </>
  );
}
