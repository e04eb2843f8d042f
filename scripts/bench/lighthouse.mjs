// 2. Lighthouse mobile scores (performance, accessibility, best practices) with LCP, TBT and CLS for the
// home page, a questionnaire, a results page and a print page seeded with answers, and the workshop board
// seeded with responses.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_ARGS, chromiumPath } from '../lib/chromium.mjs';
import { RUBRIC, fullAssessment, random, storedWorkshop } from './fixtures.mjs';
import { table } from './report.mjs';

/** Starts a headless Chromium with a DevTools port; resolves to its port and a stop function. */
function startChrome(executable) {
  const profile = mkdtempSync(join(tmpdir(), 'dcsa-bench-chrome-'));
  const child = spawn(
    executable,
    [
      '--headless=new',
      ...CHROMIUM_ARGS,
      '--remote-debugging-port=0',
      `--user-data-dir=${profile}`,
      'about:blank',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
    rmSync(profile, { recursive: true, force: true, maxRetries: 5 });
  };
  return new Promise((resolve, reject) => {
    let text = '';
    child.stderr.on('data', (chunk) => {
      text += chunk;
      const match = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(text);
      if (match) resolve({ port: Number(match[1]), stop });
    });
    child.once('exit', (code) => reject(new Error(`Chromium exited (${code}) before it listened:\n${text}`)));
  });
}

/** The pages Lighthouse loads, and what the seeded ones read from storage. */
function seededPages(dist, lib, rubrics, only) {
  // A full assessment of the rubric, and a revealed workshop of 12 responses.
  const entry = rubrics.find((r) => r.id === RUBRIC);
  const rand = random(7);
  const storage = {
    [`dcsa:assessment:${RUBRIC}`]: JSON.stringify({
      version: 1,
      assessment: {
        ...fullAssessment(entry, rand, 'Evidence from the spring coaching logs.'),
        district: 'Lakeview',
      },
    }),
  };
  const hasTeam = existsSync(join(dist, 'team', RUBRIC, 'index.html'));
  if (hasTeam && lib.writeWorkshop) {
    const roleOf = (i) => (i % 3 === 0 ? undefined : i % 3 === 1 ? 'principal' : 'coach');
    storage[`dcsa:workshop:${RUBRIC}`] = storedWorkshop(lib, entry, rand, {
      count: 12,
      revealed: true,
      roleOf,
    });
  }
  const pages = [
    { name: 'home', path: '/' },
    { name: 'questionnaire', path: `/assess/${RUBRIC}/` },
    { name: 'questionnaire (French)', path: `/fr/assess/${RUBRIC}/` },
    { name: 'results (seeded)', path: `/results/${RUBRIC}/` },
    { name: 'print (seeded)', path: `/print/${RUBRIC}/` },
    ...(hasTeam ? [{ name: 'team (seeded)', path: `/team/${RUBRIC}/` }] : []),
  ];
  return { storage, pages: only ? pages.filter((p) => p.name.includes(only)) : pages };
}

/** What the bench keeps of a Lighthouse report: the scores, and why a score is below 100. */
function summary(name, path, runs) {
  // The median run by performance score (then by TBT), as Lighthouse advises: one run is noisy.
  runs.sort(
    (a, b) =>
      a.categories.performance.score - b.categories.performance.score ||
      b.audits['total-blocking-time'].numericValue - a.audits['total-blocking-time'].numericValue,
  );
  const { categories, audits } = runs[Math.floor((runs.length - 1) / 2)];
  const score = (id) => Math.round((categories[id]?.score ?? 0) * 100);
  const lost = Object.values(audits)
    .filter((a) => a.score !== null && a.score < 0.9 && a.scoreDisplayMode !== 'informative')
    .map((a) => `${a.id}${a.displayValue ? ` (${a.displayValue})` : ''}`);
  return {
    name,
    path,
    runs: runs.length,
    performanceRuns: runs.map((lhr) => Math.round(lhr.categories.performance.score * 100)),
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    lcpMs: Math.round(audits['largest-contentful-paint'].numericValue),
    tbtMs: Math.round(audits['total-blocking-time'].numericValue),
    cls: Number(audits['cumulative-layout-shift'].numericValue.toFixed(3)),
    fcpMs: Math.round(audits['first-contentful-paint'].numericValue),
    lowAudits: lost,
    // Why a score is below 100: what moved, and which scripts kept the main thread busy.
    layoutShifts: (audits['layout-shifts']?.details?.items ?? []).map((item) => ({
      score: Number((item.score ?? 0).toFixed(3)),
      node: item.node?.selector ?? item.node?.snippet ?? null,
    })),
    longTasks: (audits['long-tasks']?.details?.items ?? []).slice(0, 5).map((item) => ({
      url: item.url,
      startMs: Math.round(item.startTime),
      durationMs: Math.round(item.duration),
    })),
  };
}

/** Lighthouse on each page, `runs` times (a cold load each time, with the seeded answers kept). */
export async function lighthouseScores(dist, base, lib, rubrics, { runs: runCount, only }) {
  const executable = chromiumPath();
  const { default: lighthouse } = await import('lighthouse');
  const { chromium } = await import('@playwright/test');
  const { storage, pages } = seededPages(dist, lib, rubrics, only);
  const chrome = await startChrome(executable);
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${chrome.port}`);
  const results = [];
  try {
    const context = browser.contexts()[0];
    const page = await context.newPage();
    await page.goto(`${base}/about/`);
    await page.evaluate((values) => {
      localStorage.clear();
      for (const [key, value] of Object.entries(values)) localStorage.setItem(key, value);
    }, storage);
    const cdp = await context.newCDPSession(page);
    for (const { name, path } of pages) {
      const runs = [];
      for (let run = 0; run < runCount; run++) {
        // A cold load every time, but with the seeded answers kept: clear the HTTP cache, not storage.
        await cdp.send('Network.clearBrowserCache');
        const runner = await lighthouse(`${base}${path}`, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          disableStorageReset: true,
          onlyCategories: ['performance', 'accessibility', 'best-practices'],
        });
        runs.push(runner.lhr);
      }
      results.push(summary(name, path, runs));
    }
  } finally {
    await browser.close().catch(() => undefined);
    await chrome.stop();
  }
  return results;
}

export function printLighthouseScores(lighthouse, runs) {
  console.log(`\nLighthouse, mobile (median of ${runs} runs; the last column is each run's performance)\n`);
  console.log(
    table([
      ['page', 'performance', 'accessibility', 'best practices', 'LCP', 'TBT', 'CLS', 'runs'],
      ...lighthouse.map((r) => [
        `${r.name} ${r.path}`,
        r.performance,
        r.accessibility,
        r.bestPractices,
        `${r.lcpMs} ms`,
        `${r.tbtMs} ms`,
        r.cls.toFixed(3),
        r.performanceRuns.join(' '),
      ]),
    ]),
  );
  for (const r of lighthouse.filter((r) => r.performance < 100)) {
    console.log(`  ${r.name}: audits below 90: ${r.lowAudits.join(', ') || 'none'}`);
    for (const shift of r.layoutShifts) console.log(`    layout shift ${shift.score}: ${shift.node}`);
    for (const task of r.longTasks)
      console.log(`    long task ${task.durationMs} ms at ${task.startMs} ms: ${task.url}`);
  }
}
