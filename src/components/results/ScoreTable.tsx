import { resultsUiFor, type Lang } from '../../i18n/ui';
import type { Rubric } from '../../lib/schema/rubric';
import { formatScore } from '../../lib/format';
import type { RubricScore } from '../../lib/scoring';
import './score-table.css';

interface Props {
  rubric: Rubric;
  result: RubricScore;
  lang: Lang;
}

/** Each dimension's score, level and how many items are answered, unsure or left. */
export default function ScoreTable({ rubric, result, lang }: Props) {
  const t = resultsUiFor(lang);
  const levelName = (level: number | null) => (level === null ? t.notScored : rubric.levels[level]?.name);
  const nameOf = (id: string) => rubric.dimensions.find((d) => d.id === id)?.name ?? id;
  return (
    <table class="scores" data-testid="score-table">
      <caption>{rubric.title}</caption>
      <thead>
        <tr>
          <th scope="col">{t.dimension}</th>
          <th scope="col">{t.score}</th>
          <th scope="col">{t.level}</th>
          <th scope="col">{t.answeredCol}</th>
          <th scope="col">{t.unsureCol}</th>
          <th scope="col">{t.unansweredCol}</th>
        </tr>
      </thead>
      <tbody>
        {result.dimensions.map((d) => (
          <tr key={d.dimensionId} data-dimension={d.dimensionId}>
            <th scope="row">{nameOf(d.dimensionId)}</th>
            <td class="num" data-label={t.score}>
              {formatScore(d.score, t.decimalMark)}
            </td>
            <td data-label={t.level}>
              {d.level === null ? t.noScore(d.tooFew) : `${d.level} ${levelName(d.level)}`}
            </td>
            <td class="num" data-label={t.answeredCol}>
              {d.answered}/{d.total}
              {d.na > 0 && ` (${t.naCount(d.na)})`}
            </td>
            <td class="num" data-label={t.unsureCol}>
              {d.unsure}
            </td>
            <td class="num" data-label={t.unansweredCol}>
              {d.unanswered}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
