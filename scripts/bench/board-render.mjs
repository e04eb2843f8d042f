// 5. How long the workshop board takes to show 500 responses in Chromium.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium } from '../lib/chromium.mjs';
import { RUBRIC, random, storedWorkshop } from './fixtures.mjs';
import { median } from './report.mjs';

/**
 * The median time from pressing "Reveal the ratings" to the next frame, with the board (aggregation and
 * rendering) drawn in between.
 */
export async function boardRenderTimings(dist, base, lib, rubrics) {
  if (!lib.writeWorkshop || !existsSync(join(dist, 'team', RUBRIC, 'index.html'))) return null;
  const entry = rubrics.find((r) => r.id === RUBRIC);
  const workshop = storedWorkshop(lib, entry, random(500), { count: 500, revealed: false });
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    await page.goto(`${base}/about/`);
    await page.evaluate(
      ([key, value]) => localStorage.setItem(key, value),
      [`dcsa:workshop:${RUBRIC}`, workshop],
    );
    await page.goto(`${base}/team/${RUBRIC}/`);
    await page.waitForFunction(() => document.querySelectorAll('astro-island[ssr]').length === 0);
    const press = (label) =>
      page.evaluate(async (text) => {
        const button = [...document.querySelectorAll('button')].find((b) =>
          b.textContent.trim().startsWith(text),
        );
        if (!button) throw new Error(`no button "${text}" on the board`);
        const start = performance.now();
        button.click();
        await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
        return performance.now() - start;
      }, label);
    // The board draws once it has read the saved workshop, a moment after hydrating.
    await page.waitForFunction(() =>
      [...document.querySelectorAll('button')].some((b) =>
        b.textContent.trim().startsWith('Reveal the ratings'),
      ),
    );
    const times = [];
    for (let round = 0; round < 7; round++) {
      times.push(await press('Reveal the ratings'));
      await press('Hide the ratings');
    }
    const rows = await page.evaluate(() => document.querySelectorAll('table tbody tr').length);
    return { responses: 500, rows, revealMs: median(times) };
  } finally {
    await browser.close();
  }
}

export function printBoardRenderTimings(board) {
  if (!board) return;
  console.log(
    `\nWorkshop board in Chromium: ${board.responses} responses revealed and drawn (${board.rows} rows) in ${board.revealMs.toFixed(1)} ms (median of 7)`,
  );
}
