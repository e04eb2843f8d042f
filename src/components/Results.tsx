import { uiFor, type Lang } from '../i18n/ui';
import { progressOf } from '../lib/progress';
import type { Rubric } from '../lib/schema/rubric';
import { formatScore, scoreRubric } from '../lib/scoring';
import { useAssessment } from './hooks';
import StorageNotice from './StorageNotice';

interface Props {
  rubricId: string;
  rubric: Rubric;
  lang: Lang;
  assessHref: string;
}

/** Scores of the saved assessment: each dimension, the overall score and the weakest dimension. */
export default function Results({ rubricId, rubric, lang, assessHref }: Props) {
  const t = uiFor(lang);
  const { entry, assessment, hydrated } = useAssessment(rubricId);
  const result = scoreRubric(rubric, assessment);
  const progress = progressOf(rubric, assessment);
  const levelName = (level: number | null) => (level === null ? t.notScored : rubric.levels[level]?.name);
  const nameOf = (id: string) => rubric.dimensions.find((d) => d.id === id)?.name ?? id;
  const counts = rubric.dimensions.flatMap((d) => d.items).filter((item) => item.kind === 'count');
  const list = (names: string[]) =>
    names.length > 1 ? `${names.slice(0, -1).join(', ')} ${t.and} ${names.at(-1)}` : (names[0] ?? '');

  return (
    <div class="results" aria-busy={!hydrated}>
      <StorageNotice rubricId={rubricId} entry={entry} lang={lang} />
      {hydrated && progress.answered === 0 ? (
        <p class="empty">
          {t.resultsEmpty} <a href={assessHref}>{t.startAnswering}</a>
        </p>
      ) : (
        <>
          <section class="overall" aria-labelledby="overall-heading">
            <h2 id="overall-heading">{t.overallScore}</h2>
            <p class="overall-score">
              <span class="big-score" data-testid="overall-score">
                {formatScore(result.score)}
              </span>
              <span class="overall-level">
                {result.level === null
                  ? t.notScored
                  : `${t.level} ${result.level}: ${levelName(result.level)}`}
              </span>
            </p>
            <p>{t.answeredOf(progress.answered, progress.total)}</p>
            {result.unscored.length > 0 && (
              <p class="unscored">{t.unscoredNote(list(result.unscored.map(nameOf)))}</p>
            )}
            {result.weakest.length > 0 && (
              <p class="weakest" data-testid="weakest">
                <strong>{t.weakest(list(result.weakest.map(nameOf)))}</strong>. {t.weakestWhy}
              </p>
            )}
          </section>
          <table class="scores">
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
                    {formatScore(d.score)}
                  </td>
                  <td data-label={t.level}>
                    {d.level === null ? t.notScored : `${d.level} ${levelName(d.level)}`}
                  </td>
                  <td class="num" data-label={t.answeredCol}>
                    {d.answered}/{d.total}
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
          {counts.length > 0 && (
            <section aria-labelledby="facts-heading">
              <h2 id="facts-heading">{t.facts}</h2>
              <ul>
                {counts.map((item) => {
                  const value = assessment.counts[item.id];
                  return (
                    <li key={item.id}>
                      {item.text} <strong>{value === undefined ? '—' : `${value} ${item.unit}`}</strong>
                      {value !== undefined && value > item.recommendedMax && (
                        <span class="flag"> ({t.aboveRecommended(item.recommendedMax)})</span>
                      )}
                    </li>
                  );
                })}
              </ul>
            </section>
          )}
          <p>
            <a href={assessHref}>{t.editAnswers}</a>
          </p>
        </>
      )}
    </div>
  );
}
