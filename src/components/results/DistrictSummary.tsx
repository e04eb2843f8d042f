import { resultsUiFor, type Lang } from '../../i18n/ui';
import { formatScore } from '../../lib/format';
import type { RubricOutline } from '../../lib/schema/rubric';
import { summaryCardView } from '../../lib/views/summary';
import { useAssessments, useOnDemand } from '../common/hooks';
import { MemoryOnlyNotice } from '../common/StorageNotice';
import '../common/cards.css';
import './overall.css';

export interface RubricCard {
  id: string;
  title: string;
  levelNames: string[];
  dimensionNames: Record<string, string>;
  outline: RubricOutline;
  resultsHref: string;
  assessHref: string;
}

/** The three rubrics side by side: overall score, level and weakest dimension of each. */
export default function DistrictSummary({ rubrics, lang }: { rubrics: RubricCard[]; lang: Lang }) {
  const t = resultsUiFor(lang);
  const assessments = useAssessments(rubrics.map((r) => r.id));
  // Progress over time loads after the cards, with the snapshots it reads.
  const SummaryTrend = useOnDemand(true, () => import('./SummaryTrend'));
  return (
    <>
      <MemoryOnlyNotice lang={lang} />
      <ul class="rubric-cards summary-cards">
        {rubrics.map((rubric) => {
          const assessment = assessments[rubric.id]!;
          const { score: result, progress } = summaryCardView(rubric.outline, assessment);
          const weakest = result.weakest.map((id) => rubric.dimensionNames[id] ?? id);
          return (
            <li class="card" key={rubric.id} data-rubric={rubric.id}>
              <h2>{rubric.title}</h2>
              {progress.answered === 0 ? (
                <p>
                  {t.notStarted}. <a href={rubric.assessHref}>{t.startAnswering}</a>
                </p>
              ) : (
                <>
                  <p class="overall-score">
                    <span class="big-score">{formatScore(result.score, t.decimalMark)}</span>
                    <span class="overall-level">
                      {result.level === null
                        ? t.noScore(result.tooFew)
                        : t.labelled(`${t.level} ${result.level}`, rubric.levelNames[result.level]!)}
                    </span>
                  </p>
                  <p class="muted">{t.answeredOf(progress.answered, progress.total)}</p>
                  {weakest.length > 0 && <p>{t.weakest(t.list(weakest))}</p>}
                  <p class="card-actions">
                    <a class="button primary" href={rubric.resultsHref}>
                      {t.seeResults}
                      <span class="sr-only">: {rubric.title}</span>
                    </a>
                  </p>
                </>
              )}
            </li>
          );
        })}
      </ul>
      {SummaryTrend && (
        <SummaryTrend
          rubrics={rubrics}
          lang={lang}
          decimalMark={t.decimalMark}
          currentLabel={t.currentAnswers}
        />
      )}
    </>
  );
}
