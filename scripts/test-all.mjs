// Runs every test: builds the site, then the unit and component tests (vitest, which include the
// checks on the built site), then the browser journeys (Playwright). Prints one closing line,
// "N passed, N failed", adding up both runners, and exits non-zero if anything failed.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';

const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
const run = (command, args, extraEnv = {}) =>
  spawnSync(command, args, { stdio: 'inherit', env: { ...env, ...extraEnv } }).status ?? 1;
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
// A runner that crashed before reporting counts as a failure even when its report looks clean.
if (failed === 0 && (vitestStatus !== 0 || playwrightStatus !== 0)) failed = 1;

console.log(`\nvitest: exit ${vitestStatus}; playwright: exit ${playwrightStatus}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
