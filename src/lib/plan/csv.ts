/** The plan as CSV: one row a step, written like the assessment CSV (lib/csv.ts: BOM, CRLF, neutralised cells). */
import { csvRow } from '../csv';
import type { PlanStep, Status } from './model';

export interface PlanCsvText {
  headers: {
    rubric: string;
    dimension: string;
    item: string;
    target: string;
    action: string;
    owner: string;
    due: string;
    indicator: string;
    status: string;
    rerate: string;
    notes: string;
    progress: string;
  };
  status: Record<Status, string>;
}

/** Names of rubrics, dimensions and items, by id; a missing one is written as its id. */
export interface PlanNames {
  rubrics: Record<string, string>;
  dimensions: Record<string, Record<string, string>>;
  items: Record<string, Record<string, string>>;
  levels: Record<string, string[]>;
}

/** The CSV text of the plan; `progress` gives each step's progress as a sentence (or ''). */
export function planCsv(
  steps: PlanStep[],
  names: PlanNames,
  text: PlanCsvText,
  progress: (step: PlanStep) => string,
): string {
  const h = text.headers;
  const rows = [
    [
      h.rubric,
      h.dimension,
      h.item,
      h.target,
      h.action,
      h.owner,
      h.due,
      h.indicator,
      h.status,
      h.rerate,
      h.notes,
      h.progress,
    ],
    ...steps.map((s) => [
      names.rubrics[s.rubric] ?? s.rubric,
      names.dimensions[s.rubric]?.[s.dimension] ?? s.dimension,
      names.items[s.rubric]?.[s.item] ?? s.item,
      `${s.target} ${names.levels[s.rubric]?.[s.target] ?? ''}`.trim(),
      s.action,
      s.owner,
      s.due,
      s.indicator,
      text.status[s.status],
      s.rerate,
      s.notes,
      progress(s),
    ]),
  ];
  return `\uFEFF${rows.map((row) => `${csvRow(row)}\r\n`).join('')}`;
}
