import { useEffect, useState } from 'preact/hooks';
import { uiFor, type Lang } from '../../i18n/ui';
import type { Assessment } from '../../lib/assessment';
import { growthMap, nextMoves, type DimensionGrowth } from '../../lib/growth';
import { LEVELS } from '../../lib/levels';
import { progressOf } from '../../lib/progress';
import type { Rubric } from '../../lib/schema/rubric';
import { formatScore, scoreRubric } from '../../lib/scoring';
import { encodeShareCode, shareFragment, ShareCodeTooLongError } from '../../lib/share-code';
import { setProfile } from '../../stores/assessments';
import { useAssessment } from '../common/hooks';
import NextMoves from '../results/NextMoves';
import CountFacts from '../results/CountFacts';
import QrCode from '../common/QrCode';
import RadarChart from '../results/RadarChart';
import StorageNotice from '../common/StorageNotice';

interface Props {
  rubricId: string;
  rubric: Rubric;
  lang: Lang;
  /** The results page of this rubric: share links point there, and the toolbar links back to it. */
  resultsHref: string;
  assessHref: string;
}

const COLORS = { current: '#1d4f91', target: '#b45309' };

/**
 * Longest link put in the QR code when notes are included. Beyond it the code needs so many modules that a
 * phone struggles to read it from paper, so the notes are left out instead.
 */
const MAX_QR_LINK = 400;

type Share =
  { state: 'pending' } | { state: 'ready'; link: string; notesLeftOut: boolean } | { state: 'failed' };

/** The share link of an assessment: without notes, or with them when they fit in a readable QR code. */
async function shareLink(
  base: string,
  assessment: Assessment,
  rubric: { id: string; data: Rubric },
  withNotes: boolean,
): Promise<{ link: string; notesLeftOut: boolean }> {
  const make = async (notes: boolean) =>
    base + shareFragment(await encodeShareCode(assessment, rubric, { notes, profile: true }));
  if (!withNotes || Object.keys(assessment.notes).length === 0)
    return { link: await make(false), notesLeftOut: false };
  try {
    const link = await make(true);
    if (link.length <= MAX_QR_LINK) return { link, notesLeftOut: false };
  } catch (error) {
    if (!(error instanceof ShareCodeTooLongError)) throw error;
  }
  return { link: await make(false), notesLeftOut: true };
}

/** The letter that keys a dimension on the chart and in the grid: A, B, C… */
const keyOf = (index: number) => String.fromCharCode(65 + index);

/** Classes of a level cell on a dimension row: where it stands, its target and the path between. */
function cellClass(row: DimensionGrowth, level: number): string {
  const classes = [];
  if (row.level === level) classes.push('is-now');
  if (row.target === level && row.target !== row.level) classes.push('is-target');
  if (row.level !== null && row.target !== null && level > row.level && level < row.target)
    classes.push('is-path');
  return classes.join(' ');
}

/** The printable score sheet of the saved assessment: one page on Letter and on A4, with a QR code. */
export default function PrintSheet({ rubricId, rubric, lang, resultsHref, assessHref }: Props) {
  const t = uiFor(lang);
  const { entry, assessment, hydrated } = useAssessment(rubricId);
  const [withNotes, setWithNotes] = useState(false);
  const [share, setShare] = useState<Share>({ state: 'pending' });

  const progress = progressOf(rubric, assessment);
  const empty = hydrated && progress.answered === 0;

  useEffect(() => {
    if (!hydrated || empty) return;
    let live = true;
    const base = new URL(resultsHref, location.href).href;
    shareLink(base, assessment, { id: rubricId, data: rubric }, withNotes).then(
      (made) => live && setShare({ state: 'ready', ...made }),
      () => live && setShare({ state: 'failed' }),
    );
    return () => {
      live = false;
    };
  }, [hydrated, empty, assessment, withNotes]);

  const result = scoreRubric(rubric, assessment);
  const map = growthMap(rubric, assessment);
  const moves = nextMoves(map, 3, 1);
  const levelName = (level: number | null) => (level === null ? '' : (rubric.levels[level]?.name ?? ''));
  const nameOf = (id: string) => rubric.dimensions.find((d) => d.id === id)?.name ?? id;
  const items = rubric.dimensions.flatMap((d) => d.items);
  const noted = items.filter((item) => (assessment.notes[item.id] ?? '').trim() !== '');
  const date = hydrated
    ? new Intl.DateTimeFormat(lang, { dateStyle: 'long' }).format(new Date(assessment.updatedAt))
    : '';
  const hasNotes = Object.keys(assessment.notes).length > 0;

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
      <div class="sheet-tools">
        <p class="sheet-intro">{t.sheetIntro}</p>
        <div class="sheet-actions">
          <button type="button" class="primary" onClick={() => print()}>
            {t.print}
          </button>
          <span class="hint">{t.printHint}</span>
          <a href={resultsHref}>{t.backToResults}</a>
        </div>
        {hasNotes && (
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
        <header class="sheet-head">
          <div class="sheet-id">
            <p class="sheet-kicker">{t.sheetKicker}</p>
            <h1 id="sheet-title">{rubric.title}</h1>
            <div class="sheet-fields">
              <p class="sheet-field sheet-field-wide">
                <label for="sheet-district">{t.district}</label>
                <input
                  id="sheet-district"
                  type="text"
                  autocomplete="organization"
                  maxLength={200}
                  value={assessment.district ?? ''}
                  onInput={(e) => setProfile(rubricId, { district: e.currentTarget.value })}
                />
              </p>
              <p class="sheet-field">
                <label for="sheet-role">{t.respondentRole}</label>
                <input
                  id="sheet-role"
                  type="text"
                  autocomplete="organization-title"
                  maxLength={200}
                  placeholder={t.rolePlaceholder}
                  value={assessment.role ?? ''}
                  onInput={(e) => setProfile(rubricId, { role: e.currentTarget.value })}
                />
              </p>
              <p class="sheet-field">
                <span class="sheet-label">{t.date}</span>
                <span class="sheet-value" data-testid="sheet-date">
                  {date}
                </span>
              </p>
            </div>
            <h2 class="sheet-overall">
              {t.overallScore}{' '}
              <span class="sheet-big" data-testid="sheet-overall-score">
                {formatScore(result.score, t.decimalMark)}
              </span>{' '}
              <span class="sheet-overall-level">
                {result.level === null
                  ? t.notScored
                  : t.labelled(`${t.level} ${result.level}`, levelName(result.level))}
              </span>
            </h2>
            <p class="sheet-small">
              {t.answeredOf(progress.answered, progress.total)}
              {result.weakest.length > 0 && (
                <>
                  {' · '}
                  <strong>{t.weakest(t.list(result.weakest.map(nameOf)))}</strong>
                </>
              )}
            </p>
            <CountFacts rubric={rubric} assessment={assessment} lang={lang} class="sheet-facts sheet-small" />
          </div>
          <div class="sheet-chart">
            <RadarChart
              labels={map.map((_, d) => keyOf(d))}
              series={[
                {
                  label: t.current,
                  values: map.map((row) => row.score),
                  color: COLORS.current,
                  fill: true,
                },
                { label: t.target, values: map.map((row) => row.target), color: COLORS.target, dashed: true },
              ]}
              description={t.sheetChartDescription(rubric.title)}
              fontScale={0.7}
            />
          </div>
          <figure class="sheet-qr" data-testid="sheet-qr">
            {share.state === 'ready' ? (
              <QrCode text={share.link} label={t.qrLabel} />
            ) : (
              <div class="qr-placeholder">{share.state === 'failed' && t.qrUnavailable}</div>
            )}
            <figcaption>{t.qrCaption}</figcaption>
          </figure>
        </header>

        <section aria-labelledby="sheet-grid-heading" class="sheet-section">
          <h2 id="sheet-grid-heading">{t.gridHeading}</h2>
          <table class="sheet-grid" data-testid="sheet-grid">
            <caption class="sr-only">{t.sheetGridHeading}</caption>
            <thead>
              <tr>
                <th scope="col">
                  {t.dimension} / {t.item}
                </th>
                <th scope="col" class="sheet-score">
                  {t.score}
                </th>
                {LEVELS.map((level) => (
                  <th scope="col" key={level} class="lvl" title={levelName(level)}>
                    <span class="level-number">{level}</span>
                    <span class="sr-only"> {levelName(level)}</span>
                  </th>
                ))}
              </tr>
            </thead>
            {map.map((row, d) => {
              const dimension = rubric.dimensions[d]!;
              return (
                <tbody key={row.dimensionId} data-dimension={row.dimensionId}>
                  <tr class="sheet-dim">
                    <th scope="row">
                      <span class="dim-key">{keyOf(d)}</span> {dimension.name}
                    </th>
                    <td class="sheet-score" data-testid="dimension-score">
                      {formatScore(row.score, t.decimalMark)}
                    </td>
                    {LEVELS.map((level) => (
                      <td key={level} class={cellClass(row, level)}>
                        {row.level === level && (
                          <span class="mark-now">
                            <span aria-hidden="true">●</span>
                            <span class="sr-only">{t.now}</span>
                          </span>
                        )}
                        {row.target === level && row.target !== row.level && (
                          <span class="mark-target">
                            <span aria-hidden="true">◎</span>
                            <span class="sr-only">{t.target}</span>
                          </span>
                        )}
                      </td>
                    ))}
                  </tr>
                  {row.items.map((step) => {
                    const item = dimension.items.find((it) => it.id === step.itemId)!;
                    return (
                      <tr key={step.itemId} class="sheet-item" data-item={step.itemId}>
                        <th scope="row">
                          {item.text}
                          {typeof step.rating !== 'number' && (
                            <span class="muted"> ({step.rating === 'unsure' ? t.notSure : t.notRated})</span>
                          )}
                        </th>
                        <td class="sheet-score">{typeof step.rating === 'number' ? step.rating : '—'}</td>
                        {LEVELS.map((level) => (
                          <td key={level} class={step.rating === level ? 'is-now' : undefined}>
                            {step.rating === level && (
                              <>
                                <span aria-hidden="true">●</span>
                                <span class="sr-only">{t.now}</span>
                              </>
                            )}
                          </td>
                        ))}
                      </tr>
                    );
                  })}
                </tbody>
              );
            })}
          </table>
          <p class="sheet-legend sheet-small" aria-hidden="true">
            {LEVELS.map((level) => (
              <span key={level}>
                <strong>{level}</strong> {levelName(level)} ·{' '}
              </span>
            ))}
            ● {t.sheetLegendNow} · ◎ {t.sheetLegendTarget} · <span class="legend-path" /> {t.sheetLegendPath}
          </p>
        </section>

        <section aria-labelledby="sheet-moves-heading" class="sheet-section sheet-moves">
          <h2 id="sheet-moves-heading">{t.movesHeading}</h2>
          <NextMoves
            rubric={rubric}
            moves={moves}
            targets={Object.fromEntries(map.map((row) => [row.dimensionId, row.target]))}
            lang={lang}
          />
        </section>

        {noted.length > 0 && (
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
                {noted.map((item) => (
                  <tr key={item.id}>
                    <th scope="row">{item.text}</th>
                    <td>{assessment.notes[item.id]}</td>
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
        </footer>
      </article>
    </div>
  );
}
