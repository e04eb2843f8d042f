/**
 * The district summary's progress over time: for each rubric with a snapshot, its overall score at each
 * moment, as a small chart and in a table. Loaded after the summary's cards, with the snapshots it reads.
 */
import { trendUi } from '../../i18n/trend';
import type { Lang } from '../../i18n/ui';
import { formatDate, formatScore } from '../../lib/format';
import { trendView } from '../../lib/views/trend';
import { useAssessments } from '../common/hooks';
import type { RubricCard } from './DistrictSummary';
import { Panel } from './Trend';
import { useSnapshots } from './useSnapshots';
import './score-table.css';
import './trend.css';

interface Props {
  rubrics: RubricCard[];
  lang: Lang;
  decimalMark: string;
  currentLabel: string;
}

export default function SummaryTrend({ rubrics, lang, decimalMark, currentLabel }: Props) {
  const t = trendUi[lang];
  const assessments = useAssessments(rubrics.map((r) => r.id));
  const trends = rubrics.flatMap((rubric) => {
    // The list of rubrics is fixed for the life of the island, so the hooks run in the same order.
    const snapshots = useSnapshots(rubric.id);
    const view = trendView(
      rubric.outline,
      [
        ...snapshots.map((s) => ({
          key: s.id,
          label: s.label,
          assessment: s.assessment,
          savedAt: s.savedAt,
        })),
        { key: 'current', label: currentLabel, assessment: assessments[rubric.id]! },
      ],
      {},
    );
    return view ? [{ rubric, view }] : [];
  });
  if (trends.length === 0) return null;
  const dateOf = (date: Date | null) => (date ? formatDate(date, lang) : t.noDate);
  return (
    <section aria-labelledby="trend-heading" class="trend" data-testid="summary-trend">
      <h2 id="trend-heading">{t.heading}</h2>
      <p class="muted">{t.summaryIntro}</p>
      <div class="trend-panels" aria-hidden="true">
        {trends.map(({ rubric, view }) => (
          <figure class="trend-panel" key={rubric.id}>
            <figcaption>{rubric.title}</figcaption>
            <Panel series={view.series[0]!} target={null} />
          </figure>
        ))}
      </div>
      {trends.map(({ rubric, view }) => (
        <table
          class="scores trend-table"
          data-testid="summary-trend-table"
          data-rubric={rubric.id}
          key={rubric.id}
        >
          <caption>{t.captionOf(rubric.title)}</caption>
          <thead>
            <tr>
              <th scope="col">{t.moment}</th>
              <th scope="col">{t.overall}</th>
            </tr>
          </thead>
          <tbody>
            {view.points.map((point) => (
              <tr key={point.key}>
                <th scope="row">
                  <bdi>{point.label}</bdi> <span class="muted">{dateOf(point.date)}</span>
                </th>
                <td class="num" data-label={t.overall}>
                  {formatScore(point.overall, decimalMark)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ))}
    </section>
  );
}
