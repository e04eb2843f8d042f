// Runs every test: builds the site, then the checks that cannot be skipped (eslint and prettier through
// `npm run lint`, and `astro check`, both with zero warnings, side by side), then the unit and component
// tests (vitest, which include the checks on the built site), then the browser journeys (Playwright).
// Prints one closing line, "N passed, N failed", adding up both runners (a failed lint or check counts as
// one failure), and exits non-zero if anything failed.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';

const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
const run = (command, args, extraEnv = {}) =>
  spawnSync(command, args, { stdio: 'inherit', env: { ...env, ...extraEnv } }).status ?? 1;
/** Runs a command with its output held back, so two can run at once and still print in one piece. */
const runQuietly = (command, args) =>
  new Promise((resolve) => {
    const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    const chunks = [];
    child.stdout.on('data', (chunk) => chunks.push(chunk));
    child.stderr.on('data', (chunk) => chunks.push(chunk));
    child.on('error', (error) => chunks.push(Buffer.from(String(error))));
    child.on('close', (status) => {
      process.stdout.write(Buffer.concat(chunks));
      resolve(status ?? 1);
    });
  });
const readJson = (path) => {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
};

mkdirSync('test-reports', { recursive: true });
rmSync('test-reports/vitest.json', { force: true });
rmSync('test-reports/playwright.json', { force: true });

if (run('npx', ['astro', 'build']) !== 0) {
  console.log('The site did not build, so no test ran.');
  console.log('0 passed, 1 failed');
  process.exit(1);
}

// The build has written Astro's generated types (.astro/), which both checks read: neither syncs again,
// so neither rewrites them under the other.
console.log('\nlint and astro check, side by side (each prints when it ends)…');
const checks = [
  ['lint', 'npm', ['run', 'lint', '--ignore-scripts']],
  ['astro check', 'npm', ['run', 'check', '--', '--noSync']],
];
const checkStatuses = await Promise.all(checks.map(([, command, args]) => runQuietly(command, args)));
const failedChecks = checks.filter((_, index) => checkStatuses[index] !== 0).map(([name]) => name);

const vitestStatus = run('npx', [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  '--outputFile.json=test-reports/vitest.json',
]);
const playwrightStatus = run('npx', ['playwright', 'test', '--reporter=list,json'], {
  PLAYWRIGHT_JSON_OUTPUT_NAME: 'test-reports/playwright.json',
});

const vitest = readJson('test-reports/vitest.json');
const playwright = readJson('test-reports/playwright.json');
let passed = 0;
let failed = 0;
if (vitest) {
  passed += vitest.numPassedTests;
  failed += vitest.numFailedTests;
} else failed += 1;
if (playwright) {
  passed += playwright.stats.expected + playwright.stats.flaky;
  failed += playwright.stats.unexpected;
} else failed += 1;
failed += failedChecks.length;
// A runner that crashed before reporting counts as a failure even when its report looks clean.
if (failed === 0 && (vitestStatus !== 0 || playwrightStatus !== 0)) failed = 1;

console.log(`\nvitest: exit ${vitestStatus}; playwright: exit ${playwrightStatus}`);
if (failedChecks.length > 0)
  console.log(`Failed checks: ${failedChecks.join(', ')} (see their output above).`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
