/**
 * Progress over time: a small chart per dimension and one for the overall score, each on the 0–4 scale with
 * its target dashed, and the table that holds every number (the charts only draw it, so they are hidden
 * from assistive technology). Drawn in SVG: a few lines on a fixed scale, sharp in print and in any theme,
 * for less than registering chart.js's line chart would weigh. Loaded on demand, only when there are two
 * moments with a score.
 */
import type { Lang } from '../../i18n/ui';
import { trendUi } from '../../i18n/trend';
import { formatDate, formatScore } from '../../lib/format';
import type { Rubric } from '../../lib/schema/rubric';
import {
  linePath,
  OVERALL,
  PANEL,
  trendView,
  xOf,
  yOf,
  type TrendInput,
  type TrendSeries,
} from '../../lib/views/trend';
import './trend.css';

interface Props {
  rubric: Rubric;
  /** The snapshots and the current answers, in any order. */
  moments: TrendInput[];
  /** Each dimension's target, by id. */
  targets: Record<string, number | null>;
  lang: Lang;
  decimalMark: string;
}

export default function Trend({ rubric, moments, targets, lang, decimalMark }: Props) {
  const t = trendUi[lang];
  const view = trendView(rubric, moments, targets);
  if (!view) return null;
  const nameOf = (id: string) =>
    id === OVERALL ? t.overall : (rubric.dimensions.find((d) => d.id === id)?.name ?? id);
  const dateOf = (date: Date | null) => (date ? formatDate(date, lang) : t.noDate);
  const score = (value: number | null) => formatScore(value, decimalMark);
  return (
    <section aria-labelledby="trend-heading" class="trend" data-testid="trend">
      <h2 id="trend-heading">{t.heading}</h2>
      <p class="muted">{t.intro}</p>
      <div class="trend-panels" aria-hidden="true">
        {view.series.map((series) => (
          <figure class={`trend-panel${series.id === OVERALL ? ' is-overall' : ''}`} key={series.id}>
            <figcaption>{nameOf(series.id)}</figcaption>
            <Panel series={series} target={series.target === null ? null : t.target(String(series.target))} />
          </figure>
        ))}
      </div>
      <table class="scores trend-table" data-testid="trend-table">
        <caption>{t.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.moment}</th>
            {view.series.map((series) => (
              <th scope="col" key={series.id}>
                {nameOf(series.id)}
                {series.target !== null && <span class="muted"> ({t.target(String(series.target))})</span>}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {view.points.map((point, i) => (
            <tr key={point.key}>
              <th scope="row">
                <bdi>{point.label}</bdi> <span class="muted">{dateOf(point.date)}</span>
              </th>
              {view.series.map((series) => (
                <td class="num" key={series.id} data-label={nameOf(series.id)}>
                  {score(series.values[i] ?? null)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** One small chart: the level grid, the target dashed, the line and its points. */
export function Panel({ series, target }: { series: TrendSeries; target: string | null }) {
  const n = series.values.length;
  return (
    <svg viewBox={`0 0 ${PANEL.width} ${PANEL.height}`} role="presentation" focusable="false">
      {[0, 1, 2, 3, 4].map((level) => (
        <g key={level} class="trend-grid">
          <line x1={PANEL.left} x2={PANEL.width - PANEL.right} y1={yOf(level)} y2={yOf(level)} />
          <text x={PANEL.left - 6} y={yOf(level) + 3} text-anchor="end">
            {level}
          </text>
        </g>
      ))}
      {series.target !== null && (
        <g class="trend-target">
          <line
            x1={PANEL.left}
            x2={PANEL.width - PANEL.right}
            y1={yOf(series.target)}
            y2={yOf(series.target)}
          />
          <text x={PANEL.width - PANEL.right} y={yOf(series.target) - 3} text-anchor="end">
            {target}
          </text>
        </g>
      )}
      <path class="trend-line" d={linePath(series.values)} />
      {series.values.map((value, i) =>
        value === null ? null : <circle class="trend-point" key={i} cx={xOf(i, n)} cy={yOf(value)} r={3} />,
      )}
    </svg>
  );
}
