import type { Lang } from '../../i18n/ui';
import { planUiFor } from '../../i18n/plan';
import { STATUSES, type PlanStep } from '../../lib/plan/model';
import { stepProgress, type Rated } from '../../lib/plan/progress';
import { progressText } from './progress-text';
import { MAX_LABEL, MAX_NOTE } from '../../lib/limits';
import { deleteStep, shiftStep, updateStep } from '../../stores/plan';
import type { PlanRubric } from './types';

interface Props {
  step: PlanStep;
  /** Its place in its group, from 1. */
  position: number;
  rubric: PlanRubric | undefined;
  readings: Rated[];
  today: string;
  first: boolean;
  last: boolean;
  /** Whether move buttons are shown (the steps are in the person's order). */
  movable: boolean;
  lang: Lang;
  /** After a move: the control to focus, and the step's new place. */
  onMoved: (focusId: string, position: number) => void;
  onRemoved: () => void;
}

/** One step of the plan: what it links to, its fields, its measured progress, and its controls. */
export default function StepCard(props: Props) {
  const { step, position, rubric, readings, today, first, last, movable, lang } = props;
  const t = planUiFor(lang);
  const id = (field: string) => `step-${step.id}-${field}`;
  const levelText = (level: number | null) =>
    level === null ? t.unrated : `${level} ${rubric?.levels[level] ?? ''}`.trim();
  const progress = stepProgress(step, readings, today);
  const move = (by: -1 | 1) => {
    shiftStep(step.id, by);
    const edge = by === -1 ? position === 2 : false;
    props.onMoved(id(edge ? 'down' : by === -1 ? 'up' : 'down'), position + by);
  };
  const text = (field: 'action' | 'indicator' | 'notes', rows: number) => (
    <p class="plan-field">
      <label for={id(field)}>{t[field]}</label>
      <textarea
        id={id(field)}
        rows={rows}
        maxLength={MAX_NOTE}
        value={step[field]}
        onInput={(e) => updateStep(step.id, { [field]: e.currentTarget.value })}
      />
    </p>
  );
  const date = (field: 'due' | 'rerate') => (
    <p class="plan-field">
      <label for={id(field)}>{t[field]}</label>
      <input
        id={id(field)}
        type="date"
        value={step[field]}
        onInput={(e) => updateStep(step.id, { [field]: e.currentTarget.value })}
      />
    </p>
  );
  return (
    <li class="plan-step" data-step={step.id} data-progress={progress.kind}>
      <h3 id={id('title')}>{rubric?.items[step.item] ?? step.item}</h3>
      <p class="muted plan-where">
        {rubric?.dimensions[step.dimension] ?? step.dimension} ·{' '}
        {t.fromTo(levelText(step.from), levelText(step.target))}
      </p>
      {progress.kind !== 'none' && (
        <p class={`plan-progress plan-${progress.kind}`}>
          {progressText(step, rubric, readings, today, lang)}
        </p>
      )}
      {text('action', 3)}
      <div class="plan-row">
        <p class="plan-field">
          <label for={id('owner')}>{t.owner}</label>
          <input
            id={id('owner')}
            type="text"
            maxLength={MAX_LABEL}
            value={step.owner}
            onInput={(e) => updateStep(step.id, { owner: e.currentTarget.value })}
          />
        </p>
        {date('due')}
        <p class="plan-field">
          <label for={id('status')}>{t.status}</label>
          <select
            id={id('status')}
            value={step.status}
            onChange={(e) => updateStep(step.id, { status: e.currentTarget.value as PlanStep['status'] })}
          >
            {STATUSES.map((status) => (
              <option key={status} value={status}>
                {t.statuses[status]}
              </option>
            ))}
          </select>
        </p>
        {date('rerate')}
      </div>
      {text('indicator', 2)}
      {text('notes', 2)}
      <p class="inline-form plan-controls">
        {movable && (
          <>
            <button
              type="button"
              id={id('up')}
              disabled={first}
              aria-describedby={id('title')}
              onClick={() => move(-1)}
            >
              {t.moveUp}
            </button>
            <button
              type="button"
              id={id('down')}
              disabled={last}
              aria-describedby={id('title')}
              onClick={() => move(1)}
            >
              {t.moveDown}
            </button>
          </>
        )}
        <button
          type="button"
          aria-describedby={id('title')}
          onClick={() => {
            deleteStep(step.id);
            props.onRemoved();
          }}
        >
          {t.remove}
        </button>
      </p>
    </li>
  );
}
