/**
 * Writes tests/fixtures/layout-<n>/: what the site of today makes and keeps, made by today's own encoders,
 * so every later version can be tested against real earlier output (share links with and without notes,
 * a printed sheet's QR payload, exported JSON and CSV files, and the raw values kept in localStorage for
 * answers, snapshots and workshops). Run once per released rubric layout, commit the output, and never
 * regenerate an existing folder: its point is to stay as that version wrote it.
 *
 *   npx esbuild scripts/make-fixtures.ts --bundle --platform=node --format=esm --packages=external \
 *     --outfile=node_modules/.cache/make-fixtures.mjs && npx node node_modules/.cache/make-fixtures.mjs 1
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import type { Assessment, Rating } from '../src/lib/assessment';
import { assessmentCsv } from '../src/lib/csv';
import { exportAssessmentJson } from '../src/lib/files';
import { writeSavedAssessment } from '../src/lib/saved';
import { rubricSchema, type Rubric } from '../src/lib/schema/rubric';
import { encodeShareCode, shareFragment, ShareCodeTooLongError } from '../src/lib/share-code';
import { writeSnapshots } from '../src/lib/snapshots';
import { writeWorkshop, type Workshop } from '../src/lib/workshop';
import { resultsEn as en } from '../src/i18n/results-en';
import { resultsFr as fr } from '../src/i18n/results-fr';

const layout = Number(process.argv[2]);
if (!Number.isInteger(layout) || layout < 1) throw new Error('give the layout number, e.g. 1');
// Run from the project's root.
const root = process.cwd();
const out = join(root, 'tests/fixtures', `layout-${layout}`);
if (existsSync(out)) throw new Error(`${out} exists: fixtures of a released layout are never regenerated`);

const RUBRICS = ['district-office-support', 'coaching-conditions', 'coach-deployment'];
const ORIGIN = 'https://coaching.example.org';
const NOW = new Date('2026-12-02T09:00:00.000Z');

function rubricIn(lang: 'en' | 'fr', id: string): Rubric {
  return rubricSchema.parse(
    load(readFileSync(join(root, 'src/content/rubrics', lang, `${id}.yaml`), 'utf8')),
  );
}

/** Every kind of answer: each level, "not sure", unanswered; notes in several scripts; counts; targets. */
function assessmentOf(id: string, rubric: Rubric): Assessment {
  const ratings: Record<string, Rating> = {};
  const notes: Record<string, string> = {};
  const counts: Record<string, number> = {};
  const answers: (Rating | undefined)[] = [0, 1, 2, 3, 4, 'unsure', undefined, 3, 2];
  let i = 0;
  for (const dimension of rubric.dimensions)
    for (const item of dimension.items) {
      if (item.kind === 'count') {
        counts[item.id] = 7;
        notes[item.id] = 'Ten schools in the north, six in the south.';
        continue;
      }
      const answer = answers[i % answers.length];
      if (answer !== undefined) ratings[item.id] = answer;
      if (i % 4 === 0) notes[item.id] = `Note ${i} on « ${item.id} »: minutes of 12 Nov; التقويم; 日程.`;
      i++;
    }
  const [first, , third] = rubric.dimensions;
  return {
    rubric: id,
    ratings,
    counts,
    notes,
    targets: { [first!.id]: 3, ...(third && { [third.id]: 4 }) },
    district: 'Lakeview District School Board',
    role: 'Superintendent of Education',
    updatedAt: '2026-11-23T14:02:00.000Z',
  };
}

/** The QR payload of the printed score sheet, as PrintSheet makes it (notes only when the link stays short). */
async function qrPayload(base: string, assessment: Assessment, entry: { id: string; data: Rubric }) {
  const make = async (notes: boolean) =>
    base + shareFragment(await encodeShareCode(assessment, entry, { notes, profile: true }));
  try {
    const link = await make(true);
    if (link.length <= 400) return { link, notes: true };
  } catch (error) {
    if (!(error instanceof ShareCodeTooLongError)) throw error;
  }
  return { link: await make(false), notes: false };
}

mkdirSync(out, { recursive: true });
const sources: Record<string, Assessment> = {};
const links: Record<string, Record<string, string>> = {};
const storage: Record<string, string> = {};

for (const id of RUBRICS) {
  const data = rubricIn('en', id);
  const entry = { id, data };
  const assessment = assessmentOf(id, data);
  sources[id] = assessment;
  const withoutTargets = { ...assessment };
  delete withoutTargets.targets;
  const base = `${ORIGIN}/results/${id}/`;
  const link = async (a: Assessment, notes: boolean, profile: boolean, at = base) =>
    at + shareFragment(await encodeShareCode(a, entry, { notes, profile }));
  // A short note, so the printed sheet's QR code carries notes as it does for most people.
  const printed: Assessment = {
    ...assessment,
    notes: { [Object.keys(assessment.ratings)[0]!]: 'Since 2025.' },
  };
  const qr = await qrPayload(base, printed, entry);
  sources[`${id}:printed`] = printed;
  links[id] = {
    withNotes: await link(assessment, true, true),
    withNotesFrench: await link(assessment, true, true, `${ORIGIN}/fr/results/${id}/`),
    plain: await link(assessment, false, false),
    noTargets: await link(withoutTargets, true, false),
    printedQr: qr.link,
  };

  writeFileSync(join(out, `${id}.json`), exportAssessmentJson(assessment, data.title, NOW));
  writeFileSync(
    join(out, `${id}.en.csv`),
    assessmentCsv(assessment, data, en.csvHeaders, { unsure: en.csvUnsure, na: en.csvNa }),
  );
  writeFileSync(
    join(out, `${id}.fr.csv`),
    assessmentCsv(assessment, rubricIn('fr', id), fr.csvHeaders, { unsure: fr.csvUnsure, na: fr.csvNa }),
  );

  storage[`dcsa:assessment:${id}`] = writeSavedAssessment(assessment);
  storage[`dcsa:snapshots:${id}`] = writeSnapshots([
    { id: 'k3j9x2', label: 'Fall 2026 baseline', savedAt: '2026-11-23T14:10:00.000Z', assessment },
    {
      id: 'a1b2c3',
      label: 'Spring 2026',
      savedAt: '2026-04-02T10:00:00.000Z',
      assessment: { ...withoutTargets, notes: {}, updatedAt: '2026-04-02T09:55:00.000Z' },
    },
  ]);
  const itemIds = data.dimensions.flatMap((d) => d.items.map((item) => item.id));
  const ratedIds = data.dimensions.flatMap((d) =>
    d.items.filter((item) => item.kind === 'rated').map((item) => item.id),
  );
  const countId = data.dimensions.flatMap((d) => d.items).find((item) => item.kind === 'count')?.id;
  const workshop: Workshop = {
    rubric: id,
    startedAt: '2026-11-24T13:00:00.000Z',
    revealed: true,
    lastNumber: 3,
    responses: [
      { id: 'r1', number: 1, addedAt: '2026-11-24T13:05:00.000Z', role: 'principal', assessment },
      {
        id: 'r2',
        number: 2,
        addedAt: '2026-11-24T13:06:00.000Z',
        role: 'coach',
        assessment: {
          ...withoutTargets,
          ratings: Object.fromEntries(ratedIds.map((i) => [i, 2])),
          notes: {},
        },
      },
      {
        id: 'r3',
        number: 3,
        addedAt: '2026-11-24T13:07:00.000Z',
        assessment: {
          ...withoutTargets,
          ratings: { [itemIds[0]!]: 'unsure' },
          notes: { [itemIds[1]!]: 'Ask HR.' },
        },
      },
    ],
    consensus: {
      [itemIds[0]!]: { level: 2, dissent: 'Two principals see it at 3.' },
      [itemIds[1]!]: { level: 'unsure' },
      ...(countId && { [countId]: { count: 8 } }),
    },
  };
  storage[`dcsa:workshop:${id}`] = writeWorkshop(workshop);
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
writeFileSync(join(out, 'sources.json'), json(sources));
writeFileSync(join(out, 'links.json'), json(links));
writeFileSync(join(out, 'local-storage.json'), json(storage));
console.log(`wrote ${out}`);
