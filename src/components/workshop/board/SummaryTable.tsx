import type { Lang } from '../../../i18n/ui';
import { teamUiFor } from '../../../i18n/workshop';
import { formatScore } from '../../../lib/format';
import type { Rubric } from '../../../lib/schema/rubric';
import type { DimensionScore } from '../../../lib/scoring';
import type { DimensionAggregate } from '../../../lib/workshop';
import { BoardHead, DistributionCells, StatCells } from './BoardParts';

/** Every dimension's distribution on one table: the last screen in projector mode. */
export function SummaryTable({
  rubric,
  dimensions,
  agreed,
  lang,
  caption,
}: {
  rubric: Rubric;
  dimensions: DimensionAggregate[];
  agreed: (DimensionScore | undefined)[];
  lang: Lang;
  caption: string;
}) {
  const t = teamUiFor(lang);
  return (
    <table class="board board-projector board-summary">
      <caption class="sr-only">{caption}</caption>
      <BoardHead rubric={rubric} lang={lang} first={t.dimension} />
      <tbody>
        {dimensions.map((d, i) => (
          <tr key={d.dimensionId} class={d.discuss ? 'discuss' : undefined}>
            <th scope="row">
              <span class="item-number">{i + 1}</span> {rubric.dimensions[i]?.name}
            </th>
            <DistributionCells d={d} />
            <StatCells decimalMark={t.decimalMark} d={d} flag={d.discuss ? t.discussFlag : undefined} />
            <td class="num agreed-score">{formatScore(agreed[i]?.score ?? null, t.decimalMark)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
