/**
 * The brief's bars: a score on the 0–4 scale drawn in vector, for screen and paper. Each mark has its own
 * shape (a solid bar now, a triangle for the target, a ring for the previous snapshot), so they read the same
 * in black and white. The numbers are in the same table row, so the drawing is hidden from screen readers.
 */
const WIDTH = 112;
const HEIGHT = 14;
const x = (score: number) => 4 + (Math.min(4, Math.max(0, score)) / 4) * (WIDTH - 8);

/** The scale above the bars: 0 to 4. */
export function BarScale() {
  return (
    <svg class="brief-bar" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} aria-hidden="true">
      {[0, 1, 2, 3, 4].map((n) => (
        <text key={n} x={x(n)} y={11} text-anchor="middle">
          {n}
        </text>
      ))}
    </svg>
  );
}

interface Props {
  score: number | null;
  target?: number | null;
  before?: number | null;
}

/** One row's bar: the score now, its target and its score at the previous snapshot. */
export default function BriefBar({ score, target = null, before = null }: Props) {
  return (
    <svg class="brief-bar" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} aria-hidden="true">
      <line class="bar-track" x1={x(0)} x2={x(4)} y1={7} y2={7} />
      {[0, 1, 2, 3, 4].map((n) => (
        <line key={n} class="bar-tick" x1={x(n)} x2={x(n)} y1={4} y2={10} />
      ))}
      {score !== null && (
        <rect class="bar-now" x={x(0)} y={4} width={Math.max(0.8, x(score) - x(0))} height={6} />
      )}
      {before !== null && <circle class="bar-before" cx={x(before)} cy={7} r={3} />}
      {target !== null && (
        <path class="bar-target" d={`M${x(target) - 3.5} 0.5 L${x(target) + 3.5} 0.5 L${x(target)} 6 Z`} />
      )}
    </svg>
  );
}

/** What the bars' marks mean, once for the whole brief. */
export function BarLegend({ now, target, before }: { now: string; target: string; before: string | null }) {
  return (
    <p class="brief-legend" aria-hidden="true">
      <span class="key key-now" /> {now}
      <span class="key key-target" /> {target}
      {before && (
        <>
          <span class="key key-before" /> {before}
        </>
      )}
    </p>
  );
}
