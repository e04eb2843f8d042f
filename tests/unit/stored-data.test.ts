/**
 * The one check every reader of stored and imported data makes (answers, snapshots, workshops, files): dates
 * are real ISO dates in a sane range, counts within what their question accepts, ids the rubric knows;
 * and the one date helper every view uses, which never fails on a value it cannot format.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { needsUpgrade, type Assessment } from '../../src/lib/assessment';
import { importAssessmentJson } from '../../src/lib/files';
import { formatDate } from '../../src/lib/format';
import { outlineOf } from '../../src/lib/outline';
import { readSavedAssessment, writeSavedAssessment } from '../../src/lib/saved';
import { isIsoDate } from '../../src/lib/schema/date';
import { setAsideKind, unreadableFileName } from '../../src/lib/set-aside';
import { readSnapshots } from '../../src/lib/snapshots';
import { upgradeAssessment } from '../../src/lib/versions/upgrade';
import { readWorkshop } from '../../src/lib/workshop';
import { loadRubric, runs } from '../share-fixtures';

const RUBRIC = 'coach-deployment';
const deployment = loadRubric(RUBRIC).data;
const answers = (part: Partial<Assessment> = {}): Assessment => ({
  rubric: RUBRIC,
  ratings: {},
  counts: {},
  notes: {},
  updatedAt: '2026-11-23T14:02:00.000Z',
  ...part,
});

describe('isIsoDate', () => {
  it('takes every date the site writes, from 2000 to 2199', () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('2000-01-01T00:00:00Z'),
          max: new Date('2199-12-31T23:59:59Z'),
          noInvalidDate: true,
        }),
        (date) => isIsoDate(date.toISOString()) && isIsoDate(date.toISOString().slice(0, 10)),
      ),
      runs(500),
    );
  });

  it('refuses words, impossible days and times, and years out of range', () => {
    for (const value of [
      'yesterday',
      '',
      '2026-02-30',
      '2026-04-31T10:00:00Z',
      '2026-13-01',
      '2026-11-23T23:60:00Z',
      '2026-11-23T14:02',
      '1999-12-31T23:59:59.999Z',
      '2200-01-01T00:00:00.000Z',
      '+192000-01-01T00:00:00.000Z',
      new Date(8.64e15).toISOString(),
      ' 2026-11-23',
      20261123,
      null,
    ])
      expect(isIsoDate(value), String(value)).toBe(false);
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2026-11-23T14:02:00+01:00')).toBe(true);
  });

  it('never throws, and what it takes is a date a view can format', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.stringMatching(/^\d{4}-\d\d-\d\d(T\d\d:\d\d:\d\dZ)?$/)),
        (text) => {
          if (!isIsoDate(text)) return true;
          const year = new Date(text).getUTCFullYear();
          return year >= 2000 && year <= 2200 && formatDate(text, 'en') !== '—';
        },
      ),
      runs(2000),
    );
  });
});

describe('formatDate', () => {
  it('formats dates in the page’s language', () => {
    expect(formatDate('2026-11-23T14:02:00.000Z', 'en')).toBe('Nov 23, 2026');
    expect(formatDate('2026-11-23T14:02:00.000Z', 'fr', { dateStyle: 'long' })).toBe('23 novembre 2026');
  });

  it('shows an em dash for anything it cannot format, instead of failing or “Invalid Date”', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.double(), fc.constant(new Date(Number.NaN))), (value) => {
        const shown = formatDate(value, 'en');
        return typeof shown === 'string' && !shown.includes('Invalid');
      }),
      runs(500),
    );
    expect(formatDate('yesterday', 'en')).toBe('—');
    expect(formatDate(new Date(Number.NaN), 'fr', { dateStyle: 'long' })).toBe('—');
  });
});

describe('reading stored data with a bad date', () => {
  it('sets answers aside as unreadable, naming the field', () => {
    const raw = writeSavedAssessment(answers({ updatedAt: 'yesterday' }));
    expect(readSavedAssessment(raw, RUBRIC)).toEqual({
      ok: false,
      problem: 'invalid',
      raw,
      detail: 'its contents are not in the expected shape at assessment.updatedAt',
    });
    expect(
      readSavedAssessment(writeSavedAssessment(answers({ updatedAt: '+192000-01-01T00:00:00.000Z' })), RUBRIC)
        .ok,
    ).toBe(false);
  });

  it('refuses snapshots and workshops whose dates are not dates', () => {
    const snapshot = { id: 'a', label: 'Fall', savedAt: 'last week', assessment: answers() };
    expect(readSnapshots(JSON.stringify({ version: 1, snapshots: [snapshot] }))).toMatchObject({
      ok: false,
      detail: 'its contents are not in the expected shape at snapshots.0.savedAt',
    });
    const workshop = {
      rubric: RUBRIC,
      startedAt: '2026-11-23T14:00:00.000Z',
      revealed: false,
      responses: [{ id: 'r', number: 1, addedAt: 'now', assessment: answers() }],
      consensus: {},
    };
    expect(readWorkshop(JSON.stringify({ version: 1, workshop }), RUBRIC)).toMatchObject({
      ok: false,
      detail: 'its contents are not in the expected shape at workshop.responses.0.addedAt',
    });
  });

  it('refuses an imported file with such a date, saying where', () => {
    const file = JSON.stringify({
      format: 'district-coaching-assessment',
      version: 1,
      assessment: answers({ updatedAt: 'yesterday' }),
    });
    expect(importAssessmentJson(file, [{ id: RUBRIC, data: outlineOf(deployment) }])).toEqual({
      ok: false,
      error: { code: 'shape', path: 'assessment.updatedAt' },
    });
  });
});

describe('counts above what their question accepts', () => {
  const rubric = outlineOf(deployment);
  const max = deployment.dimensions.flatMap((d) => d.items).find((i) => i.id === 'schools-per-coach');

  it('keeps the largest accepted value in the outline the islands read', () => {
    expect(max).toMatchObject({ kind: 'count', max: 60 });
    expect(rubric.dimensions.flatMap((d) => d.items).find((i) => i.id === 'schools-per-coach')).toEqual({
      id: 'schools-per-coach',
      kind: 'count',
      max: 60,
    });
  });

  it('are refused in an imported file, naming the item', () => {
    const file = (count: number) =>
      JSON.stringify({ version: 1, assessment: answers({ counts: { 'schools-per-coach': count } }) });
    expect(importAssessmentJson(file(60), [{ id: RUBRIC, data: rubric }]).ok).toBe(true);
    expect(importAssessmentJson(file(61), [{ id: RUBRIC, data: rubric }])).toEqual({
      ok: false,
      error: { code: 'shape', path: 'assessment.counts.schools-per-coach' },
    });
  });

  it('are dropped from stored answers as a typing error, like the question itself would', () => {
    const stored = answers({ counts: { 'schools-per-coach': 75 }, ratings: {} });
    expect(needsUpgrade(stored, rubric)).toBe(true);
    const none = { rubric: RUBRIC, added: [], changes: [] };
    const { assessment } = upgradeAssessment(stored, rubric, none);
    expect(assessment.counts).toEqual({});
    expect(needsUpgrade(assessment, rubric)).toBe(false);
    expect(needsUpgrade(answers({ counts: { 'schools-per-coach': 60 } }), rubric)).toBe(false);
  });
});

describe('ids no layout of the rubric ever had, in stored answers', () => {
  const rubric = outlineOf(deployment);
  const firstItem = rubric.dimensions[0]!.items[0]!.id;

  it('are treated as removed items are: the rating and count dropped, the note kept and marked', () => {
    const stored = answers({
      ratings: { 'made-up': 3, [firstItem]: 2 },
      counts: { 'made-up-count': 4 },
      notes: { 'made-up': 'Written by hand' },
    });
    expect(needsUpgrade(stored, rubric)).toBe(true);
    const { assessment, report } = upgradeAssessment(stored, rubric, {
      rubric: RUBRIC,
      added: [],
      changes: [],
    });
    expect(assessment.ratings).toEqual({ [firstItem]: 2 });
    expect(assessment.counts).toEqual({});
    expect(assessment.notes).toEqual({ [firstItem]: '[made-up] Written by hand' });
    expect(report.movedNotes).toEqual([{ from: 'made-up', to: firstItem }]);
    expect(needsUpgrade(assessment, rubric)).toBe(false);
  });
});

describe('set-aside keys', () => {
  it('say what they hold', () => {
    expect(setAsideKind('dcsa:set-aside:coach-deployment')).toEqual({ kind: 'answers', rubric: RUBRIC });
    expect(setAsideKind('dcsa:set-aside:snapshots:coach-deployment')).toEqual({
      kind: 'snapshots',
      rubric: RUBRIC,
    });
    expect(setAsideKind('dcsa:set-aside:workshop:coach-deployment')).toEqual({
      kind: 'workshop',
      rubric: RUBRIC,
    });
    // The plan is one for every rubric, not answers to a rubric called "plan".
    expect(setAsideKind('dcsa:set-aside:plan')).toEqual({ kind: 'plan', rubric: 'district-plan' });
    for (const other of [
      'dcsa:set-aside:plan:coach-deployment',
      'dcsa:set-aside:',
      'dcsa:set-aside:workshop:',
      'dcsa:assessment:x',
    ])
      expect(setAsideKind(other), other).toBeNull();
  });

  it('name their downloads as the notices do, and never with a path', () => {
    expect(unreadableFileName('answers', RUBRIC)).toBe('coach-deployment-unreadable-saved-data.txt');
    expect(unreadableFileName('snapshots', RUBRIC)).toBe('coach-deployment-unreadable-snapshots.txt');
    expect(unreadableFileName('plan', 'district-plan')).toBe('district-plan-unreadable-saved-data.txt');
    expect(unreadableFileName(null, 'dcsa:set-aside:../x')).toBe('dcsa-set-aside-..-x.txt');
  });
});
