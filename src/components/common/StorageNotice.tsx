import { useStore } from '@nanostores/preact';
import type { StoredKind } from '../../lib/set-aside';
import { uiFor, type Lang } from '../../i18n/ui';
import { localePath } from '../../lib/paths';
import { discardSetAside, setAsideStore, startOver, type SavedEntry } from '../../stores/assessments';
import { $storageMode } from '../../stores/storage';
import { downloadText } from './download';
import { useHydrated, useStoredDataNotice } from './hooks';

interface Props {
  rubricId: string;
  entry: SavedEntry;
  lang: Lang;
}

/** Tells the person when saved answers could not be read, were set aside, or cannot be kept at all. */
export default function StorageNotice({ rubricId, entry, lang }: Props) {
  return (
    <>
      <MemoryOnlyNotice lang={lang} />
      <StoredNotice
        kind="answers"
        rubricId={rubricId}
        entry={entry}
        setAside={useStore(setAsideStore(rubricId))}
        onReplace={() => startOver(rubricId)}
        onDiscard={() => discardSetAside(rubricId)}
        lang={lang}
      />
    </>
  );
}

interface StoredNoticeProps {
  kind: StoredKind;
  rubricId: string;
  /** The stored data as read: null when there is none, { ok: false, … } when it could not be read. */
  entry: { ok: true } | { ok: false; detail: string; raw: string } | null;
  setAside: string | undefined;
  onReplace: () => void;
  onDiscard: () => void;
  lang: Lang;
}

/**
 * The notice about one kind of stored data (./StoredDataNotice.tsx), loaded once there is something to say:
 * the data could not be read, or some was set aside.
 */
export function StoredNotice({ entry, setAside, ...props }: StoredNoticeProps) {
  const hydrated = useHydrated();
  const unreadable = hydrated && entry && !entry.ok ? entry : null;
  const aside = hydrated ? setAside : undefined;
  const Notice = useStoredDataNotice(unreadable !== null || aside !== undefined);
  return (
    Notice && (
      <Notice
        {...props}
        unreadable={unreadable}
        setAside={aside}
        savedHref={localePath(props.lang, '/saved/')}
        download={downloadText}
      />
    )
  );
}

/** Says, when the browser stores nothing, that answers are kept only while this tab is open. */
export function MemoryOnlyNotice({ lang }: { lang: Lang }) {
  const mode = useStore($storageMode);
  const hydrated = useHydrated();
  return hydrated && mode === 'memory' ? (
    <p class="notice notice-warning" role="status">
      {uiFor(lang).memoryOnly}
    </p>
  ) : null;
}
