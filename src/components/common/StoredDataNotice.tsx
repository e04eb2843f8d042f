/**
 * The one notice for stored data the site could not read, for answers, snapshots and workshops alike: what
 * is wrong, a download of the text exactly as stored, and a way to start afresh that sets the text aside
 * (never deletes it); then, once set aside, a download, a deletion the person confirms, and a link to the
 * page that lists everything set aside. Loaded on demand (see useStoredDataNotice): most pages never show it.
 */
import { storedDataUi } from '../../i18n/stored-data';
import type { Lang } from '../../i18n/ui';
import { unreadableFileName, type StoredKind } from '../../lib/set-aside';

interface Props {
  kind: StoredKind;
  rubricId: string;
  /** The stored data as read, when it could not be: why, and its text as stored. */
  unreadable: { detail: string; raw: string } | null;
  /** Text set aside earlier for this kind and rubric, if any. */
  setAside: string | undefined;
  /** Starts afresh (the unreadable text is set aside first). */
  onReplace: () => void;
  /** Deletes the set-aside text, once the person has confirmed. */
  onDiscard: () => void;
  /** The page that lists everything set aside. */
  savedHref: string;
  /** Saves text as a file (./download.ts, passed in so that this module shares no chunk with the pages). */
  download: (text: string, fileName: string) => void;
  lang: Lang;
}

export default function StoredDataNotice({
  kind,
  rubricId,
  unreadable,
  setAside,
  onReplace,
  onDiscard,
  savedHref,
  download,
  lang,
}: Props) {
  const t = storedDataUi[lang];
  const words = t.kinds[kind];
  const fileName = unreadableFileName(kind, rubricId);
  return (
    <>
      {unreadable && (
        <div class="notice notice-error" role="alert" data-stored={kind}>
          <h2 class="notice-title">{words.title}</h2>
          <p>
            {words.unreadable(unreadable.detail)} {words.kept}
          </p>
          <p class="notice-actions">
            <button type="button" onClick={() => download(unreadable.raw, fileName)}>
              {t.download}
            </button>
            <button type="button" onClick={onReplace}>
              {words.replace}
            </button>
          </p>
        </div>
      )}
      {setAside !== undefined && (
        <div class="notice notice-warning" role="status" data-stored={kind}>
          <h2 class="notice-title">{t.setAsideTitle}</h2>
          <p>
            {t.setAside} <a href={savedHref}>{t.seeAll}</a>
          </p>
          <p class="notice-actions">
            <button type="button" onClick={() => download(setAside, fileName)}>
              {t.download}
            </button>
            <button
              type="button"
              onClick={() => {
                if (window.confirm(t.confirmDeleteSetAside)) onDiscard();
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
