import { planUiFor } from '../../i18n/plan';
import type { Lang } from '../../i18n/ui';
import type { PlanStep } from '../../lib/plan/model';
import { stepProgress, type Rated } from '../../lib/plan/progress';
import type { PlanRubric } from './types';
import { formatDate } from '../../lib/format';

/** The progress sentence of a step, as the page shows it ('' when there is nothing to say). */
export function progressText(
  step: PlanStep,
  rubric: PlanRubric | undefined,
  readings: Rated[],
  today: string,
  lang: Lang,
): string {
  const t = planUiFor(lang);
  const level = (n: number | null) => (n === null ? t.unrated : `${n} ${rubric?.levels[n] ?? ''}`.trim());
  const progress = stepProgress(step, readings, today);
  if (progress.kind === 'reached') return t.reached(formatDate(progress.on, lang), level(progress.level));
  if (progress.kind === 'moving') return t.moving(level(progress.level));
  if (progress.kind === 'stalled') return t.stalled(level(progress.level));
  return '';
}
