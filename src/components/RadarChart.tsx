import { useEffect, useRef } from 'preact/hooks';
import { radarConfig, type RadarSeries } from '../lib/chart';
import { Chart } from './chart-setup';

interface Props {
  labels: string[];
  series: RadarSeries[];
  /** What the chart shows, for people who cannot see it; the data table beside it holds the numbers. */
  description: string;
}

function cssVar(name: string, fallback: string): string {
  return getComputedStyle(document.documentElement).getPropertyValue(name).trim() || fallback;
}

/** A radar chart drawn by chart.js on a canvas inside a sized box. */
export default function RadarChart({ labels, series, description }: Props) {
  const canvas = useRef<HTMLCanvasElement>(null);
  // Redraw only when the numbers or names change, not on every render of the page around it.
  const key = JSON.stringify([labels, series]);
  useEffect(() => {
    if (!canvas.current) return;
    const theme = {
      text: cssVar('--text', '#1a1f29'),
      grid: cssVar('--line', '#c5ccd8'),
      fontSize: parseFloat(getComputedStyle(document.documentElement).fontSize) * 0.8 || 13,
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
  }, [key]);
  return (
    <figure class="chart">
      <div class="chart-box">
        <canvas ref={canvas} role="img" aria-label={description} />
      </div>
      <figcaption>
        <ul class="legend">
          {series.map((s) => (
            <li key={s.label}>
              <span
                class={`swatch${s.dashed ? ' swatch-dashed' : ''}`}
                style={{ borderColor: s.color }}
                aria-hidden="true"
              />
              {s.label}
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
