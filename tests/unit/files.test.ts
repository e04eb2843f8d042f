import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Assessment } from '../../src/lib/assessment';
import { resultsEn as en } from '../../src/i18n/results-en';
import {
  exportAssessmentJson,
  exportFileName,
  importAssessmentJson,
  MAX_IMPORT_BYTES,
  type ImportResult,
} from '../../src/lib/files';
import { writeSavedAssessment } from '../../src/lib/saved';
import {
  fullAssessment,
  anyImportTextArb,
  loadRubric,
  propertyTimeout,
  realRubrics,
  rubricAndAssessmentArb,
  runs,
} from '../share-fixtures';

const conditions = loadRubric('coaching-conditions');
const EXPORTED = new Date('2026-11-24T09:00:00.000Z');

const sample: Assessment = {
  rubric: 'coaching-conditions',
  ratings: { 'peer-meetings': 3, 'peer-dialogue': 'unsure' },
  counts: {},
  notes: { 'peer-meetings': 'Monthly network since 2025' },
  targets: { 'peer-collaboration': 4 },
  district: 'Springfield Unified',
  role: 'Superintendent',
  updatedAt: '2026-11-23T14:02:31.250Z',
};

const exported = (assessment: unknown, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ format: 'district-coaching-assessment', version: 1, assessment, ...extra });

/** A refused import's code, and the sentence the English interface shows for it. */
function refusal(result: ImportResult): { code: string; message: string } {
  expect(result.ok).toBe(false);
  return result.ok
    ? { code: '', message: '' }
    : { code: result.error.code, message: en.fileError(result.error) };
}

describe('exportAssessmentJson', () => {
  it('writes the documented format, pretty-printed', () => {
    const text = exportAssessmentJson(sample, 'Conditions for Learning Coaches', EXPORTED);
    expect(JSON.parse(text)).toEqual({
      format: 'district-coaching-assessment',
      version: 1,
      exportedAt: '2026-11-24T09:00:00.000Z',
      rubricTitle: 'Conditions for Learning Coaches',
      assessment: sample,
    });
    expect(text).toContain('\n  "format": "district-coaching-assessment",\n');
    expect(text.endsWith('}\n')).toBe(true);
  });

  it('names files after the rubric and the day', () => {
    expect(exportFileName('coaching-conditions', 'json', EXPORTED)).toBe(
      'coaching-conditions-2026-11-24.json',
    );
    expect(exportFileName('coach-deployment', 'csv', EXPORTED)).toBe('coach-deployment-2026-11-24.csv');
  });
});

describe('importAssessmentJson', () => {
  it('reads back an exported file', () => {
    expect(importAssessmentJson(exportAssessmentJson(sample, 'Title', EXPORTED), realRubrics)).toStrictEqual({
      ok: true,
      assessment: sample,
      rubricId: 'coaching-conditions',
    });
  });

  it('reads a file saved with a byte order mark', () => {
    expect(importAssessmentJson(`\uFEFF${exported(sample)}`, realRubrics)).toMatchObject({ ok: true });
  });

  it('reads the envelope kept in browser storage', () => {
    expect(importAssessmentJson(writeSavedAssessment(sample), realRubrics)).toStrictEqual({
      ok: true,
      assessment: sample,
      rubricId: 'coaching-conditions',
    });
  });

  it('ignores fields it does not know', () => {
    const result = importAssessmentJson(exported({ ...sample, extra: 1 }, { comment: 'hi' }), realRubrics);
    expect(result).toStrictEqual({ ok: true, assessment: sample, rubricId: 'coaching-conditions' });
  });

  it('refuses an empty file', () => {
    for (const text of ['', '  \n', '\uFEFF'])
      expect(refusal(importAssessmentJson(text, realRubrics))).toEqual({
        code: 'empty',
        message: 'This file is empty.',
      });
  });

  it('refuses a file over 1 MB before reading it', () => {
    const padded = exported({ ...sample, notes: { 'peer-meetings': 'x'.repeat(MAX_IMPORT_BYTES) } });
    expect(refusal(importAssessmentJson(padded, realRubrics))).toEqual({
      code: 'too-large',
      message: 'This file is too large to be an assessment exported from this site (the limit is 1 MB).',
    });
    // 400,000 three-byte characters: short as a string, over the limit as UTF-8 bytes.
    expect(refusal(importAssessmentJson('€'.repeat(400_000), realRubrics)).code).toBe('too-large');
  });

  it('refuses text that is not JSON', () => {
    expect(refusal(importAssessmentJson('Dimension,Item\r\nClarity,Vision', realRubrics))).toEqual({
      code: 'not-json',
      message: 'This file is not an assessment exported from this site: its contents are not JSON.',
    });
  });

  it('refuses JSON in another format', () => {
    for (const text of ['[1,2]', '"text"', 'null', '{"format":"something-else","version":1}', '{"a":1}'])
      expect(refusal(importAssessmentJson(text, realRubrics))).toEqual({
        code: 'not-ours',
        message: 'This file is not an assessment exported from this site: it is JSON, but in another format.',
      });
  });

  it('refuses a file from a newer version of the site, saying so', () => {
    const text = JSON.stringify({ format: 'district-coaching-assessment', version: 3, assessment: {} });
    expect(refusal(importAssessmentJson(text, realRubrics))).toEqual({
      code: 'newer',
      message:
        'This file was exported by a newer version of this site (file format 3). Open it on an up-to-date copy of the site.',
    });
  });

  it('refuses a version this site never used', () => {
    for (const version of [0, 1.5, '1', null])
      expect(refusal(importAssessmentJson(exported(sample, { version }), realRubrics))).toEqual({
        code: 'version',
        message: 'This file is not in the expected shape: its “version” is not one this site uses.',
      });
  });

  it('refuses a wrong shape, naming the field', () => {
    const text = exported({ ...sample, ratings: { 'peer-meetings': 5 } });
    expect(refusal(importAssessmentJson(text, realRubrics))).toEqual({
      code: 'shape',
      message:
        'This file is not in the expected shape: the value at “assessment.ratings.peer-meetings” is missing or not valid.',
    });
    const missing = exported({ ...sample, updatedAt: undefined });
    expect(refusal(importAssessmentJson(missing, realRubrics)).message).toContain('“assessment.updatedAt”');
  });

  it('refuses an assessment of a rubric this site does not have', () => {
    expect(
      refusal(importAssessmentJson(exported({ ...sample, rubric: 'teacher-leadership' }), realRubrics)),
    ).toEqual({
      code: 'rubric',
      message: 'This file is for a rubric this site does not have (“teacher-leadership”).',
    });
  });

  it('refuses answers to items and dimensions the rubric does not have, naming up to three', () => {
    const text = exported({
      ...sample,
      ratings: { ...sample.ratings, 'old-one': 2, 'old-two': 1 },
      counts: { 'peer-meetings': 3 },
      targets: { 'old-dimension': 2 },
      notes: { 'old-one': 'kept' },
    });
    expect(refusal(importAssessmentJson(text, realRubrics))).toEqual({
      code: 'unknown-ids',
      message:
        'This file has answers to questions that this version of the rubric does not have: “old-one”, “old-two”, “peer-meetings” and 1 more.',
    });
  });

  it(
    'never throws on arbitrary text and arbitrary JSON',
    () => {
      fc.assert(
        fc.property(anyImportTextArb, (text) => {
          const result = importAssessmentJson(text, realRubrics);
          if (!result.ok) expect(en.fileError(result.error)).toMatch(/^This file /);
        }),
        runs(300),
      );
    },
    propertyTimeout,
  );

  it(
    'never throws on any JSON value',
    () => {
      fc.assert(
        fc.property(fc.jsonValue(), (value) => {
          expect(() => importAssessmentJson(JSON.stringify(value) ?? '', realRubrics)).not.toThrow();
        }),
        runs(300),
      );
    },
    propertyTimeout,
  );

  it(
    'reads back every exported assessment',
    () => {
      fc.assert(
        fc.property(rubricAndAssessmentArb, fc.boolean(), ({ entry, assessment }, asEnvelope) => {
          const text = asEnvelope
            ? writeSavedAssessment(assessment)
            : exportAssessmentJson(assessment, entry.data.title, EXPORTED);
          expect(importAssessmentJson(text, realRubrics)).toStrictEqual({
            ok: true,
            assessment,
            rubricId: entry.id,
          });
        }),
        runs(300),
      );
    },
    propertyTimeout,
  );

  it('reads a complete assessment of every rubric', () => {
    for (const entry of realRubrics) {
      const text = exportAssessmentJson(fullAssessment(entry), entry.data.title, EXPORTED);
      expect(importAssessmentJson(text, realRubrics)).toMatchObject({ ok: true, rubricId: entry.id });
    }
    expect(conditions.data.dimensions).toHaveLength(4);
  });
});
