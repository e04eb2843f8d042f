import { useStore } from '@nanostores/preact';
import { uiFor, type Lang } from '../../i18n/ui';
import { discardSetAside, setAsideStore, startOver, type SavedEntry } from '../../stores/assessments';
import { $storageMode } from '../../stores/storage';
import { downloadText } from './download';
import { useHydrated } from './hooks';

interface Props {
  rubricId: string;
  entry: SavedEntry;
  lang: Lang;
}

/** Tells the person when saved data could not be read, was set aside, or cannot be kept at all. */
export default function StorageNotice({ rubricId, entry, lang }: Props) {
  const t = uiFor(lang);
  const mode = useStore($storageMode);
  const setAside = useStore(setAsideStore(rubricId));
  const hydrated = useHydrated();
  if (!hydrated) return null;
  const filename = `${rubricId}-unreadable-saved-data.txt`;
  return (
    <>
      {mode === 'memory' && (
        <p class="notice notice-warning" role="status">
          {t.memoryOnly}
        </p>
      )}
      {entry && !entry.ok && (
        <div class="notice notice-error" role="alert">
          <h2 class="notice-title">{t.unreadableTitle}</h2>
          <p>
            {t.unreadable(entry.detail)} {t.unreadableKept}
          </p>
          <p class="notice-actions">
            <button type="button" onClick={() => downloadText(entry.raw, filename)}>
              {t.download}
            </button>
            <button type="button" onClick={() => startOver(rubricId)}>
              {t.startOver}
            </button>
          </p>
        </div>
      )}
      {setAside !== undefined && (
        <div class="notice notice-warning" role="status">
          <h2 class="notice-title">{t.setAsideTitle}</h2>
          <p>{t.setAside}</p>
          <p class="notice-actions">
            <button type="button" onClick={() => downloadText(setAside, filename)}>
              {t.download}
            </button>
            <button
              type="button"
              onClick={() => {
                if (window.confirm(t.confirmDeleteSetAside)) discardSetAside(rubricId);
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
