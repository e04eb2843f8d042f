import { resultsUiFor, type Lang } from '../../i18n/ui';
import type { Assessment } from '../../lib/assessment';
import { formatScore } from '../../lib/format';
import type { Rubric } from '../../lib/schema/rubric';
import { keyOf, type SheetView } from '../../lib/views/sheet';
import { setProfile } from '../../stores/assessments';
import QrCode from '../common/QrCode';
import CountFacts from '../results/CountFacts';
import RadarChart from '../results/RadarChart';
import type { SheetLink } from './useSheetLink';
import { MAX_LABEL } from '../../lib/limits';

const COLORS = { current: '#1d4f91', target: '#b45309' };

interface Props {
  rubricId: string;
  rubric: Rubric;
  assessment: Assessment;
  view: SheetView;
  share: SheetLink;
  /** The date of the answers, as the page's language writes it ('' until the saved answers are read). */
  date: string;
  lang: Lang;
}

/** The sheet's top: who and when, the overall score, the chart and the QR code that restores the answers. */
export default function SheetHead({ rubricId, rubric, assessment, view, share, date, lang }: Props) {
  const t = resultsUiFor(lang);
  const { score: result, progress, growth: map } = view;
  const levelName = (level: number | null) => (level === null ? '' : (rubric.levels[level]?.name ?? ''));
  const nameOf = (id: string) => rubric.dimensions.find((d) => d.id === id)?.name ?? id;
  return (
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
              maxLength={MAX_LABEL}
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
              maxLength={MAX_LABEL}
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
              ? t.noScore(result.tooFew)
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
  );
}
