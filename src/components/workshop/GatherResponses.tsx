import { useMemo, useState } from 'preact/hooks';
import type { Lang } from '../../i18n/ui';
import { teamUiFor } from '../../i18n/workshop';
import type { Assessment } from '../../lib/assessment';
import { unlessSiteUpdated } from '../../lib/on-demand';
import type { RubricEntry } from '../../lib/share-code';
import type { Refusal, Workshop } from '../../lib/workshop';
import type { WriteFailure } from '../../stores/storage';
import {
  addDuplicatesAnyway,
  addResponsesFromFiles,
  addResponsesFromText,
  type AddResult,
} from '../../stores/workshop';
import FileDrop from '../common/FileDrop';
import NotSaved from '../common/NotSaved';
import '../results/score-table.css';
import { Sentence } from '../common/UserText';
import ResponseList from './ResponseList';

interface Props {
  rubricId: string;
  workshop: Workshop;
  registry: RubricEntry[];
  /** Rubric titles by id, to name the rubric a stray response belongs to. */
  titles: Record<string, string>;
  lang: Lang;
}

/** The sentence that says which response was refused and why. */
export function refusalText(
  refusal: Refusal,
  titles: Record<string, string>,
  lang: Lang,
  /** What stands for a refused file's name (the name itself unless given). */
  fileName?: string,
): string {
  const t = teamUiFor(lang);
  const { source } = refusal;
  const which =
    source.kind === 'paste'
      ? t.responseOf(source.position, source.total)
      : source.kind === 'file'
        ? t.responseFile(fileName ?? source.name)
        : t.thisResponse;
  const what = source.kind === 'file' ? t.refusalFile : t.refusalLink;
  let why: string;
  switch (refusal.reason) {
    case 'other-rubric':
      why = what.otherRubric(titles[refusal.rubricId ?? ''] ?? refusal.rubricId ?? '');
      break;
    case 'duplicate':
      why = t.refusalDuplicate(refusal.duplicateOf ?? 0);
      break;
    case 'full':
      why = t.refusalFull;
      break;
    case 'file':
      why = refusal.fileError ? t.fileError(refusal.fileError) : t.refusalLink.corrupt;
      break;
    default:
      why = t.refusalLink[refusal.reason];
  }
  return t.refused(which, why);
}

/**
 * The paste box. What is typed stays in this component, so a keystroke draws only the box, not the board
 * around it; `onPaste` resolves to true once the text was read, and the box is then emptied.
 */
function PasteForm({
  lang,
  busy,
  onPaste,
}: {
  lang: Lang;
  busy: boolean;
  onPaste: (text: string) => Promise<boolean>;
}) {
  const t = teamUiFor(lang);
  const [text, setText] = useState('');
  return (
    <form
      class="gather-form"
      onSubmit={(e) => {
        e.preventDefault();
        void onPaste(text).then((read) => read && setText(''));
      }}
    >
      <label for="responses-paste">{t.pasteLabel}</label>
      <textarea
        id="responses-paste"
        rows={4}
        value={text}
        spellcheck={false}
        autoComplete="off"
        aria-describedby="responses-paste-hint"
        onInput={(e) => setText(e.currentTarget.value)}
      />
      <p id="responses-paste-hint" class="hint">
        {t.pasteHint}
      </p>
      <p class="inline-form">
        <button type="submit" class="primary" disabled={busy}>
          {t.addResponses}
        </button>
      </p>
    </form>
  );
}

/** Gathering responses: paste links or codes, open or drop files; what was refused, and the list so far. */
export default function GatherResponses({ rubricId, workshop, registry, titles, lang }: Props) {
  const t = teamUiFor(lang);
  const [busy, setBusy] = useState(false);
  const [report, setReport] = useState<AddResult | null>(null);
  /** Why storage refused the last batch (then nothing of it was added). */
  const [notSaved, setNotSaved] = useState<WriteFailure | null>(null);
  const reported = (result: AddResult) => {
    setReport(result);
    setNotSaved(result.notSaved ?? null);
    return !result.notSaved;
  };
  const list = useMemo(
    () => (
      <ResponseList
        rubricId={rubricId}
        responses={workshop.responses}
        anonymous={workshop.anonymous === true}
        lang={lang}
      />
    ),
    [rubricId, workshop.responses, workshop.anonymous, lang],
  );

  /**
   * Runs `work` and shows its report; false when the reading code could not load or storage refused the
   * batch (the pasted text then stays, to add again once there is room).
   */
  const run = async (work: () => Promise<AddResult>): Promise<boolean> => {
    setBusy(true);
    try {
      return reported(await work());
    } catch (error) {
      // The reading code could not load (the site was updated): SiteUpdated says so, and the text stays.
      unlessSiteUpdated(error);
      return false;
    } finally {
      setBusy(false);
    }
  };
  const addFiles = (files: FileList | null | undefined) => {
    const list = files ? [...files] : [];
    if (list.length > 0) void run(() => addResponsesFromFiles(rubricId, list, registry));
  };
  const paste = async (text: string) => {
    if (text.trim() !== '') return run(() => addResponsesFromText(rubricId, text, registry));
    setReport(null);
    return false;
  };
  const duplicates = (report?.refused ?? [])
    .filter((r) => r.reason === 'duplicate' && r.assessment)
    .map((r) => r.assessment as Assessment);

  return (
    <div class="gather">
      <p class="muted">{t.gatherIntro}</p>
      <PasteForm lang={lang} busy={busy} onPaste={paste} />
      <FileDrop
        id="response-files"
        label={t.responseFilesLabel}
        hint={t.dropFilesHint}
        multiple
        onFiles={addFiles}
      />

      <p role="status" class="gather-status" data-testid="gather-status">
        {report && (report.added.length > 0 ? t.addedResponses(report.added) : t.addedNone)}
      </p>
      <NotSaved reason={notSaved} kept={false} lang={lang} />
      {report && report.refused.length > 0 && (
        <div class="notice notice-error refused" role="alert" data-testid="refused">
          <h3 class="notice-title">{t.refusedTitle(report.refused.length)}</h3>
          <ul>
            {report.refused.map((refusal, i) => (
              <li key={i}>
                {refusal.source.kind === 'file' ? (
                  <Sentence
                    of={(name) => refusalText(refusal, titles, lang, name)}
                    value={refusal.source.name}
                  />
                ) : (
                  refusalText(refusal, titles, lang)
                )}
                {refusal.source.kind === 'paste' && (
                  <>
                    {' '}
                    <code class="snippet">{refusal.source.snippet}</code>
                  </>
                )}
              </li>
            ))}
          </ul>
          <p class="muted">{t.refusedNothingChanged}</p>
          {duplicates.length > 0 && (
            <p class="notice-actions">
              <button type="button" onClick={() => reported(addDuplicatesAnyway(rubricId, duplicates))}>
                {t.addDuplicatesAnyway(duplicates.length)}
              </button>
            </p>
          )}
        </div>
      )}

      {list}
    </div>
  );
}
