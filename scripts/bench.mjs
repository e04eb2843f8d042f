// `npm run bench`: builds the site, serves it (astro preview on a free port) and measures what a person gets:
//   1. gzipped JS, CSS and HTML of every page (scripts/page-weight.mjs, as the budget tests count them);
//   2. Lighthouse mobile scores (performance, accessibility, best practices) with LCP, TBT and CLS for the
//      home page, a questionnaire, a results page and a print page seeded with answers, and the workshop
//      board seeded with responses;
//   3. the length of a share link for a full assessment of each rubric;
//   4. the workshop's timings: decoding 500 share codes and aggregating 500 responses.
// Prints a table of each, and writes everything to bench-results/<timestamp>.json to compare commits.
// Options: --no-build (measure the dist/ already built), --skip-lighthouse, --runs=N (Lighthouse runs per
// page, default 3; the median run is reported), --only=NAME (Lighthouse on the pages whose name has NAME).
// Chromium: CHROME_PATH, else CHROMIUM_PATH, else /usr/bin/chromium. Not part of `npm test`.
import { spawn, spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { pageWeight } from './page-weight.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const args = new Set(process.argv.slice(2));
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
const RUBRIC = 'coaching-conditions';
/** Lighthouse runs per page (--runs=N); the median is reported. */
const RUNS = Number([...args].find((a) => a.startsWith('--runs='))?.slice(7) ?? 3);
const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** A table as text: first row headings; columns after the first are right-aligned. */
function table(rows) {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((row) => String(row[c]).length)));
  const line = (row) =>
    row
      .map((cell, c) => (c === 0 ? String(cell).padEnd(widths[c]) : String(cell).padStart(widths[c])))
      .join('  ');
  return [line(rows[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(1).map(line)].join('\n');
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)];

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitFor(url, timeoutMs = 60_000) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}

/** The project's own TypeScript (share codes, workshop, rubric schema), bundled with esbuild for Node. */
async function loadLib() {
  const { build } = await import('esbuild');
  const hasWorkshop = existsSync(join(root, 'src/lib/workshop/index.ts'));
  const contents = [
    "export { encodeShareCode, decodeShareCode, shareFragment } from './src/lib/share-code/index.ts';",
    "export { rubricSchema } from './src/lib/schema/rubric.ts';",
    "export { outlineOf } from './src/lib/outline.ts';",
    hasWorkshop ? "export { aggregateResponses, writeWorkshop } from './src/lib/workshop/index.ts';" : '',
  ].join('\n');
  // Written inside node_modules so that the packages it imports resolve as they do for the site.
  const out = join(root, 'node_modules/.cache/dcsa-bench/lib.mjs');
  mkdirSync(dirname(out), { recursive: true });
  await build({
    stdin: { contents, resolveDir: root, loader: 'ts' },
    bundle: true,
    packages: 'external',
    platform: 'node',
    format: 'esm',
    outfile: out,
    logLevel: 'error',
  });
  return import(`${pathToFileURL(out).href}?${Date.now()}`);
}

/** The site's rubrics in English, parsed as the build parses them. */
async function loadRubrics(lib) {
  const { load } = await import('js-yaml');
  const dir = join(root, 'src/content/rubrics/en');
  return readdirSync(dir)
    .filter((file) => file.endsWith('.yaml'))
    .map((file) => ({
      id: file.replace(/\.yaml$/, ''),
      data: lib.rubricSchema.parse(load(readFileSync(join(dir, file), 'utf8'))),
    }));
}

/** A small deterministic random number generator, so every bench run measures the same responses. */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A complete assessment: every item answered (now and then "not sure"), every count, every target. */
function fullAssessment(entry, rand = random(1), note = '') {
  const assessment = {
    rubric: entry.id,
    ratings: {},
    counts: {},
    notes: {},
    targets: {},
    updatedAt: '2026-11-23T14:02:00.000Z',
  };
  for (const dimension of entry.data.dimensions) {
    assessment.targets[dimension.id] = 3;
    for (const item of dimension.items) {
      if (item.kind === 'count')
        assessment.counts[item.id] = 1 + Math.floor(rand() * item.recommendedMax * 2);
      else assessment.ratings[item.id] = rand() < 0.08 ? 'unsure' : Math.floor(rand() * 5);
      if (note) assessment.notes[item.id] = note;
    }
  }
  return assessment;
}

async function shareLinkLengths(lib, rubrics) {
  const origin = 'https://example.org';
  const note = 'Monthly coaching network since 2025; agendas shared with every principal.';
  const rows = [];
  for (const entry of rubrics) {
    const bare = await lib.encodeShareCode(fullAssessment(entry), entry, { notes: false, profile: false });
    const noted = fullAssessment(entry, random(1), note);
    Object.assign(noted, { district: 'Lakeview Unified School District', role: 'Superintendent' });
    const withText = await lib.encodeShareCode(noted, entry, { notes: true, profile: true });
    const link = (code) => `${origin}/results/${entry.id}/${lib.shareFragment(code)}`.length;
    rows.push({
      rubric: entry.id,
      items: entry.data.dimensions.reduce((n, d) => n + d.items.length, 0),
      codeLength: bare.length,
      linkLength: link(bare),
      withNotesCodeLength: withText.length,
      withNotesLinkLength: link(withText),
    });
  }
  return { origin, note, rows };
}

async function workshopTimings(lib, rubrics) {
  if (!lib.aggregateResponses) return null;
  const entry = rubrics.find((r) => r.id === RUBRIC);
  const rand = random(500);
  const assessments = Array.from({ length: 500 }, () => fullAssessment(entry, rand));
  const codes = await Promise.all(
    assessments.map((a) => lib.encodeShareCode(a, entry, { notes: false, profile: false })),
  );
  const outline = lib.outlineOf(entry.data);
  const roles = assessments.map((_, i) => ['principal', 'district-staff', 'coach', undefined][i % 4]);
  const decodeMs = [];
  const aggregateMs = [];
  const byRoleMs = [];
  for (let round = 0; round < 7; round++) {
    let start = performance.now();
    const decoded = [];
    for (const code of codes) {
      const result = await lib.decodeShareCode(code, rubrics);
      if (!result.ok) throw new Error(`a bench code did not decode: ${result.error.message}`);
      decoded.push(result.assessment);
    }
    decodeMs.push(performance.now() - start);
    start = performance.now();
    lib.aggregateResponses(outline, decoded);
    aggregateMs.push(performance.now() - start);
    start = performance.now();
    lib.aggregateResponses(outline, decoded, { roles });
    byRoleMs.push(performance.now() - start);
  }
  return {
    responses: codes.length,
    rubric: RUBRIC,
    rounds: decodeMs.length,
    decodeMs: median(decodeMs),
    aggregateMs: median(aggregateMs),
    aggregateByRoleMs: median(byRoleMs),
  };
}

/**
 * How long the workshop board takes to show 500 responses in Chromium: the median time from pressing
 * "Reveal the ratings" to the next frame, with the board (aggregation and rendering) drawn in between.
 */
async function boardRenderTimings(base, lib, rubrics) {
  if (!lib.writeWorkshop || !existsSync(join(dist, 'team', RUBRIC, 'index.html'))) return null;
  const { chromium } = await import('@playwright/test');
  const entry = rubrics.find((r) => r.id === RUBRIC);
  const rand = random(500);
  const workshop = lib.writeWorkshop({
    rubric: RUBRIC,
    startedAt: '2026-11-23T14:00:00.000Z',
    revealed: false,
    responses: Array.from({ length: 500 }, (_, i) => ({
      id: `bench${i}`,
      number: i + 1,
      addedAt: '2026-11-23T14:05:00.000Z',
      assessment: fullAssessment(entry, rand),
    })),
    consensus: {},
  });
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
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

function pageWeights() {
  const pages = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.html')) {
        const { js, css, html } = pageWeight(dist, path);
        pages.push({ route: `/${relative(dist, path).replace(/index\.html$/, '')}`, js, css, html });
      }
    }
  };
  walk(dist);
  return pages.sort((a, b) => a.route.localeCompare(b.route));
}

/** Starts a headless Chromium with a DevTools port; resolves to its port and a stop function. */
function startChrome(executable) {
  const profile = mkdtempSync(join(tmpdir(), 'dcsa-bench-chrome-'));
  const child = spawn(
    executable,
    [...CHROME_FLAGS, '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'],
    {
      stdio: ['ignore', 'ignore', 'pipe'],
    },
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

async function lighthouseScores(base, lib, rubrics) {
  const executable = [process.env.CHROME_PATH, process.env.CHROMIUM_PATH, '/usr/bin/chromium'].find(
    (path) => path && existsSync(path),
  );
  if (!executable) throw new Error('No Chromium: set CHROME_PATH (Debian: apt-get install -y chromium).');
  process.env.CHROME_PATH = executable;
  const { default: lighthouse } = await import('lighthouse');
  const { chromium } = await import('@playwright/test');

  // What the seeded pages read: a full assessment of the rubric, and a revealed workshop of 12 responses.
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
  if (hasTeam && lib.writeWorkshop)
    storage[`dcsa:workshop:${RUBRIC}`] = lib.writeWorkshop({
      rubric: RUBRIC,
      startedAt: '2026-11-23T14:00:00.000Z',
      revealed: true,
      responses: Array.from({ length: 12 }, (_, i) => ({
        id: `bench${i}`,
        number: i + 1,
        addedAt: '2026-11-23T14:05:00.000Z',
        ...(i % 3 === 0 ? {} : { role: i % 3 === 1 ? 'principal' : 'coach' }),
        assessment: fullAssessment(entry, rand),
      })),
      consensus: {},
    });

  const pages = [
    { name: 'home', path: '/' },
    { name: 'questionnaire', path: `/assess/${RUBRIC}/` },
    { name: 'questionnaire (French)', path: `/fr/assess/${RUBRIC}/` },
    { name: 'results (seeded)', path: `/results/${RUBRIC}/` },
    { name: 'print (seeded)', path: `/print/${RUBRIC}/` },
    ...(hasTeam ? [{ name: 'team (seeded)', path: `/team/${RUBRIC}/` }] : []),
  ];
  const only = [...args].find((a) => a.startsWith('--only='))?.slice('--only='.length);
  if (only) pages.splice(0, pages.length, ...pages.filter((p) => p.name.includes(only)));
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
      for (let run = 0; run < RUNS; run++) {
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
      results.push({
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
      });
    }
  } finally {
    await browser.close().catch(() => undefined);
    await chrome.stop();
  }
  return results;
}

// ---------------------------------------------------------------------------------------------------------

if (!args.has('--no-build')) {
  console.log('Building the site…');
  if (
    spawnSync('npx', ['astro', 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'], env })
      .status !== 0
  )
    throw new Error('The site did not build.');
}

const port = await freePort();
const base = `http://127.0.0.1:${port}`;
const preview = spawn('npx', ['astro', 'preview', '--host', '127.0.0.1', '--port', String(port)], {
  cwd: root,
  env,
  stdio: 'ignore',
  detached: true,
});
const stopPreview = () => {
  try {
    process.kill(-preview.pid, 'SIGTERM');
  } catch {
    // Already gone.
  }
};
process.on('exit', stopPreview);

try {
  await waitFor(`${base}/`);
  const lib = await loadLib();
  const rubrics = await loadRubrics(lib);

  const weights = pageWeights();
  console.log(`\nPage weight (gzipped, as loaded at start)\n`);
  console.log(
    table([['page', 'JS', 'CSS', 'HTML'], ...weights.map((w) => [w.route, kb(w.js), kb(w.css), kb(w.html)])]),
  );

  const share = await shareLinkLengths(lib, rubrics);
  console.log(
    `\nShare link for a full assessment (every item, count and target; links on ${share.origin})\n`,
  );
  console.log(
    table([
      ['rubric', 'items', 'code', 'link', 'code with notes*', 'link with notes*'],
      ...share.rows.map((r) => [
        r.rubric,
        r.items,
        r.codeLength,
        r.linkLength,
        r.withNotesCodeLength,
        r.withNotesLinkLength,
      ]),
    ]),
  );
  console.log(`* a ${share.note.length}-character note on every item, plus district and role`);

  const workshop = await workshopTimings(lib, rubrics);
  if (workshop) {
    console.log(
      `\nWorkshop: ${workshop.responses} responses to ${workshop.rubric} (median of ${workshop.rounds} rounds)\n`,
    );
    console.log(
      table([
        ['step', 'time'],
        [`decode ${workshop.responses} share codes`, `${workshop.decodeMs.toFixed(1)} ms`],
        [`aggregateResponses over ${workshop.responses}`, `${workshop.aggregateMs.toFixed(1)} ms`],
        ['… with a breakdown by role', `${workshop.aggregateByRoleMs.toFixed(1)} ms`],
      ]),
    );
  } else console.log('\nWorkshop: src/lib/workshop/index.ts is missing, so there is nothing to time.');

  const board = await boardRenderTimings(base, lib, rubrics);
  if (board)
    console.log(
      `\nWorkshop board in Chromium: ${board.responses} responses revealed and drawn (${board.rows} rows) in ${board.revealMs.toFixed(1)} ms (median of 7)`,
    );

  let lighthouse = null;
  if (!args.has('--skip-lighthouse')) {
    console.log('\nRunning Lighthouse (mobile, simulated throttling)…');
    lighthouse = await lighthouseScores(base, lib, rubrics);
    console.log(`\nLighthouse, mobile (median of ${RUNS} runs; the last column is each run's performance)\n`);
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

  const commit = spawnSync('git', ['rev-parse', '--short', 'HEAD'], {
    cwd: root,
    encoding: 'utf8',
  }).stdout?.trim();
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const outDir = join(root, 'bench-results');
  mkdirSync(outDir, { recursive: true });
  const file = join(outDir, `${stamp}.json`);
  writeFileSync(
    file,
    `${JSON.stringify({ date: new Date().toISOString(), commit: commit || null, weights, share, workshop, board, lighthouse }, null, 2)}\n`,
  );
  console.log(`\nWritten to ${relative(root, file)}`);
} finally {
  stopPreview();
}
