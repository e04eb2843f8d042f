import { useState } from 'preact/hooks';
import { resultsUiFor, type Lang } from '../../i18n/ui';
import type { Assessment } from '../../lib/assessment';
import { loadInBackground, SiteUpdatedError } from '../../lib/on-demand';
import type { Rubric } from '../../lib/schema/rubric';
import { ShareCodeTooLongError, type RubricEntry } from '../../lib/share-code/format';
import { shareLink } from '../../stores/sharing';
import { downloadText } from '../common/download';
import OpenSaved from './OpenSaved';
import RespondentFields from './RespondentFields';
import SendToFacilitator from './SendToFacilitator';
import './sharing.css';

interface Props {
  rubricId: string;
  rubric: Rubric;
  assessment: Assessment;
  registry: RubricEntry[];
  lang: Lang;
  /** The results pages' common path, e.g. "/results/". */
  resultsBase: string;
}

/** Share links, file export and import: results that travel without a server. */
export default function ShareAndFiles({ rubricId, rubric, assessment, registry, lang, resultsBase }: Props) {
  const t = resultsUiFor(lang);
  const [notes, setNotes] = useState(false);
  const [profile, setProfile] = useState(false);
  const [link, setLink] = useState('');
  const [status, setStatus] = useState('');
  const entry = registry.find((r) => r.id === rubricId)!;
  const resultsUrl = () => location.origin + location.pathname;

  const makeLink = async () => {
    try {
      setLink((await shareLink(assessment, entry, { notes, profile }, resultsUrl())).link);
      setStatus('');
    } catch (error) {
      setLink('');
      if (error instanceof SiteUpdatedError) setStatus('');
      else setStatus(error instanceof ShareCodeTooLongError ? t.linkTooLong : String(error));
    }
  };
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link);
      setStatus(t.copied);
    } catch {
      setStatus(t.copyFailed);
    }
  };

  return (
    <div class="share">
      <p class="muted">{t.shareIntro}</p>
      <div class="inline-form">
        <label>
          <input type="checkbox" checked={notes} onChange={(e) => setNotes(e.currentTarget.checked)} />{' '}
          {t.includeNotes}
        </label>
        <label>
          <input type="checkbox" checked={profile} onChange={(e) => setProfile(e.currentTarget.checked)} />{' '}
          {t.includeProfile}
        </label>
        <button type="button" class="primary" onClick={() => void makeLink()}>
          {t.makeLink}
        </button>
      </div>
      {link && (
        <div class="share-link">
          <label for="share-link">
            {t.linkLabel} <span class="muted">({t.linkLength(link.length)})</span>
          </label>
          <input
            id="share-link"
            type="text"
            readOnly
            value={link}
            onFocus={(e) => e.currentTarget.select()}
          />
          <p class="inline-form">
            <button type="button" onClick={() => void copy()}>
              {t.copyLink}
            </button>
            {typeof navigator !== 'undefined' && 'share' in navigator && (
              <button
                type="button"
                onClick={() =>
                  void navigator.share({ title: rubric.title, url: link }).catch(() => undefined)
                }
              >
                {t.shareNative}
              </button>
            )}
          </p>
        </div>
      )}
      <p role="status" class="muted">
        {status}
      </p>
      <SendToFacilitator
        makeLink={async () =>
          (await shareLink(assessment, entry, { notes, profile, respondent: true }, resultsUrl())).link
        }
        title={rubric.title}
        lang={lang}
      >
        <RespondentFields
          rubricId={rubricId}
          assessment={assessment}
          rubricIds={registry.map((r) => r.id)}
          lang={lang}
        />
      </SendToFacilitator>

      <h3>{t.filesHeading}</h3>
      <p class="inline-form">
        <button
          type="button"
          onClick={() =>
            // The file writer loads when asked for, like the CSV writer.
            loadInBackground(
              () => import('../../lib/files'),
              ({ exportAssessmentJson, exportFileName }) =>
                downloadText(
                  exportAssessmentJson(assessment, rubric.title),
                  exportFileName(rubricId, 'json'),
                  'application/json',
                ),
            )
          }
        >
          {t.downloadJson}
        </button>
        <button
          type="button"
          onClick={() =>
            // The CSV writer loads when asked for: most visits never export a spreadsheet.
            loadInBackground(
              () => Promise.all([import('../../lib/csv'), import('../../lib/files')]),
              ([{ assessmentCsv }, { exportFileName }]) =>
                downloadText(
                  assessmentCsv(assessment, rubric, t.csvHeaders, { unsure: t.csvUnsure, na: t.csvNa }),
                  exportFileName(rubricId, 'csv'),
                  'text/csv;charset=utf-8',
                ),
            )
          }
        >
          {t.downloadCsv}
        </button>
      </p>
      <OpenSaved registry={registry} lang={lang} resultsBase={resultsBase} rubricId={rubricId} />
    </div>
  );
}
