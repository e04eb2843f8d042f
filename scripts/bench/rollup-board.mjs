// 6. The roll-up on the workshop board in Chromium with 2,000 responses from 150 schools: gathering them
// (pasting their 2,000 links at once), Reveal, opening the roll-up (its code loads then) and switching
// between its views, each to the next frame.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium } from '../lib/chromium.mjs';
import { fullAssessment, RUBRIC, random } from './fixtures.mjs';
import { median, table } from './report.mjs';

const RESPONSES = 2000;
const SCHOOLS = 150;
const ROLES = ['Principal', 'Instructional coach', 'Director of instruction'];

/** Runs in the page: presses the button whose text starts with `text` and times it to the next frame. */
async function press(text) {
  const button = [...document.querySelectorAll('button, summary')].find((b) =>
    b.textContent.trim().startsWith(text),
  );
  if (!button) throw new Error(`no button "${text}" on the board`);
  const start = performance.now();
  button.click();
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
  return performance.now() - start;
}

/** Runs in the page: opens the roll-up and times it until the heatmap is drawn (its code loads meanwhile). */
async function openRollup() {
  const start = performance.now();
  document.querySelector('.rollup-section > summary').click();
  while (!document.querySelector('[data-testid="heatmap"]')) await new Promise((r) => setTimeout(r, 1));
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
  return performance.now() - start;
}

export async function rollupBoardTimings(dist, base, lib, rubrics) {
  if (!existsSync(join(dist, 'team', RUBRIC, 'index.html'))) return null;
  const entry = rubrics.find((r) => r.id === RUBRIC);
  const rand = random(RESPONSES);
  const links = [];
  for (let i = 0; i < RESPONSES; i++) {
    const assessment = {
      ...fullAssessment(entry, rand),
      role: ROLES[i % ROLES.length],
      school: `School ${(i % SCHOOLS) + 1}`,
    };
    delete assessment.targets;
    const code = await lib.encodeShareCode(assessment, entry, {
      notes: false,
      profile: false,
      respondent: true,
    });
    links.push(`${base}/results/${RUBRIC}/#r=${code}`);
  }
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    await page.goto(`${base}/team/${RUBRIC}/`);
    await page.waitForFunction(() => document.querySelectorAll('astro-island[ssr]').length === 0);
    await page.getByRole('button', { name: 'Start the workshop' }).click();
    await page.locator('#responses-paste').fill(links.join('\n'));
    const gatherMs = await page.evaluate(async () => {
      const button = [...document.querySelectorAll('button')].find(
        (b) => b.textContent.trim() === 'Add responses',
      );
      const start = performance.now();
      button.click();
      while (!/^Added/.test(document.querySelector('[data-testid="gather-status"]')?.textContent ?? ''))
        await new Promise((r) => setTimeout(r, 5));
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
      return performance.now() - start;
    });
    const status = await page.getByTestId('gather-status').textContent();
    const reveals = [];
    for (let round = 0; round < 5; round++) {
      reveals.push(await page.evaluate(press, 'Reveal the ratings'));
      await page.evaluate(press, 'Hide the ratings');
    }
    await page.evaluate(press, 'Reveal the ratings');
    const openMs = await page.evaluate(openRollup);
    const switches = { groups: [], gaps: [], heatmap: [] };
    for (let round = 0; round < 5; round++) {
      switches.groups.push(await page.evaluate(press, 'Dimensions by group'));
      switches.gaps.push(await page.evaluate(press, 'Perception gaps'));
      switches.heatmap.push(await page.evaluate(press, 'Items by school'));
    }
    return {
      responses: RESPONSES,
      schools: SCHOOLS,
      status,
      gatherMs,
      revealMs: median(reveals),
      openRollupMs: openMs,
      toGroupsMs: median(switches.groups),
      toGapsMs: median(switches.gaps),
      toHeatmapMs: median(switches.heatmap),
    };
  } finally {
    await browser.close();
  }
}

const ms = (value) => `${value.toFixed(0)} ms`;

export function printRollupBoardTimings(rollup) {
  if (!rollup) return;
  console.log(
    `\nRoll-up in Chromium with ${rollup.responses} responses from ${rollup.schools} schools (clock, to the next frame; median of 5 where repeated)\n`,
  );
  console.log(
    table([
      ['step', 'clock', 'goal'],
      [`gather: paste ${rollup.responses} links and add them`, ms(rollup.gatherMs), ''],
      ['Reveal the ratings', ms(rollup.revealMs), '< 300 ms'],
      ['open the roll-up (its code loads), heatmap drawn', ms(rollup.openRollupMs), '< 300 ms'],
      ['switch to Dimensions by group', ms(rollup.toGroupsMs), '< 300 ms'],
      ['switch to Perception gaps', ms(rollup.toGapsMs), '< 300 ms'],
      ['switch to Items by school (the heatmap)', ms(rollup.toHeatmapMs), '< 300 ms'],
    ]),
  );
  console.log(`Gathered: ${rollup.status}`);
}
