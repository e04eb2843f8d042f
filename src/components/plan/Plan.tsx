import { useStore } from '@nanostores/preact';
import { useEffect, useState } from 'preact/hooks';
import { planUiFor } from '../../i18n/plan';
import type { Lang } from '../../i18n/ui';
import { loadInBackground } from '../../lib/on-demand';
import { groupSteps } from '../../lib/plan/model';
import { localDay, readingsOf } from '../../lib/plan/progress';
import { $lastRemoved, $plan, $planNotSaved, undoRemove } from '../../stores/plan';
import NotSaved from '../common/NotSaved';
import { useAssessments, useHydrated } from '../common/hooks';
import { useAllSnapshots } from './useAllSnapshots';
import PlanNotice from './PlanNotice';
import StepCard from './StepCard';
import type { PlanRubric } from './types';
import './plan.css';
import { formatDate } from '../../lib/format';

interface Props {
  rubrics: PlanRubric[];
  lang: Lang;
}

/** The district plan: every step across the rubrics, grouped by rubric or by due date, with its exports. */
export default function Plan({ rubrics, lang }: Props) {
  const t = planUiFor(lang);
  const hydrated = useHydrated();
  const stored = useStore($plan);
  const lastRemoved = useStore($lastRemoved);
  const notSaved = useStore($planNotSaved);
  const ids = rubrics.map((r) => r.id);
  const assessments = useAssessments(ids);
  const snapshots = useAllSnapshots(ids);
  const [by, setBy] = useState<'rubric' | 'due'>('rubric');
  const [said, setSaid] = useState('');
  const [focus, setFocus] = useState<string | null>(null);
  useEffect(() => {
    if (focus) document.getElementById(focus)?.focus();
    setFocus(null);
  }, [focus]);

  const plan = hydrated ? stored : null;
  const steps = plan?.ok ? plan.steps : [];
  const today = localDay(new Date());
  const readings = Object.fromEntries(
    ids.map((id) => [id, readingsOf(assessments[id], snapshots[id] ?? [])]),
  );
  const rubricOf = (id: string) => rubrics.find((r) => r.id === id);
  const monthName = (key: string) =>
    key === '' ? t.noDueDate : formatDate(`${key}-01T12:00:00`, lang, { month: 'long', year: 'numeric' });

  return (
    <div class="plan" aria-busy={!hydrated}>
      <PlanNotice plan={plan} lang={lang} />
      {hydrated && steps.length === 0 && (
        <div class="plan-empty">
          <p>{t.planEmpty}</p>
          <p>
            {t.resultsLinks}{' '}
            {rubrics.map((r, i) => (
              <span key={r.id}>
                {i > 0 && ' · '}
                <a href={r.resultsHref}>{r.title}</a>
              </span>
            ))}
          </p>
        </div>
      )}
      {steps.length > 0 && (
        <>
          <fieldset class="plan-group-by">
            <legend>{t.groupBy}</legend>
            {(['rubric', 'due'] as const).map((value) => (
              <label key={value}>
                <input
                  type="radio"
                  name="group-by"
                  value={value}
                  checked={by === value}
                  onChange={() => setBy(value)}
                />{' '}
                {value === 'rubric' ? t.byRubric : t.byDue}
              </label>
            ))}
          </fieldset>
          {groupSteps(steps, by, ids).map((group) => (
            <section key={group.key} class="plan-group" aria-labelledby={`group-${group.key || 'undated'}`}>
              <h2 id={`group-${group.key || 'undated'}`}>
                {by === 'rubric' ? (rubricOf(group.key)?.title ?? group.key) : monthName(group.key)}{' '}
                <span class="muted plan-count">{t.stepCount(group.steps.length)}</span>
              </h2>
              <ol class="plan-steps">
                {group.steps.map((step, i) => (
                  <StepCard
                    key={step.id}
                    step={step}
                    position={i + 1}
                    rubric={rubricOf(step.rubric)}
                    readings={readings[step.rubric] ?? []}
                    today={today}
                    first={i === 0}
                    last={i === group.steps.length - 1}
                    movable={by === 'rubric'}
                    lang={lang}
                    onMoved={(focusId, position) => {
                      setSaid(t.moved(position));
                      setFocus(focusId);
                    }}
                    onRemoved={() => setFocus('plan-undo')}
                  />
                ))}
              </ol>
            </section>
          ))}
        </>
      )}
      <p role="status" class="plan-status">
        {lastRemoved ? (
          <>
            {t.removed}{' '}
            <button type="button" id="plan-undo" onClick={() => (undoRemove(), setSaid(''))}>
              {t.undo}
            </button>
          </>
        ) : (
          said
        )}
      </p>
      {steps.length > 0 && (
        <section aria-labelledby="plan-exports" class="plan-exports">
          <h2 id="plan-exports">{t.exportsHeading}</h2>
          <p class="muted">{t.exportsIntro}</p>
          <p class="inline-form">
            <button
              type="button"
              onClick={() =>
                loadInBackground(
                  () => import('./exports'),
                  ({ downloadPlanCsv }) => downloadPlanCsv(steps, rubrics, readings, today, lang),
                )
              }
            >
              {t.downloadCsv}
            </button>
            <button
              type="button"
              onClick={() =>
                loadInBackground(
                  () => import('./exports'),
                  ({ downloadPlanIcs }) => downloadPlanIcs(steps, rubrics, lang),
                )
              }
            >
              {t.downloadIcs}
            </button>
          </p>
        </section>
      )}
      {/* Last in the plan and stuck to the bottom of the screen, so it shows beside whatever step is edited. */}
      <NotSaved reason={notSaved} kept lang={lang} class="notice notice-error plan-not-saved" />
    </div>
  );
}
