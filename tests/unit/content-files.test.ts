import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { unknownReferences } from '../../src/lib/insights';
import { insightsFileSchema } from '../../src/lib/schema/insight';
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

describe('insights content', () => {
  const rubrics = files.map((file) => ({
    id: file.replace(/\.yaml$/, ''),
    data: rubricSchema.parse(load(readFileSync(join(dir, file), 'utf8'))),
  }));
  const parsed = insightsFileSchema.safeParse(
    load(readFileSync(join(dir, '../../insights/en.yaml'), 'utf8')),
  );

  it('en.yaml matches the insights schema', () => {
    expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
  });

  it('refers only to rubrics, dimensions and count items that exist', () => {
    expect(unknownReferences(parsed.success ? parsed.data.insights : [], rubrics)).toEqual([]);
  });

  it('flags more than two schools per coach and the missing central structure', () => {
    const ids = parsed.success ? parsed.data.insights.map((i) => i.id) : [];
    expect(ids).toEqual(expect.arrayContaining(['too-many-schools', 'central-structure-first']));
  });
});
