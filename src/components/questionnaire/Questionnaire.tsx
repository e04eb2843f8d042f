import type { ComponentChildren } from 'preact';
import { uiFor, type Lang } from '../../i18n/ui';
import { needsUpgrade } from '../../lib/assessment';
import { lookForsSlot } from '../../lib/look-fors';
import { onDemand } from '../../lib/on-demand';
import { progressOf } from '../../lib/progress';
import type { Rubric } from '../../lib/schema/rubric';
import { $storageMode } from '../../stores/storage';
import { useAssessment, useUpgradeNotice } from '../common/hooks';
import SiteUpdated from '../common/SiteUpdated';
import StorageNotice from '../common/StorageNotice';
import { CountQuestion, RatedQuestion } from './Questions';
import Review from './Review';
import SaveStatus from './SaveStatus';
import { stepHash, useSteps } from './useSteps';
import '../common/progress.css';
import './questionnaire.css';

interface Props {
  rubricId: string;
  rubric: Rubric;
  lang: Lang;
  resultsHref: string;
  /** Each rated item's look-fors, rendered by the page as HTML: a slot named by `lookForsSlot`. */
  [slot: `lookFors${string}`]: ComponentChildren;
}

/** The questionnaire: one dimension per step, then a review of what is left. */
export default function Questionnaire(props: Props) {
  const { rubricId, rubric, lang, resultsHref } = props;
  const t = uiFor(lang);
  const { entry, assessment } = useAssessment(rubricId);
  const count = rubric.dimensions.length;
  const { step, go } = useSteps(count);
  const progress = progressOf(rubric, assessment);
  // Answers saved with an earlier layout of the rubric: the notice upgrades them and names what to rate.
  const UpgradeNotice = useUpgradeNotice(needsUpgrade(assessment, rubric));

  const dimension = step < count ? rubric.dimensions[step] : undefined;

  return (
    <div class="questionnaire">
      <StorageNotice rubricId={rubricId} entry={entry} lang={lang} />
      {UpgradeNotice && <UpgradeNotice rubricId={rubricId} rubric={rubric} lang={lang} />}
      <SiteUpdated lang={lang} />
      <div class="progress">
        <label for="progress-bar">{t.answeredOf(progress.answered, progress.total)}</label>
        <progress id="progress-bar" max={progress.total} value={progress.answered} />
      </div>
      <nav class="steps" aria-label={t.stepsLabel}>
        <ol>
          {rubric.dimensions.map((d, i) => {
            const left = progress.unanswered.filter((u) => u.dimensionId === d.id).length;
            return (
              <li key={d.id}>
                <a
                  href={stepHash(i, count)}
                  aria-current={i === step ? 'step' : undefined}
                  onClick={(e) => {
                    e.preventDefault();
                    go(i);
                  }}
                >
                  <span class="step-number">{i + 1}</span> <span class="step-name">{d.name}</span>
                  <span class="step-count">
                    {' '}
                    ({d.items.length - left}/{d.items.length})
                  </span>
                </a>
              </li>
            );
          })}
          <li>
            <a
              href="#review"
              aria-current={step === count ? 'step' : undefined}
              onClick={(e) => {
                e.preventDefault();
                go(count);
              }}
            >
              {t.review}
            </a>
          </li>
        </ol>
      </nav>

      {dimension ? (
        <section class="step" aria-labelledby="step-heading">
          <h2 id="step-heading" tabIndex={-1}>
            <span class="step-number">{step + 1}</span> {dimension.name}
            <span class="tagline">{dimension.tagline}</span>
          </h2>
          <p class="dimension-description">{dimension.description}</p>
          <p class="hint">{t.digitsHint}</p>
          {dimension.items.map((item, i) => {
            const number = `${step + 1}.${i + 1}`;
            return item.kind === 'rated' ? (
              <RatedQuestion
                key={item.id}
                rubricId={rubricId}
                rubric={rubric}
                item={item}
                number={number}
                assessment={assessment}
                lang={lang}
                lookFors={props[lookForsSlot(item.id)]}
              />
            ) : (
              <CountQuestion
                key={item.id}
                rubricId={rubricId}
                item={item}
                number={number}
                assessment={assessment}
                lang={lang}
              />
            );
          })}
        </section>
      ) : (
        <Review rubric={rubric} assessment={assessment} lang={lang} onGo={(s, id) => go(s, id)} />
      )}

      <div class="step-buttons">
        <button type="button" onClick={() => go(step - 1)} disabled={step === 0}>
          {t.previous}
        </button>
        <SaveStatus lang={lang} />
        {step < count ? (
          <button type="button" class="primary" onClick={() => go(step + 1)}>
            {step + 1 === count ? t.review : t.next}
          </button>
        ) : (
          <a
            class="button primary"
            href={resultsHref}
            onClick={(e) => {
              // Without storage the answers live only in this page: carry them to the results in the link.
              if ($storageMode.get() !== 'memory') return;
              e.preventDefault();
              // The share code is loaded on demand: most browsers keep the answers and never need it.
              void onDemand(() => import('../../lib/views/answers-link'))
                .then(({ linkWithAnswers }) => linkWithAnswers(rubricId, rubric, assessment, resultsHref))
                .then((href) => location.assign(href))
                // A failed load is said by SiteUpdated; the answers stay on the page.
                .catch(() => undefined);
            }}
          >
            {t.goToResults}
          </a>
        )}
      </div>
    </div>
  );
}
