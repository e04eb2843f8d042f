// `npm run faults`: the fault-injection suite. Every write path (answers, notes, counts, targets, snapshots,
// workshop responses, consensus, preferences) meets storage that throws on write, storage that is full,
// storage blocked for the page and a second tab writing the same key, FAULT_RUNS times each with random
// changes (200 unless set; `npm test` runs the same file twice each). Then the browser cases, on the built
// site: a board and a results page with storage really full, and two tabs typing at once (run
// `npm run build` first). Exits non-zero when anything fails.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FAULT_RUNS: process.env.FAULT_RUNS ?? '200' };
const run = (command, args) => spawnSync(command, args, { stdio: 'inherit', env }).status ?? 1;

console.log(`Fault injection at the stores, ${env.FAULT_RUNS} random changes a path and fault…`);
const stores = run('npx', ['vitest', 'run', '--project', 'unit', 'tests/unit/faults.test.ts']);

let browser = 1;
if (existsSync('dist/index.html')) {
  console.log('\nFault injection in the browser, on the built site…');
  browser = run('npx', [
    'playwright',
    'test',
    'tests/e2e/storage-full.spec.ts',
    'tests/e2e/two-tabs.spec.ts',
    'tests/e2e/storage.spec.ts',
    '--workers=1',
  ]);
} else {
  console.log('\nNo built site (dist/): run `npm run build` for the browser cases.');
}
console.log(
  `\nstores: ${stores === 0 ? 'passed' : 'FAILED'}; browser: ${browser === 0 ? 'passed' : 'FAILED'}`,
);
process.exit(stores === 0 && browser === 0 ? 0 : 1);
