import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
const copies: string[] = [];

/**
 * Builds a copy of the project in which one content file has been changed by `breakIt`. `file` is relative
 * to src/content/rubrics/en; with `to`, the changed text is written there instead (relative to
 * src/content/rubrics), leaving the original in place.
 */
function buildWith(file: string, breakIt: (yaml: string) => string, to?: string) {
  const copy = mkdtempSync(join(tmpdir(), 'dcsa-broken-'));
  copies.push(copy);
  for (const entry of ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
    cpSync(join(root, entry), join(copy, entry), { recursive: true });
  }
  symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'));
  const path = join(copy, 'src/content/rubrics/en', file);
  const target = to === undefined ? path : join(copy, 'src/content/rubrics', to);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, breakIt(readFileSync(path, 'utf8')));
  const result = spawnSync('npx', ['astro', 'build'], {
    cwd: copy,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

afterAll(() => {
  for (const copy of copies) rmSync(copy, { recursive: true, force: true });
});

describe('content validation at build time', () => {
  it('fails the build with a message naming the file and the field of a missing level descriptor', () => {
    const { status, output } = buildWith('coaching-conditions.yaml', (yaml) => {
      // Drop the first descriptor of the first item: four levels left instead of five.
      const start = yaml.indexOf('levels:', yaml.indexOf('dimensions:'));
      const lineEnd = yaml.indexOf('\n', yaml.indexOf('\n', start) + 1);
      return yaml.slice(0, yaml.indexOf('\n', start)) + yaml.slice(lineEnd);
    });
    expect(status).not.toBe(0);
    expect(output).toContain('en/coaching-conditions');
    expect(output).toContain(
      'dimensions.0.items.0.levels: needs exactly five descriptors, one for each level 0–4',
    );
  }, 60_000);

  it('fails the build with a message naming the file and the field when a language has other items', () => {
    // Every rubric in a made-up language "zz", one of them with an item renamed.
    const { status, output } = buildWith(
      'coaching-conditions.yaml',
      (yaml) => yaml.replace('id: peer-dialogue\n', 'id: peer-talk\n'),
      'zz/coaching-conditions.yaml',
    );
    expect(status).not.toBe(0);
    expect(output).toContain(
      'src/content/rubrics/zz/coaching-conditions.yaml → dimensions.0.items.1.id: is "peer-talk", but src/content/rubrics/en/coaching-conditions.yaml has "peer-dialogue" there',
    );
  }, 60_000);

  it('fails the build naming a dimension the facilitator’s guide has no questions for', () => {
    // The French guide loses its questions on one dimension of the deployment rubric.
    const { status, output } = buildWith('../../guide/fr.yaml', (yaml) =>
      yaml.replace(/\n {4}protected-focus:\n[\s\S]*?(?=\n {4}coaching-network:)/, ''),
    );
    expect(status).not.toBe(0);
    expect(output).toContain(
      'guide/fr.yaml → questions.coach-deployment.protected-focus: has no questions for “Priorité pédagogique protégée”; every dimension needs at least 2',
    );
  }, 60_000);
});
