/**
 * What earlier versions of the site made (tests/fixtures/layout-<n>/, written by scripts/make-fixtures.ts
 * with that version's own encoders) still opens in this one, with every answer that still has a question,
 * brought up to the current item ids (src/lib/versions), and every note still shown somewhere.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Assessment } from '../../src/lib/assessment';
import { assessmentCsv } from '../../src/lib/csv';
import { readSavedAssessment } from '../../src/lib/saved';
import { decodeShareCode, readShareFragment } from '../../src/lib/share-code';
import { readSnapshots } from '../../src/lib/snapshots';
import type { RubricOutline } from '../../src/lib/schema/rubric';
import { readWorkshop } from '../../src/lib/workshop';
import { resultsEn as en } from '../../src/i18n/results-en';
import { needsUpgrade } from '../../src/lib/assessment';
import { upgradeToCurrent, upgradeWorkshopToCurrent } from '../../src/lib/versions/history';
import { importAnyLayout } from '../../src/lib/versions/import';
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

/** The answers as the current layout holds them (what the site does on reading them). */
async function current(a: Assessment, rubric: RubricOutline): Promise<Assessment> {
  return needsUpgrade(a, rubric) ? (await upgradeToCurrent(a, rubric)).assessment : a;
}

/** Every earlier note is still shown: its text is in some note of the upgraded answers. */
function keepsEveryNote(earlier: Assessment, now: Assessment): void {
  const shown = Object.values(now.notes).join('\n');
  for (const note of Object.values(earlier.notes)) expect(shown).toContain(note);
}

it('finds the fixtures of at least the first released layout', () => {
  expect(releases).toContain('layout-1');
});

describe.each(releases)('what the site made with %s', (release) => {
  const sources = json<Record<string, Assessment>>(release, 'sources.json');
  const links = json<Record<string, Record<string, string>>>(release, 'links.json');
  const storage = json<Record<string, string>>(release, 'local-storage.json');

  describe.each(realRubrics.map((rubric) => rubric.id))('%s', (id) => {
    const source = sources[id]!;
    const rubric = realRubrics.find((r) => r.id === id)!.data;
    const upgradedSource = () => current(source, rubric);
    const open = async (link: string) => {
      const result = await decodeShareCode(readShareFragment(new URL(link).hash)!, realRubrics);
      if (!result.ok) throw new Error(`${link} did not open: ${result.error.code}`);
      expect(result.rubricId).toBe(id);
      return result.assessment;
    };

    it('opens the link shared with notes, in either language, with every answer', async () => {
      const expected = await current(linked(source, { notes: true, profile: true, targets: true }), rubric);
      expect(await open(links[id]!.withNotes!)).toEqual(expected);
      expect(await open(links[id]!.withNotesFrench!)).toEqual(expected);
      keepsEveryNote(source, await open(links[id]!.withNotes!));
    });

    it('opens the link shared without notes and the one without targets', async () => {
      expect(await open(links[id]!.plain!)).toEqual(
        await current(linked(source, { notes: false, profile: false, targets: true }), rubric),
      );
      expect(await open(links[id]!.noTargets!)).toEqual(
        await current(linked(source, { notes: true, profile: false, targets: false }), rubric),
      );
    });

    it('opens the QR code of the printed score sheet', async () => {
      expect(await open(links[id]!.printedQr!)).toEqual(
        await current(
          linked(sources[`${id}:printed`]!, { notes: true, profile: true, targets: true }),
          rubric,
        ),
      );
    });

    it('imports the exported file', async () => {
      const result = await importAnyLayout(read(release, `${id}.json`), realRubrics);
      expect(result).toMatchObject({ ok: true, rubricId: id, assessment: await upgradedSource() });
    });

    it('reads the saved answers', async () => {
      const result = readSavedAssessment(storage[`dcsa:assessment:${id}`]!, id);
      expect(result).toMatchObject({ ok: true, assessment: source });
      if (!result.ok) return;
      const now = await current(result.assessment, rubric);
      expect(now).toEqual(await upgradedSource());
      keepsEveryNote(source, now);
    });

    it('reads the snapshots', async () => {
      const result = readSnapshots(storage[`dcsa:snapshots:${id}`]!);
      if (!result.ok) throw new Error(result.detail);
      expect(result.snapshots.map((s) => s.label)).toEqual(['Fall 2026 baseline', 'Spring 2026']);
      expect(result.snapshots[0]!.assessment).toEqual(source);
      expect(await current(result.snapshots[0]!.assessment, rubric)).toEqual(await upgradedSource());
    });

    it('reads the workshop with its responses and agreements', async () => {
      const stored = JSON.parse(storage[`dcsa:workshop:${id}`]!) as { workshop: unknown };
      const result = readWorkshop(storage[`dcsa:workshop:${id}`]!, id);
      if (!result.ok) throw new Error(result.detail);
      expect(result.workshop).toEqual(stored.workshop);
      const now = await upgradeWorkshopToCurrent(result.workshop, rubric);
      const ids = new Set(rubric.dimensions.flatMap((d) => d.items.map((item) => item.id)));
      expect(Object.keys(now.consensus).filter((item) => !ids.has(item))).toEqual([]);
      for (const response of now.responses) expect(needsUpgrade(response.assessment, rubric)).toBe(false);
      expect(now.responses).toHaveLength(result.workshop.responses.length);
    });

    it('exports CSV with the columns the earlier file had, in the same order', () => {
      const header = (csv: string) => csv.replace(/^\uFEFF/, '').split('\r\n')[0]!;
      const rubric = realRubrics.find((r) => r.id === id)!.data;
      const now = assessmentCsv(source, rubric, en.csvHeaders, { unsure: en.csvUnsure, na: en.csvNa });
      expect(header(now).startsWith(header(read(release, `${id}.en.csv`)))).toBe(true);
    });
  });
});
