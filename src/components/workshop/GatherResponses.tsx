import { useState } from 'preact/hooks';
import type { Lang } from '../../i18n/ui';
import { teamUiFor } from '../../i18n/workshop';
import type { Assessment } from '../../lib/assessment';
import { unlessSiteUpdated } from '../../lib/on-demand';
import type { RubricEntry } from '../../lib/share-code';
import { ROLES, type BatchResult, type Refusal, type Role, type Workshop } from '../../lib/workshop';
import {
  addDuplicatesAnyway,
  addResponsesFromFiles,
  addResponsesFromText,
  removeResponse,
  setRole,
} from '../../stores/workshop';
import FileDrop from '../common/FileDrop';
import '../results/score-table.css';
import { Sentence } from '../common/UserText';

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

/** Gathering responses: paste links or codes, open or drop files; what was refused, and the list so far. */
export default function GatherResponses({ rubricId, workshop, registry, titles, lang }: Props) {
  const t = teamUiFor(lang);
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [report, setReport] = useState<BatchResult | null>(null);
  const [listOpen, setListOpen] = useState(true);

  const run = async (work: () => Promise<BatchResult>) => {
    setBusy(true);
    try {
      setReport(await work());
    } catch (error) {
      // The reading code could not load (the site was updated): SiteUpdated says so, and the text stays.
      unlessSiteUpdated(error);
    } finally {
      setBusy(false);
    }
  };
  const addFiles = (files: FileList | null | undefined) => {
    const list = files ? [...files] : [];
    if (list.length > 0) void run(() => addResponsesFromFiles(rubricId, list, registry));
  };
  const duplicates = (report?.refused ?? [])
    .filter((r) => r.reason === 'duplicate' && r.assessment)
    .map((r) => r.assessment as Assessment);
  const time = (iso: string) => new Date(iso).toLocaleTimeString(lang, { timeStyle: 'short' });

  return (
    <div class="gather">
      <p class="muted">{t.gatherIntro}</p>
      <form
        class="gather-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (text.trim() === '') {
            setReport(null);
            return;
          }
          void run(async () => {
            const result = await addResponsesFromText(rubricId, text, registry);
            setText('');
            return result;
          });
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
              <button type="button" onClick={() => setReport(addDuplicatesAnyway(rubricId, duplicates))}>
                {t.addDuplicatesAnyway(duplicates.length)}
              </button>
            </p>
          )}
        </div>
      )}

      {workshop.responses.length > 0 && (
        <details class="response-list" open={listOpen} onToggle={(e) => setListOpen(e.currentTarget.open)}>
          <summary>{t.responsesSummary(workshop.responses.length)}</summary>
          <table class="scores responses-table">
            <caption class="sr-only">{t.responsesCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{t.responseCol}</th>
                <th scope="col">{t.addedCol}</th>
                <th scope="col">{t.sharedAsCol}</th>
                <th scope="col">{t.roleCol}</th>
                <th scope="col">
                  <span class="sr-only">{t.actionsCol}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {workshop.responses.map((response) => {
                const typed = [response.assessment.role, response.assessment.district].filter(
                  (text): text is string => Boolean(text),
                );
                return (
                  <tr key={response.id} data-response={response.number}>
                    <th scope="row">{t.responseNumber(response.number)}</th>
                    <td data-label={t.addedCol}>{time(response.addedAt)}</td>
                    <td data-label={t.sharedAsCol}>
                      {typed.length > 0 ? (
                        typed.map((text, i) => (
                          <span key={i}>
                            {i > 0 && ', '}
                            <bdi>{text}</bdi>
                          </span>
                        ))
                      ) : (
                        <span class="muted">—</span>
                      )}
                    </td>
                    <td data-label={t.roleCol}>
                      <label class="sr-only" for={`role-${response.id}`}>
                        {t.roleOf(response.number)}
                      </label>
                      <select
                        id={`role-${response.id}`}
                        value={response.role ?? ''}
                        onChange={(e) =>
                          setRole(
                            rubricId,
                            response.id,
                            (e.currentTarget.value || undefined) as Role | undefined,
                          )
                        }
                      >
                        <option value="">{t.roles.none}</option>
                        {ROLES.map((role) => (
                          <option value={role} key={role}>
                            {t.roles[role]}
                          </option>
                        ))}
                      </select>
                    </td>
                    <td>
                      <button
                        type="button"
                        class="small"
                        aria-label={t.removeResponse(response.number)}
                        onClick={() => {
                          if (window.confirm(t.confirmRemoveResponse(response.number)))
                            removeResponse(rubricId, response.id);
                        }}
                      >
                        {t.remove}
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </details>
      )}
    </div>
  );
}
