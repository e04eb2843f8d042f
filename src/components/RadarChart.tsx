import { useEffect, useRef } from 'preact/hooks';
import { radarConfig, type RadarSeries } from '../lib/chart';
import { Chart } from './chart-setup';

interface Props {
  labels: string[];
  series: RadarSeries[];
  /** What the chart shows, for people who cannot see it; the data table beside it holds the numbers. */
  description: string;
  /** Text size relative to the page's (1 by default); a small chart on paper wants smaller labels. */
  fontScale?: number;
}

function cssVar(name: string, fallback: string): string {
  return getComputedStyle(document.documentElement).getPropertyValue(name).trim() || fallback;
}

/** A radar chart drawn by chart.js on a canvas inside a sized box. */
export default function RadarChart({ labels, series, description, fontScale = 1 }: Props) {
  const canvas = useRef<HTMLCanvasElement>(null);
  // Redraw only when the numbers or names change, not on every render of the page around it.
  const key = JSON.stringify([labels, series]);
  useEffect(() => {
    if (!canvas.current) return;
    const theme = {
      text: cssVar('--text', '#1a1f29'),
      grid: cssVar('--line', '#c5ccd8'),
      fontSize: (parseFloat(getComputedStyle(document.documentElement).fontSize) * 0.8 || 13) * fontScale,
      still: matchMedia('(prefers-reduced-motion: reduce)').matches,
    };
    const chart = new Chart(canvas.current, radarConfig(labels, series, theme));
    // Printing wants a sharper canvas than the screen has.
    const sharpen = () => {
      chart.options.devicePixelRatio = Math.max(2, devicePixelRatio);
      chart.resize();
    };
    addEventListener('beforeprint', sharpen);
    return () => {
      removeEventListener('beforeprint', sharpen);
      chart.destroy();
    };
  }, [key, fontScale]);
  return (
    <figure class="chart">
      <div class="chart-box">
        <canvas ref={canvas} role="img" aria-label={description} />
      </div>
      <figcaption>
        <ul class="legend">
          {series.map((s) => (
            <li key={s.label}>
              {/* An SVG line, not an inline style: the Content-Security-Policy blocks style attributes. */}
              <svg class="swatch" viewBox="0 0 32 4" aria-hidden="true">
                <line
                  x1="0"
                  y1="2"
                  x2="32"
                  y2="2"
                  stroke={s.color}
                  stroke-width="3"
                  stroke-dasharray={s.dashed ? '6 4' : undefined}
                />
              </svg>
              {s.label}
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
