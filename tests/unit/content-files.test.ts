import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { rubricSchema } from '../../src/lib/schema/rubric';

const dir = join(import.meta.dirname, '../../src/content/rubrics/en');
const files = readdirSync(dir).filter((name) => name.endsWith('.yaml'));

describe('rubric content files', () => {
  it('has the three rubrics of the design', () => {
    expect(files.sort()).toEqual([
      'coach-deployment.yaml',
      'coaching-conditions.yaml',
      'district-office-support.yaml',
    ]);
  });

  for (const file of files) {
    it(`${file} matches the rubric schema`, () => {
      const result = rubricSchema.safeParse(load(readFileSync(join(dir, file), 'utf8')));
      expect(result.success ? [] : result.error.issues).toEqual([]);
    });
  }
});
