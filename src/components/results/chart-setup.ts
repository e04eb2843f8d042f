/**
 * The one place chart.js parts are registered: only what the radar chart draws, never chart.js/auto.
 * The legend and tooltips are left out on purpose: the page draws its own legend in HTML and the data
 * table beside the chart gives every number, which saves about 8 KB of JavaScript.
 */
import { Chart, Filler, LineElement, PointElement, RadarController, RadialLinearScale } from 'chart.js';

Chart.register(RadarController, RadialLinearScale, PointElement, LineElement, Filler);

export { Chart };
