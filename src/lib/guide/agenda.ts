/**
 * The suggested agenda of a workshop on one rubric, laid out from the rubric itself: rating privately takes
 * the rubric's own estimate of a first pass, and each dimension is discussed for a set number of minutes per
 * item. Counting from the content means the agenda can never disagree with the rubric it times.
 */
import type { AgendaStep } from '../schema/guide';

/** Just what the agenda reads from a rubric. */
export interface AgendaRubric {
  /** Roughly how many minutes a first pass through the questionnaire takes. */
  minutes: number;
  dimensions: { id: string; name: string; items: readonly unknown[] }[];
}

/** One line of the agenda. */
export interface AgendaRow {
  label: string;
  /** Minutes from the start of the session at which the step begins. */
  start: number;
  minutes: number;
  /** For a step on one dimension: its id and how many items it has. */
  dimension?: { id: string; items: number };
}

/** Each step of the agenda in order, with its minutes and when it starts, and the session's total. */
export function agendaFor(
  rubric: AgendaRubric,
  steps: readonly AgendaStep[],
): { rows: AgendaRow[]; total: number } {
  const rows: AgendaRow[] = [];
  let start = 0;
  const add = (row: Omit<AgendaRow, 'start'>) => {
    rows.push({ ...row, start });
    start += row.minutes;
  };
  for (const step of steps) {
    if (step.kind === 'fixed') add({ label: step.label, minutes: step.minutes });
    else if (step.kind === 'rate') add({ label: step.label, minutes: rubric.minutes });
    else
      for (const dimension of rubric.dimensions)
        add({
          label: step.label.replaceAll('{dimension}', dimension.name),
          minutes: step.minutesPerItem * dimension.items.length,
          dimension: { id: dimension.id, items: dimension.items.length },
        });
  }
  return { rows, total: start };
}

/** Minutes as a clock offset from the start: 0 → "0:00", 95 → "1:35". */
export function clockOffset(minutes: number): string {
  return `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;
}
