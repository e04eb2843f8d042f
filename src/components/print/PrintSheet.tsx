import { useState } from 'preact/hooks';
import { resultsUiFor, type Lang } from '../../i18n/ui';
import { formatDate } from '../../lib/format';
import type { Rubric } from '../../lib/schema/rubric';
import { sheetView } from '../../lib/views/sheet';
import { useAssessment } from '../common/hooks';
import SiteUpdated from '../common/SiteUpdated';
import StorageNotice from '../common/StorageNotice';
import NextMoves from '../results/NextMoves';
import SheetGrid from './SheetGrid';
import SheetHead from './SheetHead';
import { useSheetLink } from './useSheetLink';
import './paper.css';
import './sheet.css';
import './sheet-tables.css';

interface Props {
  rubricId: string;
  rubric: Rubric;
  lang: Lang;
  /** The results page of this rubric: share links point there, and the toolbar links back to it. */
  resultsHref: string;
  assessHref: string;
  /** The blank rubric, where the look-fors are printed in full (they do not fit on the one-page sheet). */
  blankHref: string;
}

/** The printable score sheet of the saved assessment: one page on Letter and on A4, with a QR code. */
export default function PrintSheet({ rubricId, rubric, lang, resultsHref, assessHref, blankHref }: Props) {
  const t = resultsUiFor(lang);
  const { entry, assessment, hydrated } = useAssessment(rubricId);
  const [withNotes, setWithNotes] = useState(false);

  const view = sheetView(rubric, assessment);
  const empty = hydrated && view.progress.answered === 0;
  const share = useSheetLink(rubricId, rubric, assessment, resultsHref, withNotes, hydrated && !empty);
  const date = hydrated ? formatDate(assessment.updatedAt, lang, { dateStyle: 'long' }) : '';

  if (empty)
    return (
      <div class="sheet-page">
        <StorageNotice rubricId={rubricId} entry={entry} lang={lang} />
        <p class="empty">
          {t.resultsEmpty} <a href={assessHref}>{t.startAnswering}</a>
        </p>
      </div>
    );

  return (
    <div class="sheet-page" aria-busy={!hydrated}>
      <StorageNotice rubricId={rubricId} entry={entry} lang={lang} />
      <SiteUpdated lang={lang} />
      <div class="sheet-tools">
        <p class="sheet-intro">{t.sheetIntro}</p>
        <div class="sheet-actions">
          <button type="button" class="primary" onClick={() => print()}>
            {t.print}
          </button>
          <span class="hint">{t.printHint}</span>
          <a href={resultsHref}>{t.backToResults}</a>
        </div>
        {view.hasNotes && (
          <p class="sheet-option">
            <label>
              <input
                type="checkbox"
                checked={withNotes}
                onChange={(e) => setWithNotes(e.currentTarget.checked)}
              />{' '}
              {t.qrIncludeNotes}
            </label>
          </p>
        )}
        {share.state === 'ready' && share.notesLeftOut && (
          <p class="notice" role="status">
            {t.qrNotesTooLong}
          </p>
        )}
      </div>

      <article class="sheet" aria-labelledby="sheet-title">
        <SheetHead
          rubricId={rubricId}
          rubric={rubric}
          assessment={assessment}
          view={view}
          share={share}
          date={date}
          lang={lang}
        />
        <SheetGrid rubric={rubric} map={view.growth} lang={lang} />

        <section aria-labelledby="sheet-moves-heading" class="sheet-section sheet-moves">
          <h2 id="sheet-moves-heading">{t.movesHeading}</h2>
          <NextMoves rubric={rubric} moves={view.moves} targets={view.targets} lang={lang} />
        </section>

        {view.noted.length > 0 && (
          <section aria-labelledby="sheet-notes-heading" class="sheet-section">
            <h2 id="sheet-notes-heading">{t.notesHeading}</h2>
            <table class="sheet-table sheet-notes" data-testid="sheet-notes">
              <caption class="sr-only">{t.notesHeading}</caption>
              <thead>
                <tr>
                  <th scope="col">{t.item}</th>
                  <th scope="col">{t.note}</th>
                </tr>
              </thead>
              <tbody>
                {view.noted.map((item) => (
                  <tr key={item.id}>
                    <th scope="row">{item.text}</th>
                    <td>
                      <bdi>{assessment.notes[item.id]}</bdi>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        )}

        <footer class="sheet-foot sheet-small">
          <p>
            {t.sheetFooter} {rubric.sources.length > 1 ? t.sources : t.source}:{' '}
            {rubric.sources.map((source, i) => (
              <span key={i}>
                {i > 0 && '; '}
                {source.title}, {source.author}
              </span>
            ))}
            .
          </p>
          <p data-testid="sheet-look-fors">
            {t.lookForsOnBlank}{' '}
            <a href={blankHref}>{hydrated ? new URL(blankHref, location.href).href : blankHref}</a>
          </p>
        </footer>
      </article>
    </div>
  );
}
