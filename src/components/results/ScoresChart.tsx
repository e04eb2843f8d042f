import { resultsUiFor, type Lang } from '../../i18n/ui';
import { isolate } from '../../lib/bidi';
import type { DimensionGrowth } from '../../lib/growth';
import type { Rubric } from '../../lib/schema/rubric';
import { formatScore } from '../../lib/format';
import { formatDelta, type Comparison } from '../../lib/snapshots';
import RadarChart from './RadarChart';
import './score-table.css';

const COLORS = { current: '#1d4f91', target: '#b45309', before: '#6b7280' };

interface Props {
  rubric: Rubric;
  map: DimensionGrowth[];
  comparison: { result: Comparison; label: string } | null;
  /** What the current series is called: "Current", or the snapshot shown. */
  shownLabel: string;
  lang: Lang;
}

/** The radar chart of scores and targets (and an earlier snapshot), with the table that holds its numbers. */
export default function ScoresChart({ rubric, map, comparison, shownLabel, lang }: Props) {
  const t = resultsUiFor(lang);
  const levelName = (level: number) => rubric.levels[level]?.name;
  const nameOf = (id: string) => rubric.dimensions.find((d) => d.id === id)?.name ?? id;
  return (
    <section aria-labelledby="chart-heading" class="chart-section">
      <h2 id="chart-heading">{t.chartHeading}</h2>
      <RadarChart
        labels={rubric.dimensions.map((d) => d.name)}
        series={[
          ...(comparison
            ? [
                {
                  label: comparison.label,
                  values: comparison.result.dimensions.map((d) => d.before),
                  color: COLORS.before,
                },
              ]
            : []),
          {
            label: shownLabel,
            values: map.map((row) => row.score),
            color: COLORS.current,
            fill: true,
          },
          { label: t.target, values: map.map((row) => row.target), color: COLORS.target, dashed: true },
        ]}
        description={t.chartDescription(rubric.title)}
      />
      <table class="scores" data-testid="chart-table">
        <caption>{t.chartHeading}</caption>
        <thead>
          <tr>
            <th scope="col">{t.dimension}</th>
            {comparison && (
              <th scope="col">
                <bdi>{comparison.label}</bdi>
              </th>
            )}
            <th scope="col">
              <bdi>{shownLabel}</bdi>
            </th>
            {comparison && <th scope="col">{t.change}</th>}
            <th scope="col">{t.target}</th>
          </tr>
        </thead>
        <tbody>
          {map.map((row, d) => (
            <tr key={row.dimensionId}>
              <th scope="row">{nameOf(row.dimensionId)}</th>
              {comparison && (
                <td data-label={isolate(comparison.label)}>
                  {formatScore(comparison.result.dimensions[d]!.before, t.decimalMark)}
                </td>
              )}
              <td data-label={t.current}>{formatScore(row.score, t.decimalMark)}</td>
              {comparison && (
                <td data-label={t.change}>
                  {formatDelta(comparison.result.dimensions[d]!.delta, t.decimalMark)}
                </td>
              )}
              <td data-label={t.target}>
                {row.target === null ? '—' : `${row.target} ${levelName(row.target)}`}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
