/**
 * Progress over time on one rubric: the scores of each snapshot and of the current answers, oldest first,
 * with each dimension's target, and the geometry of the small charts that draw them (one per dimension and
 * one for the overall score, on the same 0–4 scale).
 */
import type { Assessment } from '../assessment';
import type { RubricOutline } from '../schema/rubric';
import { scoreRubric } from '../scoring';

/** One moment: a snapshot, or the current answers. */
export interface TrendInput {
  /** The snapshot's id, or "current". */
  key: string;
  label: string;
  assessment: Assessment;
  /** When the snapshot was saved; used when the answers' own date cannot be read. */
  savedAt?: string;
}

export interface TrendPoint {
  key: string;
  label: string;
  /** When these ratings were made (the answers' last change); null when no date can be read. */
  date: Date | null;
  overall: number | null;
}

export interface TrendSeries {
  /** The dimension's id, or "overall". */
  id: string;
  /** A score per point, in the points' order; null where the dimension has too few answers to score. */
  values: (number | null)[];
  /** The dimension's target; null for the overall score, which has none of its own. */
  target: number | null;
}

export interface TrendView {
  points: TrendPoint[];
  /** The overall score first, then each dimension in the rubric's order. */
  series: TrendSeries[];
}

export const OVERALL = 'overall';

function dateOf(...candidates: (string | undefined)[]): Date | null {
  for (const iso of candidates) {
    const date = iso === undefined ? null : new Date(iso);
    if (date && !Number.isNaN(date.getTime())) return date;
  }
  return null;
}

/**
 * The trend of a rubric's scores, or null when there is no trend to draw: fewer than two moments with a
 * score. Moments are ordered by when their ratings were made (a snapshot imported from an earlier year
 * takes its place in time); the current answers come last among equals.
 */
export function trendView(
  outline: RubricOutline,
  moments: readonly TrendInput[],
  targets: Readonly<Record<string, number | null>>,
): TrendView | null {
  const scored = moments
    .map((moment, order) => ({
      moment,
      order,
      date: dateOf(moment.assessment.updatedAt, moment.savedAt),
      score: scoreRubric(outline, moment.assessment),
    }))
    .filter(({ score }) => score.score !== null || score.dimensions.some((d) => d.score !== null));
  if (scored.length < 2) return null;
  scored.sort((a, b) => (a.date?.getTime() ?? 0) - (b.date?.getTime() ?? 0) || a.order - b.order);
  return {
    points: scored.map(({ moment, date, score }) => ({
      key: moment.key,
      label: moment.label,
      date,
      overall: score.score,
    })),
    series: [
      { id: OVERALL, values: scored.map(({ score }) => score.score), target: null },
      ...outline.dimensions.map((dimension, d) => ({
        id: dimension.id,
        values: scored.map(({ score }) => score.dimensions[d]!.score),
        target: targets[dimension.id] ?? null,
      })),
    ],
  };
}

/** The drawing area of one small chart, in SVG user units. */
export const PANEL = { width: 240, height: 110, left: 22, right: 10, top: 8, bottom: 14 } as const;

/** The vertical position of a score on the 0–4 scale. */
export function yOf(score: number): number {
  const plot = PANEL.height - PANEL.top - PANEL.bottom;
  return PANEL.top + plot * (1 - Math.min(4, Math.max(0, score)) / 4);
}

/** The horizontal position of the i-th of n points, evenly spaced (one point sits in the middle). */
export function xOf(i: number, n: number): number {
  const plot = PANEL.width - PANEL.left - PANEL.right;
  return n < 2 ? PANEL.left + plot / 2 : PANEL.left + (plot * i) / (n - 1);
}

/**
 * The line through a series' scores as SVG path data: a gap where a point has no score, so a line never
 * claims a score that was not computed.
 */
export function linePath(values: readonly (number | null)[]): string {
  let path = '';
  let drawing = false;
  values.forEach((value, i) => {
    if (value === null) {
      drawing = false;
      return;
    }
    path += `${drawing ? 'L' : 'M'}${xOf(i, values.length).toFixed(1)} ${yOf(value).toFixed(1)}`;
    drawing = true;
  });
  return path;
}
