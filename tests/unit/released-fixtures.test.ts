/**
 * What earlier versions of the site made (tests/fixtures/layout-<n>/, written by scripts/make-fixtures.ts
 * with that version's own encoders) still opens in this one, with every answer: exactly as it was made when
 * the layout is still the current one, otherwise moved by the recorded changes with nothing lost.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Assessment } from '../../src/lib/assessment';
import { assessmentCsv } from '../../src/lib/csv';
import { importAssessmentJson } from '../../src/lib/files';
import { readSavedAssessment } from '../../src/lib/saved';
import { decodeShareCode, readShareFragment } from '../../src/lib/share-code';
import { readSnapshots } from '../../src/lib/snapshots';
import { readWorkshop, type Workshop } from '../../src/lib/workshop';
import { en } from '../../src/i18n/en';
import { currentLayout, historyOf, upgradeAssessment } from '../../src/lib/versions';
import { lostAnswers } from '../carried';
import { realRubrics } from '../share-fixtures';

const root = join(import.meta.dirname, '../fixtures');
const releases = readdirSync(root).filter((name) => name.startsWith('layout-'));
const read = (release: string, file: string) => readFileSync(join(root, release, file), 'utf8');
const json = <T>(release: string, file: string): T => JSON.parse(read(release, file)) as T;

/** The answers as they should arrive, less what a link leaves out. */
function linked(a: Assessment, keep: { notes: boolean; profile: boolean; targets: boolean }): Assessment {
  const { targets, district, role, ...rest } = a;
  return {
    ...rest,
    notes: keep.notes ? a.notes : {},
    ...(keep.targets && targets && { targets }),
    ...(keep.profile && district !== undefined && { district }),
    ...(keep.profile && role !== undefined && { role }),
  };
}

/** A workshop's agreements (and those kept from gone items) as answers, for lostAnswers. */
function agreedAnswers(w: Workshop): Assessment {
  const answers: Assessment = { rubric: w.rubric, ratings: {}, counts: {}, notes: {}, updatedAt: '' };
  for (const [id, a] of Object.entries(w.consensus)) {
    if (a.level !== undefined) answers.ratings[id] = a.level;
    if (a.count !== undefined) answers.counts[id] = a.count;
    if (a.dissent !== undefined) answers.notes[id] = a.dissent;
  }
  answers.earlier = Object.fromEntries(
    Object.entries(w.earlier ?? {}).map(([id, a]) => [
      id,
      { rating: a.level, count: a.count, note: a.dissent },
    ]),
  );
  return answers;
}

it('finds the fixtures of at least the first released layout', () => {
  expect(releases).toContain('layout-1');
});

describe.each(releases)('what the site made with %s', (release) => {
  const made = Number(release.slice('layout-'.length));
  const sources = json<Record<string, Assessment>>(release, 'sources.json');
  const links = json<Record<string, Record<string, string>>>(release, 'links.json');
  const storage = json<Record<string, string>>(release, 'local-storage.json');

  describe.each(realRubrics.map((rubric) => rubric.id))('%s', (id) => {
    const history = historyOf(id)!;
    const source = sources[id]!;
    /** What old answers should open as, checked to have lost nothing when the layout has moved on. */
    const carried = (old: Assessment): Assessment => {
      if (made === currentLayout(history).layout) return old;
      const lifted = upgradeAssessment({ ...old, layout: made }, history)!;
      expect(lostAnswers(old, lifted, history, made)).toEqual([]);
      return lifted;
    };
    const open = async (link: string) => {
      const result = await decodeShareCode(readShareFragment(new URL(link).hash)!, realRubrics);
      if (!result.ok) throw new Error(`${link} did not open: ${result.error.code}`);
      expect(result.rubricId).toBe(id);
      return result.assessment;
    };

    it('opens the link shared with notes, in either language, with every answer', async () => {
      const expected = carried(linked(source, { notes: true, profile: true, targets: true }));
      expect(await open(links[id]!.withNotes!)).toEqual(expected);
      expect(await open(links[id]!.withNotesFrench!)).toEqual(expected);
    });

    it('opens the link shared without notes and the one without targets', async () => {
      expect(await open(links[id]!.plain!)).toEqual(
        carried(linked(source, { notes: false, profile: false, targets: true })),
      );
      expect(await open(links[id]!.noTargets!)).toEqual(
        carried(linked(source, { notes: true, profile: false, targets: false })),
      );
    });

    it('opens the QR code of the printed score sheet', async () => {
      expect(await open(links[id]!.printedQr!)).toEqual(
        carried(linked(sources[`${id}:printed`]!, { notes: true, profile: true, targets: true })),
      );
    });

    it('imports the exported file', () => {
      const result = importAssessmentJson(read(release, `${id}.json`), realRubrics);
      expect(result).toEqual({ ok: true, rubricId: id, assessment: carried(source) });
    });

    it('reads the saved answers', () => {
      const result = readSavedAssessment(storage[`dcsa:assessment:${id}`]!, id);
      expect(result).toEqual({ ok: true, assessment: carried(source) });
    });

    it('reads the snapshots', () => {
      const result = readSnapshots(storage[`dcsa:snapshots:${id}`]!);
      if (!result.ok) throw new Error(result.detail);
      expect(result.snapshots.map((s) => s.label)).toEqual(['Fall 2026 baseline', 'Spring 2026']);
      expect(result.snapshots[0]!.assessment).toEqual(carried(source));
    });

    it('reads the workshop with its responses and agreements', () => {
      const stored = JSON.parse(storage[`dcsa:workshop:${id}`]!) as { workshop: Workshop };
      const result = readWorkshop(storage[`dcsa:workshop:${id}`]!, id);
      if (!result.ok) throw new Error(result.detail);
      expect(result.workshop.responses.map((r) => r.assessment)).toEqual(
        stored.workshop.responses.map((r) => carried(r.assessment)),
      );
      if (made === currentLayout(history).layout) expect(result.workshop).toEqual(stored.workshop);
      else
        expect(
          lostAnswers(agreedAnswers(stored.workshop), agreedAnswers(result.workshop), history, made),
        ).toEqual([]);
    });

    it('exports CSV with the columns the earlier file had, in the same order', () => {
      const header = (csv: string) => csv.replace(/^\uFEFF/, '').split('\r\n')[0]!;
      const rubric = realRubrics.find((r) => r.id === id)!.data;
      const now = assessmentCsv(source, rubric, en.csvHeaders, { unsure: en.csvUnsure });
      expect(header(now).startsWith(header(read(release, `${id}.en.csv`)))).toBe(true);
    });
  });
});
