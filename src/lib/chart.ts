/**
 * Chart configurations, built as plain data so tests can check them. The chart parts they need are
 * registered once, in components/results/chart-setup.ts.
 */
import type { ChartConfiguration } from 'chart.js';

export interface RadarSeries {
  label: string;
  /** One value per dimension on the 0–4 scale; null where there is no score. */
  values: (number | null)[];
  color: string;
  /** Dashed outline, for targets. */
  dashed?: boolean;
  /** Shade the area inside the line. */
  fill?: boolean;
}

export interface ChartTheme {
  text: string;
  grid: string;
  /** Base font size in CSS pixels. */
  fontSize: number;
  /** Skip animation (people who prefer reduced motion, printing). */
  still: boolean;
}

/** Splits a label into lines of at most `width` characters, so long dimension names stay readable. */
export function wrapLabel(label: string, width = 18): string[] {
  const lines: string[] = [];
  for (const word of label.split(/\s+/)) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= width)
      lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/** A translucent version of a #rrggbb colour, for filled areas. */
export function translucent(hex: string, alpha = 0.15): string {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex.trim());
  if (!match) return hex;
  const [r, g, b] = match.slice(1).map((part) => parseInt(part, 16));
  return `rgba(${r}, ${g}, ${b}, ${alpha})`;
}

/** A radar chart of dimension scores on the fixed 0–4 scale, one ring per level. */
export function radarConfig(
  labels: string[],
  series: RadarSeries[],
  theme: ChartTheme,
): ChartConfiguration<'radar'> {
  return {
    type: 'radar',
    data: {
      labels: labels.map((label) => wrapLabel(label)),
      datasets: series.map((s) => ({
        label: s.label,
        data: s.values,
        borderColor: s.color,
        backgroundColor: s.fill ? translucent(s.color) : 'transparent',
        pointBackgroundColor: s.color,
        borderWidth: 2,
        borderDash: s.dashed ? [6, 4] : [],
        fill: s.fill ?? false,
        spanGaps: false,
      })),
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: theme.still ? false : { duration: 300 },
      scales: {
        r: {
          min: 0,
          max: 4,
          ticks: {
            stepSize: 1,
            color: theme.text,
            backdropColor: 'transparent',
            font: { size: theme.fontSize * 0.85 },
          },
          grid: { color: theme.grid },
          angleLines: { color: theme.grid },
          pointLabels: { color: theme.text, font: { size: theme.fontSize } },
        },
      },
    },
  };
}
