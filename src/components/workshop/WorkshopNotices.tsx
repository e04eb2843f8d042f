import type { Lang } from '../../i18n/ui';
import { teamUiFor } from '../../i18n/workshop';
import type { WorkshopRead } from '../../lib/workshop';
import { discardWorkshopSetAside, startWorkshop } from '../../stores/workshop';
import { downloadText } from '../common/download';

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
  const fileName = `${rubricId}-unreadable-workshop.txt`;
  return (
    <>
      {memoryOnly && (
        <p class="notice" role="status">
          {t.workshopMemoryOnly}
        </p>
      )}
      {entry && !entry.ok && (
        <div class="notice notice-error" role="alert">
          <h2 class="notice-title">{t.workshopUnreadableTitle}</h2>
          <p>
            {t.workshopUnreadable(entry.detail)} {t.unreadableKept}
          </p>
          <p class="notice-actions">
            <button type="button" onClick={() => downloadText(entry.raw, fileName)}>
              {t.download}
            </button>
            <button type="button" onClick={() => startWorkshop(rubricId)}>
              {t.startNewWorkshop}
            </button>
          </p>
        </div>
      )}
      {setAside !== undefined && (
        <div class="notice" role="status">
          <h2 class="notice-title">{t.setAsideTitle}</h2>
          <p>{t.setAside}</p>
          <p class="notice-actions">
            <button type="button" onClick={() => downloadText(setAside, fileName)}>
              {t.download}
            </button>
            <button
              type="button"
              onClick={() => {
                if (window.confirm(t.confirmDeleteSetAside)) discardWorkshopSetAside(rubricId);
              }}
            >
              {t.deleteSetAside}
            </button>
          </p>
        </div>
      )}
    </>
  );
}
