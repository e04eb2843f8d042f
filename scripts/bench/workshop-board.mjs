// 5. The workshop board in Chromium with 1,000 responses: a keystroke in the paste box and in a dissent note,
// Reveal, and refusing a pasted link that inflates to 145 MB (time and the renderer's peak memory).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bombCode } from '../lib/bomb-code.mjs';
import { launchChromium } from '../lib/chromium.mjs';
import { fullAssessment, RUBRIC, random, storedWorkshop } from './fixtures.mjs';
import { median, table } from './report.mjs';

const RESPONSES = 1000;
const KEYSTROKES = 30;
/** What the link inflates to, as in the report that found the problem: 145 MB from a 188,000-character link. */
const BOMB_BYTES = 145_000_000;

/**
 * Runs in the page: the time from a keystroke in `selector` (its value grows by one character and an input
 * event fires, as typing does) until the page has handled it, drawn it again and laid it out: the work a
 * person waits for before the next character shows. Median of `rounds`.
 */
function typeInto([selector, rounds]) {
  const field = document.querySelector(selector);
  if (!field) throw new Error(`no ${selector} on the board`);
  field.focus();
  const done = () => new Promise((resolve) => setTimeout(resolve));
  return (async () => {
    const times = [];
    for (let i = 0; i < rounds; i++) {
      await done();
      const start = performance.now();
      field.value += 'x';
      field.dispatchEvent(new Event('input', { bubbles: true }));
      await done();
      void document.body.offsetHeight;
      times.push(performance.now() - start);
    }
    return times.sort((a, b) => a - b)[Math.floor((rounds - 1) / 2)];
  })();
}

/** Runs in the page: the time from pressing a button to the next frame, with the board drawn in between. */
async function press(text) {
  const button = [...document.querySelectorAll('button')].find((b) => b.textContent.trim().startsWith(text));
  if (!button) throw new Error(`no button "${text}" on the board`);
  const start = performance.now();
  button.click();
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
  return performance.now() - start;
}

/** Peak and current resident memory of a process, in bytes (Linux), and a reset of the peak. */
const statusOf = (pid) => {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (name) => Number(new RegExp(`${name}:\\s+(\\d+)`).exec(status)?.[1] ?? NaN) * 1024;
  return { peak: kb('VmHWM'), now: kb('VmRSS') };
};
const resetPeak = (pid) => writeFileSync(`/proc/${pid}/clear_refs`, '5');

/** The renderer processes of the browser (one page is open), or [] where /proc cannot tell. */
async function renderers(browser) {
  try {
    const cdp = await browser.newBrowserCDPSession();
    const { processInfo } = await cdp.send('SystemInfo.getProcessInfo');
    const pids = processInfo.filter((p) => p.type === 'renderer').map((p) => p.id);
    pids.forEach(resetPeak);
    return pids;
  } catch {
    return [];
  }
}

/** Presses Add responses and times it until the refusal of what was pasted shows. */
function refuse(page) {
  return page.evaluate(async () => {
    const button = [...document.querySelectorAll('button')].find(
      (b) => b.textContent.trim() === 'Add responses',
    );
    const refusal = () => document.querySelector('[data-testid="refused"] li')?.textContent;
    const earlier = refusal();
    const start = performance.now();
    button.click();
    while (refusal() === undefined || refusal() === earlier)
      await new Promise((resolve) => setTimeout(resolve, 1));
    return {
      ms: performance.now() - start,
      message: refusal(),
    };
  });
}

/**
 * Runs `action` and gives the main thread's CPU time meanwhile (Chromium's task durations counted in thread
 * time) divided by `count`: unlike time on the clock, it hardly depends on what else the machine runs.
 */
async function cpuTime(cdp, count, action) {
  const total = async () =>
    (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration').value;
  const before = await total();
  const result = await action();
  return { result, cpuMs: ((await total()) - before) * (1000 / count) };
}

export async function workshopBoardTimings(dist, base, lib, rubrics) {
  if (!lib.writeWorkshop || !existsSync(join(dist, 'team', RUBRIC, 'index.html'))) return null;
  const entry = rubrics.find((r) => r.id === RUBRIC);
  const workshop = storedWorkshop(lib, entry, random(RESPONSES), { count: RESPONSES, revealed: false });
  const plain = await lib.encodeShareCode(fullAssessment(entry), entry, { notes: false, profile: false });
  const bomb = bombCode(plain, BOMB_BYTES);
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
    await page.getByRole('button', { name: 'Reveal the ratings' }).waitFor();
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    const paste = await cpuTime(cdp, KEYSTROKES, () =>
      page.evaluate(typeInto, ['#responses-paste', KEYSTROKES]),
    );
    await page.locator('#responses-paste').fill('');
    const reveals = [];
    for (let round = 0; round < 7; round++) {
      reveals.push(await cpuTime(cdp, 1, () => page.evaluate(press, 'Reveal the ratings')));
      await page.evaluate(press, 'Hide the ratings');
    }
    await page.evaluate(press, 'Reveal the ratings');
    const dissent = await cpuTime(cdp, KEYSTROKES, () =>
      page.evaluate(typeInto, ['textarea[id^="dissent-"]', KEYSTROKES]),
    );

    // A first paste loads the code that reads responses, which the refusal below should not count.
    await page.locator('#responses-paste').fill('https://example.org/');
    await refuse(page);
    // The link is pasted first: the peak is what refusing it takes from there.
    await page.locator('#responses-paste').fill(`${base}/results/${RUBRIC}/#r=${bomb}`);
    const pids = await renderers(browser);
    const before = pids.map(statusOf);
    const heapBefore = await page.evaluate(() => performance.memory?.usedJSHeapSize ?? null);
    const refusal = await cpuTime(cdp, 1, () => refuse(page));
    const after = pids.map(statusOf);
    const peakBytes = pids.length ? Math.max(...after.map((a, i) => a.peak - before[i].now)) : null;
    const heapAfter = await page.evaluate(() => performance.memory?.usedJSHeapSize ?? null);
    // The page stays usable: a keystroke in the paste box after the refusal.
    const afterMs = await page.evaluate(typeInto, ['#responses-paste', 5]);
    return {
      responses: RESPONSES,
      keystrokes: KEYSTROKES,
      pasteKeystrokeMs: paste.result,
      pasteKeystrokeCpuMs: paste.cpuMs,
      dissentKeystrokeMs: dissent.result,
      dissentKeystrokeCpuMs: dissent.cpuMs,
      revealMs: median(reveals.map((r) => r.result)),
      revealCpuMs: median(reveals.map((r) => r.cpuMs)),
      bomb: {
        linkLength: bomb.length,
        inflatesTo: BOMB_BYTES,
        refuseMs: refusal.result.ms,
        refuseCpuMs: refusal.cpuMs,
        message: refusal.result.message,
        peakMemoryBytes: peakBytes,
        heapGrowthBytes: heapBefore === null ? null : heapAfter - heapBefore,
        keystrokeAfterMs: afterMs,
      },
    };
  } finally {
    await browser.close();
  }
}

const ms = (value) => `${value.toFixed(1)} ms`;
const mb = (bytes) => (bytes === null ? 'n/a' : `${(bytes / 1_048_576).toFixed(1)} MB`);

export function printWorkshopBoardTimings(board) {
  if (!board) return;
  const { bomb } = board;
  console.log(
    `\nWorkshop board in Chromium with ${board.responses} responses (clock: median; main-thread CPU: mean a keystroke, median a Reveal)\n`,
  );
  const n = board.keystrokes;
  console.log(
    table([
      ['step', 'clock', 'main-thread CPU', 'goal'],
      [
        `keystroke in the paste box (${n})`,
        ms(board.pasteKeystrokeMs),
        ms(board.pasteKeystrokeCpuMs),
        '< 16 ms',
      ],
      [
        `keystroke in a dissent note (${n})`,
        ms(board.dissentKeystrokeMs),
        ms(board.dissentKeystrokeCpuMs),
        '< 16 ms',
      ],
      ['Reveal the ratings (7), to the next frame', ms(board.revealMs), ms(board.revealCpuMs), '< 300 ms'],
      [
        `refuse a ${bomb.linkLength}-character link inflating to ${mb(bomb.inflatesTo)}`,
        ms(bomb.refuseMs),
        ms(bomb.refuseCpuMs),
        '< 100 ms',
      ],
      ['… peak memory of the page meanwhile (renderer RSS)', mb(bomb.peakMemoryBytes), '', '< 20 MB'],
      ['… keystroke in the paste box after it', ms(bomb.keystrokeAfterMs), '', '< 16 ms'],
    ]),
  );
  console.log(`Refused with: ${bomb.message}`);
}
