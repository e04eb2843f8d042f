// `npm run fuzz`: runs the fast-check properties of every decoder 100,000 times each (FUZZ_RUNS=n to change
// that), then prints a table by decoder: properties, cases run, failures and time. Each property reports
// itself through the runs() helper of tests/share-fixtures.ts, which appends a line to FUZZ_REPORT.
// Exits non-zero when any property (or any other test in these files) fails.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * The test files holding properties of a decoder, and the decoder each file's properties exercise: a name,
 * a function of the describe block, or null for the describe block's own name.
 */
const FILES = {
  'tests/unit/decoders.test.ts': null, // one describe block per decoder, named after it
  'tests/unit/share-code.test.ts': 'decodeShareCode',
  'tests/unit/share-code/school.test.ts': 'decodeShareCode',
  'tests/unit/files.test.ts': 'importAssessmentJson',
  'tests/unit/saved.test.ts': 'readSavedAssessment',
  'tests/unit/snapshots.test.ts': 'readSnapshots',
  // The workshop's own tests: its stored data, batches of responses, aggregation (named by describe block).
  'tests/unit/workshop.test.ts': (block) => `workshop: ${block}`,
  'tests/unit/csv.test.ts': 'assessmentCsv (export)',
};

const runs = process.env.FUZZ_RUNS ?? '100000';
const files = Object.keys(FILES).filter((file) => existsSync(file));
const report = join(tmpdir(), `dcsa-fuzz-${process.pid}.jsonl`);
const summary = join(tmpdir(), `dcsa-fuzz-${process.pid}.json`);
rmSync(report, { force: true });

console.log(`Fuzzing with ${runs} cases per property: ${files.join(', ')}`);
const started = Date.now();
const status =
  spawnSync(
    'npx',
    [
      'vitest',
      'run',
      '--reporter=dot',
      '--reporter=json',
      `--outputFile.json=${summary}`,
      // A property of 100,000 cases takes far longer than a unit test may: a day, as propertyTimeout says.
      '--testTimeout=86400000',
      ...files,
    ],
    {
      stdio: 'inherit',
      env: { ...process.env, FUZZ_RUNS: runs, FUZZ_REPORT: report, ASTRO_TELEMETRY_DISABLED: '1' },
    },
  ).status ?? 1;

const lines = existsSync(report)
  ? readFileSync(report, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line))
  : [];
const rows = new Map();
for (const { file, test, cases, failed, ms } of lines) {
  const label = FILES[`tests/unit/${file}`];
  const block = test.split(' > ')[0];
  const decoder = typeof label === 'function' ? label(block) : (label ?? block);
  const row = rows.get(decoder) ?? { properties: 0, cases: 0, failures: 0, ms: 0 };
  row.properties += 1;
  row.cases += cases;
  row.failures += failed ? 1 : 0;
  row.ms += ms;
  rows.set(decoder, row);
}

let tests = { total: 0, failed: 0 };
try {
  const json = JSON.parse(readFileSync(summary, 'utf8'));
  tests = { total: json.numTotalTests, failed: json.numFailedTests };
} catch {
  tests.failed = 1;
}
rmSync(report, { force: true });
rmSync(summary, { force: true });

const table = [
  ['decoder', 'properties', 'cases', 'failures', 'time'],
  ...[...rows].map(([decoder, r]) => [
    decoder,
    String(r.properties),
    r.cases.toLocaleString('en-US'),
    String(r.failures),
    `${(r.ms / 1000).toFixed(1)} s`,
  ]),
];
const widths = table[0].map((_, column) => Math.max(...table.map((row) => row[column].length)));
const format = (row) =>
  row
    .map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column])))
    .join('  ');
console.log(`\n${format(table[0])}\n${widths.map((w) => '-'.repeat(w)).join('  ')}`);
for (const row of table.slice(1)) console.log(format(row));
const failures = [...rows.values()].reduce((sum, r) => sum + r.failures, 0);
console.log(
  `\n${lines.length} properties, ${failures} failed; ${tests.total} tests, ${tests.failed} failed; ` +
    `${((Date.now() - started) / 1000).toFixed(0)} s in all`,
);
process.exit(status === 0 && failures === 0 && tests.failed === 0 ? 0 : 1);
