// `npm run bench`: builds the site, serves it (astro preview on a free port) and measures what a person gets:
//   1. gzipped JS, CSS and HTML of every page (scripts/page-weight.mjs, as the budget tests count them);
//   2. Lighthouse mobile scores (performance, accessibility, best practices) with LCP, TBT and CLS for the
//      home page, a questionnaire, a results page and a print page seeded with answers, and the workshop
//      board seeded with responses;
//   3. the length of a share link for a full assessment of each rubric;
//   4. the workshop's timings: decoding 500 share codes and aggregating 500 responses;
//   5. the workshop board in Chromium with 1,000 responses: a keystroke in the paste box and in a dissent
//      note, Reveal, and refusing a link that inflates to 145 MB (time and peak memory);
//   6. the roll-up with 2,000 responses from 150 schools: gathering them, Reveal, opening it and switching
//      between its views.
// Each measurement is a module in scripts/bench/. Prints a table of each, and writes everything to
// bench-results/<timestamp>.json to compare commits.
// Options: --no-build (measure the dist/ already built), --skip-lighthouse, --runs=N (Lighthouse runs per
// page, default 3; the median run is reported), --only=NAME (Lighthouse on the pages whose name has NAME).
// Chromium: scripts/lib/chromium.mjs (CHROMIUM_PATH, else CHROME_PATH, else /usr/bin/chromium). Not part of
// `npm test`.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lighthouseScores, printLighthouseScores } from './bench/lighthouse.mjs';
import { pageWeights, printPageWeights } from './bench/page-weights.mjs';
import { loadLib, loadRubrics } from './bench/project.mjs';
import { buildSite, serveSite } from './bench/server.mjs';
import { printShareLinkLengths, shareLinkLengths } from './bench/share-links.mjs';
import { printWorkshopTimings, workshopTimings } from './bench/workshop-timings.mjs';
import { printWorkshopBoardTimings, workshopBoardTimings } from './bench/workshop-board.mjs';
import { printRollupBoardTimings, rollupBoardTimings } from './bench/rollup-board.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const args = process.argv.slice(2);
const option = (name) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
/** Lighthouse runs per page (--runs=N); the median is reported. */
const RUNS = Number(option('runs') ?? 3);

if (!args.includes('--no-build')) buildSite(root);
const site = await serveSite(root);
try {
  const lib = await loadLib(root);
  const rubrics = await loadRubrics(root, lib);

  const weights = pageWeights(dist);
  printPageWeights(weights);
  const share = await shareLinkLengths(lib, rubrics);
  printShareLinkLengths(share);
  const workshop = await workshopTimings(lib, rubrics);
  printWorkshopTimings(workshop);
  const board = await workshopBoardTimings(dist, site.base, lib, rubrics);
  printWorkshopBoardTimings(board);
  const rollup = await rollupBoardTimings(dist, site.base, lib, rubrics);
  printRollupBoardTimings(rollup);

  let lighthouse = null;
  if (!args.includes('--skip-lighthouse')) {
    console.log('\nRunning Lighthouse (mobile, simulated throttling)…');
    lighthouse = await lighthouseScores(dist, site.base, lib, rubrics, { runs: RUNS, only: option('only') });
    printLighthouseScores(lighthouse, RUNS);
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
    `${JSON.stringify({ date: new Date().toISOString(), commit: commit || null, weights, share, workshop, board, rollup, lighthouse }, null, 2)}\n`,
  );
  console.log(`\nWritten to ${relative(root, file)}`);
} finally {
  site.stop();
}
