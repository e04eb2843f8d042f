/** The plan's downloads, loaded when a button asks for one: the CSV and calendar writers stay off the page's first load. */
import { planUiFor } from '../../i18n/plan';
import type { Lang } from '../../i18n/ui';
import { planCsv, type PlanNames } from '../../lib/plan/csv';
import { planIcs } from '../../lib/plan/ics';
import type { PlanStep } from '../../lib/plan/model';
import type { Rated } from '../../lib/plan/progress';
import { downloadText } from '../common/download';
import { progressText } from './progress-text';
import type { PlanRubric } from './types';

function namesOf(rubrics: PlanRubric[]): PlanNames {
  const by = <T>(pick: (r: PlanRubric) => T) => Object.fromEntries(rubrics.map((r) => [r.id, pick(r)]));
  return {
    rubrics: by((r) => r.title),
    dimensions: by((r) => r.dimensions),
    items: by((r) => r.items),
    levels: by((r) => r.levels),
  };
}

const fileName = (extension: string) => `district-plan-${new Date().toISOString().slice(0, 10)}.${extension}`;

/** Downloads the plan as CSV, one row a step. */
export function downloadPlanCsv(
  steps: PlanStep[],
  rubrics: PlanRubric[],
  readings: Record<string, Rated[]>,
  today: string,
  lang: Lang,
): void {
  const t = planUiFor(lang);
  const rubricOf = (id: string) => rubrics.find((r) => r.id === id);
  const text = planCsv(steps, namesOf(rubrics), { headers: t.csvHeaders, status: t.statuses }, (step) =>
    progressText(step, rubricOf(step.rubric), readings[step.rubric] ?? [], today, lang),
  );
  downloadText(text, fileName('csv'), 'text/csv;charset=utf-8');
}

/** Downloads the plan's due dates and re-rating dates as an iCalendar file. */
export function downloadPlanIcs(steps: PlanStep[], rubrics: PlanRubric[], lang: Lang): void {
  const t = planUiFor(lang);
  const names = namesOf(rubrics);
  const text = planIcs(
    steps,
    (step) => names.items[step.rubric]?.[step.item] ?? step.item,
    { due: t.icsDue, rerate: t.icsRerate, owner: t.icsOwner, indicator: t.icsIndicator },
    new Date(),
  );
  downloadText(text, fileName('ics'), 'text/calendar;charset=utf-8');
}
