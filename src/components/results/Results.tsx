import { useStore } from '@nanostores/preact';
import { useState } from 'preact/hooks';
import { useBalanceReading, useCountFacts, useTrend } from './on-demand';
import type { BalanceText } from '../../i18n/balance';
import { resultsUiFor, type Lang } from '../../i18n/ui';
import { needsUpgrade } from '../../lib/assessment';
import { formatScore } from '../../lib/format';
import { progressOf } from '../../lib/progress';
import type { Insight } from '../../lib/schema/insight';
import type { Rubric, RubricOutline } from '../../lib/schema/rubric';
import type { RubricEntry } from '../../lib/share-code';
import { formatDelta } from '../../lib/snapshots';
import { insightsShown, resultsView } from '../../lib/views/results';
import { setTarget } from '../../stores/assessments';
import { $incoming } from '../../stores/sharing';
import GrowthGrid from './GrowthGrid';
import History, { CURRENT } from './History';
import IncomingNotice from '../sharing/IncomingNotice';
import { useOpenedLink } from '../sharing/useOpenedLink';
import { useAssessment, useAssessments, useUpgradeNotice } from '../common/hooks';
import { useSnapshots } from './useSnapshots';
import NextMoves from './NextMoves';
import type { PlanTarget } from '../plan/AddToPlan';
import ScoresChart from './ScoresChart';
import ScoreTable from './ScoreTable';
import OpenSavedSection from '../sharing/OpenSavedSection';
import ShareAndFiles from '../sharing/ShareAndFiles';
import SiteUpdated from '../common/SiteUpdated';
import StorageNotice from '../common/StorageNotice';
import SnapshotsNotice from './SnapshotsNotice';
import { Sentence } from '../common/UserText';
import './overall.css';
import './results.css';

interface Props {
  rubricId: string;
  rubric: Rubric;
  /** The balance reading's words, when the rubric has one (i18n/balance.ts). */
  balanceText?: BalanceText;
  lang: Lang;
  assessHref: string;
  /** Insights that may show on this page. */
  insights: Insight[];
  /** Outlines of the other rubrics those insights read answers from. */
  outlines: Record<string, RubricOutline>;
  /** Every rubric's outline, to read share links and files. */
  registry: RubricEntry[];
  /** The printable score sheet of this rubric. */
  printHref: string;
  /** The results pages' common path, e.g. "/results/", to send a link for another rubric to its page. */
  resultsBase: string;
  /** The workshop board of this rubric, for facilitators. */
  teamHref?: string;
  /** The district plan, where next steps can be added. */
  plan?: PlanTarget;
}

/** The results page: scores, what the answers suggest, next moves, the growth map, chart and history. */
export default function Results({
  rubricId,
  rubric,
  balanceText,
  lang,
  assessHref,
  printHref,
  insights,
  outlines,
  registry,
  resultsBase,
  teamHref,
  plan: planTarget,
}: Props) {
  const t = resultsUiFor(lang);
  const BalanceReading = useBalanceReading(rubric.balance !== undefined);
  const { entry, assessment: current, hydrated } = useAssessment(rubricId);
  const others = useAssessments(Object.keys(outlines));
  const snapshots = useSnapshots(rubricId);
  // A trend needs two moments: at least one snapshot beside the current answers.
  const Trend = useTrend(snapshots.length > 0);
  const [compare, setCompare] = useState({ from: '', to: CURRENT });
  const incoming = useStore($incoming);
  const viewing = incoming?.rubric === rubricId ? incoming.assessment : undefined;
  // Answers, snapshots, a link or a file made with an earlier layout of the rubric: the notice (loaded
  // only then) brings saved ones up to this layout and names the items to rate.
  const upgrade = incoming?.rubric === rubricId ? incoming.upgrade : undefined;
  const UpgradeNotice = useUpgradeNotice(
    upgrade !== undefined ||
      [current, ...snapshots.map((s) => s.assessment)].some((a) => needsUpgrade(a, rubric)),
  );

  // A share link opens here; a link for another rubric goes on to that rubric's page.
  // While a link's code is being read (its decoder loads on demand), the page is busy, not empty.
  const opening = useOpenedLink(registry, rubricId, resultsBase);

  const pick = (id: string) => (id === CURRENT ? current : snapshots.find((s) => s.id === id)?.assessment);
  const labelOf = (id: string) =>
    id === CURRENT ? t.currentAnswers : (snapshots.find((s) => s.id === id)?.label ?? '');
  const shown = viewing ?? pick(compare.to) ?? current;
  const earlier = viewing || compare.from === '' ? undefined : pick(compare.from);
  const view = resultsView(rubric, shown, earlier);
  const { score: result, progress, growth: map, moves, targets } = view;
  const comparison = view.comparison ? { result: view.comparison, label: labelOf(compare.from) } : null;
  const shownInsights = insightsShown(
    rubricId,
    rubric,
    current,
    insights,
    Object.fromEntries(
      Object.entries(outlines).map(([id, outline]) => [id, { outline, assessment: others[id]! }]),
    ),
  );

  const levelName = (level: number | null) =>
    level === null ? t.notScored : (rubric.levels[level]?.name ?? '');
  const nameOf = (id: string) => rubric.dimensions.find((d) => d.id === id)?.name ?? id;
  const CountFacts = useCountFacts(
    rubric.dimensions.some((d) => d.items.some((item) => item.kind === 'count')),
  );
  const editable = !viewing && compare.to === CURRENT;
  const plan = editable ? planTarget : undefined;

  return (
    <div class="results" aria-busy={!hydrated || opening}>
      <StorageNotice rubricId={rubricId} entry={entry} lang={lang} />
      <SnapshotsNotice rubricId={rubricId} lang={lang} />
      <SiteUpdated lang={lang} />
      <IncomingNotice rubricId={rubricId} lang={lang} />
      {UpgradeNotice && <UpgradeNotice rubricId={rubricId} rubric={rubric} lang={lang} report={upgrade} />}
      {hydrated &&
      !opening &&
      !viewing &&
      progressOf(rubric, current).answered === 0 &&
      snapshots.length === 0 ? (
        <>
          <p class="empty">
            {t.resultsEmpty} <a href={assessHref}>{t.startAnswering}</a>
          </p>
          <OpenSavedSection registry={registry} lang={lang} resultsBase={resultsBase} rubricId={rubricId} />
        </>
      ) : (
        <>
          <section class="overall" aria-labelledby="overall-heading">
            <h2 id="overall-heading">
              {t.overallScore}
              {!viewing && !editable && (
                <span class="tagline">
                  <bdi>{labelOf(compare.to)}</bdi>
                </span>
              )}
            </h2>
            <p class="overall-score">
              <span class="big-score" data-testid="overall-score">
                {formatScore(result.score, t.decimalMark)}
              </span>
              <span class="overall-level">
                {result.level === null
                  ? t.noScore(result.tooFew)
                  : t.labelled(`${t.level} ${result.level}`, levelName(result.level))}
              </span>
              {comparison && comparison.result.delta !== null && (
                <span class="delta" data-testid="overall-delta">
                  {formatDelta(comparison.result.delta, t.decimalMark)}{' '}
                  <Sentence of={t.wasInline} value={comparison.label} />
                </span>
              )}
            </p>
            <p>{t.answeredOf(progress.answered, progress.total)}</p>
            {result.unscored.length > 0 && (
              <p class="unscored">{t.unscoredNote(t.list(result.unscored.map(nameOf)))}</p>
            )}
            {result.weakest.length > 0 && (
              <p class="weakest" data-testid="weakest">
                <strong>{t.weakest(t.list(result.weakest.map(nameOf)))}</strong>. {t.weakestWhy}
              </p>
            )}
          </section>

          {BalanceReading && balanceText && (
            <BalanceReading rubric={rubric} shown={shown} text={balanceText} lang={lang} />
          )}

          <section aria-labelledby="grid-heading">
            <h2 id="grid-heading">{t.gridHeading}</h2>
            <p class="muted">{t.gridIntro}</p>
            <GrowthGrid
              rubric={rubric}
              map={map}
              comparison={comparison}
              lang={lang}
              plan={plan}
              onTarget={(dimensionId, target) => {
                if (editable) setTarget(rubricId, dimensionId, target);
              }}
            />
          </section>

          {shownInsights.length > 0 && (
            <section aria-labelledby="insights-heading" class="insights">
              <h2 id="insights-heading">{t.insightsHeading}</h2>
              {shownInsights.map((insight) => (
                <div class="insight" key={insight.id} data-insight={insight.id}>
                  <h3>{insight.title}</h3>
                  <p>{insight.text}</p>
                </div>
              ))}
            </section>
          )}

          <section aria-labelledby="moves-heading">
            <h2 id="moves-heading">{t.movesHeading}</h2>
            <NextMoves rubric={rubric} moves={moves} targets={targets} lang={lang} plan={plan} />
          </section>

          <ScoresChart
            rubric={rubric}
            map={map}
            comparison={comparison}
            shownLabel={editable ? t.current : labelOf(compare.to)}
            lang={lang}
          />
          <ScoreTable rubric={rubric} result={result} lang={lang} />

          {CountFacts && (
            <section aria-labelledby="facts-heading">
              <h2 id="facts-heading">{t.facts}</h2>
              <CountFacts rubric={rubric} assessment={shown} lang={lang} />
            </section>
          )}
          <p class="inline-form">
            <a class="button" href={assessHref}>
              {t.editAnswers}
            </a>
            {!viewing && (
              <a class="button" href={printHref}>
                {t.printSheet}
              </a>
            )}
            {teamHref && (
              <a class="button" href={teamHref}>
                {t.workshopLink}
              </a>
            )}
          </p>

          {!viewing && (
            <>
              {Trend && (
                <Trend
                  rubric={rubric}
                  moments={[
                    ...snapshots.map((s) => ({
                      key: s.id,
                      label: s.label,
                      assessment: s.assessment,
                      savedAt: s.savedAt,
                    })),
                    { key: CURRENT, label: t.currentAnswers, assessment: current },
                  ]}
                  targets={Object.fromEntries(map.map((row) => [row.dimensionId, row.target]))}
                  lang={lang}
                  decimalMark={t.decimalMark}
                />
              )}
              <section aria-labelledby="history-heading">
                <h2 id="history-heading">{t.historyHeading}</h2>
                <History
                  rubricId={rubricId}
                  assessment={current}
                  snapshots={snapshots}
                  compare={compare}
                  onCompare={setCompare}
                  lang={lang}
                />
              </section>
              <section aria-labelledby="share-heading">
                <h2 id="share-heading">{t.shareHeading}</h2>
                <ShareAndFiles
                  rubricId={rubricId}
                  rubric={rubric}
                  assessment={current}
                  registry={registry}
                  lang={lang}
                  resultsBase={resultsBase}
                />
              </section>
            </>
          )}
        </>
      )}
    </div>
  );
}
