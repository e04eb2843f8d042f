import type { RefObject } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { radarConfig, type RadarSeries } from '../../lib/chart';
import { loadInBackground } from '../../lib/on-demand';
import type { Chart } from './chart-setup';
import './chart.css';

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

/**
 * A number that changes whenever the page's palette may have: the theme control in the header sets
 * html[data-theme], and the system's setting can change while the page is open. The chart reads its
 * colours from CSS once per drawing, so it is drawn again.
 */
function usePaletteVersion(): number {
  const [version, setVersion] = useState(0);
  useEffect(() => {
    const redraw = () => setVersion((n) => n + 1);
    const observer = new MutationObserver(redraw);
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
    const scheme = matchMedia('(prefers-color-scheme: dark)');
    scheme.addEventListener('change', redraw);
    return () => {
      observer.disconnect();
      scheme.removeEventListener('change', redraw);
    };
  }, []);
  return version;
}

/**
 * True once the element is on screen or close to it. chart.js is most of a results page's JavaScript and
 * takes a phone a few hundred milliseconds to start, so it is loaded only for a chart someone can see:
 * on the score sheet at once, on the results page when the person scrolls near it.
 */
function useNearScreen(element: RefObject<Element>): boolean {
  const [near, setNear] = useState(false);
  useEffect(() => {
    if (near || !element.current) return;
    if (typeof IntersectionObserver === 'undefined') return setNear(true);
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) setNear(true);
      },
      { rootMargin: '400px 0px' },
    );
    observer.observe(element.current);
    // Printing the page asks for the chart too (the score sheet's is drawn already: it is at the top).
    const printing = () => setNear(true);
    addEventListener('beforeprint', printing);
    return () => {
      observer.disconnect();
      removeEventListener('beforeprint', printing);
    };
  }, [near]);
  return near;
}

/** A radar chart drawn by chart.js on a canvas inside a sized box. */
export default function RadarChart({ labels, series, description, fontScale = 1 }: Props) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const palette = usePaletteVersion();
  const near = useNearScreen(canvas);
  // Redraw only when the numbers, names or colours change, not on every render of the page around it.
  const key = JSON.stringify([labels, series]);
  useEffect(() => {
    const element = canvas.current;
    if (!element || !near) return;
    let chart: Chart<'radar'> | undefined;
    let gone = false;
    // chart.js loads after the page is drawn and working, into a box whose size is already set, so the
    // results show (and respond) sooner and nothing moves when it lands.
    loadInBackground(
      () => import('./chart-setup'),
      ({ Chart }) => {
        if (gone) return;
        const theme = {
          text: cssVar('--text', '#1a1f29'),
          grid: cssVar('--line', '#c5ccd8'),
          fontSize: (parseFloat(getComputedStyle(document.documentElement).fontSize) * 0.8 || 13) * fontScale,
          still: matchMedia('(prefers-reduced-motion: reduce)').matches,
        };
        const config = radarConfig(labels, series, theme);
        // Says whether the chart animates, for people inspecting the page and for the reduced-motion test.
        element.dataset.animation = config.options?.animation === false ? 'off' : 'on';
        chart = new Chart(element, config);
      },
    );
    // Printing wants a sharper canvas than the screen has.
    const sharpen = () => {
      if (!chart) return;
      chart.options.devicePixelRatio = Math.max(2, devicePixelRatio);
      chart.resize();
    };
    addEventListener('beforeprint', sharpen);
    return () => {
      gone = true;
      removeEventListener('beforeprint', sharpen);
      chart?.destroy();
    };
  }, [key, fontScale, palette, near]);
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
              <bdi>{s.label}</bdi>
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
