import { describe, expect, it } from 'vitest';
import { addResponses, emptyWorkshop, readWorkshop, writeWorkshop } from '../../src/lib/workshop';
import {
  anonymised,
  exportWorkshopJson,
  isWorkshopFile,
  workshopFileCandidates,
} from '../../src/lib/workshop/file';
import {
  anonymousSchools,
  groupFigures,
  NO_SCHOOL,
  perceptionGaps,
  rollupOf,
  schoolKey,
  schoolNames,
  schoolsOf,
} from '../../src/lib/workshop/rollup';
import { rollupCsv, type RollupCsvText } from '../../src/lib/workshop/rollup-csv';
import { setAnonymous, setResponseSchool } from '../../src/lib/workshop/editing';
import { smallRubric } from '../fixtures';
import { rollupResponses } from '../rollup-fixtures';

const NOW = new Date('2026-11-23T14:00:00.000Z');

const responses = rollupResponses;

describe('grouping by school', () => {
  it('treats case and spacing as the same school, and keeps the first spelling', () => {
    expect(schoolKey('  Lakeview   Elementary ')).toBe('lakeview elementary');
    expect(schoolsOf(responses)).toEqual([
      { key: 'hillcrest', label: 'Hillcrest', responses: 2 },
      { key: 'lakeview', label: 'Lakeview', responses: 2 },
      { key: NO_SCHOOL, label: '', responses: 2 },
    ]);
  });

  it('offers each school already named once, for the datalist', () => {
    expect(schoolNames(responses)).toEqual(['Hillcrest', 'Lakeview']);
  });
});

describe('the heatmap and group figures', () => {
  const rollup = rollupOf(smallRubric, responses);
  const item = (id: string) =>
    rollup.bySchool.dimensions.flatMap((d) => d.items).find((i) => i.itemId === id)!;

  it('gives each item’s median by school', () => {
    // a1: Hillcrest 1 and 2, Lakeview 1 and 2, no school 4 and 3.
    expect(item('a1').byRole.hillcrest!.median).toBe(1.5);
    expect(item('a1').byRole.lakeview!.median).toBe(1.5);
    expect(item('a1').byRole[NO_SCHOOL]!.median).toBe(3.5);
    // a3: Hillcrest's principal is not sure, so only the coach's 2 counts.
    expect(item('a3').byRole.hillcrest).toMatchObject({ median: 2, unsure: 1, spread: 0 });
    // b1: Hillcrest 3 and 4.
    expect(groupFigures(item('b1').byRole.hillcrest)).toEqual({ median: 3.5, spread: 1 });
  });

  it('gives each role group’s median and spread per dimension', () => {
    const a = rollup.byRole.dimensions[0]!;
    // Dimension a scores: district 11/3 and 11/3; principals 5/3 and 2; coaches 5/3 and 2.
    expect(a.byRole['district-staff']!.median).toBeCloseTo(11 / 3, 9);
    expect(a.byRole['district-staff']!.spread).toBe(0);
    expect(a.byRole.principal!.median).toBeCloseTo(11 / 6, 9);
    // 5/3 reaches level 1 and 2 reaches level 2: a spread of one level.
    expect(a.byRole.principal!.spread).toBe(1);
    expect(a.byRole.coach!.median).toBeCloseTo(11 / 6, 9);
    expect(rollup.byRole.roles).toEqual(['principal', 'district-staff', 'coach']);
  });

  it('gives no figures for a group without a level', () => {
    expect(groupFigures(undefined)).toBeNull();
  });
});

describe('perception gaps', () => {
  it('lists the items where the district office and the schools differ by a level or more, largest first', () => {
    // District medians: a1 3.5, a2 4, a3 3.5, b1 3, b2 2, b3 1.
    // Schools (principals and coaches): a1 1.5, a2 2, a3 2, b1 3, b2 2, b3 2.
    expect(perceptionGaps(smallRubric, responses)).toEqual([
      { itemId: 'a1', dimensionId: 'a', district: 3.5, schools: 1.5, gap: 2 },
      { itemId: 'a2', dimensionId: 'a', district: 4, schools: 2, gap: 2 },
      { itemId: 'a3', dimensionId: 'a', district: 3.5, schools: 2, gap: 1.5 },
      { itemId: 'b3', dimensionId: 'b', district: 1, schools: 2, gap: -1 },
    ]);
  });

  it('lists none without both sides', () => {
    expect(perceptionGaps(smallRubric, responses.slice(2))).toEqual([]);
    expect(perceptionGaps(smallRubric, responses.slice(0, 2))).toEqual([]);
  });
});

describe('anonymous mode', () => {
  it('numbers the schools in an order that follows neither the alphabet nor arrival', () => {
    const schools = anonymousSchools(schoolsOf(responses));
    expect(schools.map((s) => s.number)).toEqual([1, 2, 0]);
    expect(schools.at(-1)!.key).toBe(NO_SCHOOL);
    // The same names give the same numbers whatever order the responses came in.
    const numbers = (list: typeof schools) => list.map((s) => [s.key, s.number]);
    expect(numbers(anonymousSchools(schoolsOf([...responses].reverse())))).toEqual(numbers(schools));
  });

  it('writes a workshop file with no district, typed role, role, note or school name', () => {
    const workshop = {
      ...emptyWorkshop('small', NOW),
      responses: responses.map((r) => ({
        ...r,
        assessment: { ...r.assessment, district: 'Springfield', notes: { a1: 'Ask Jane' } },
      })),
    };
    const text = JSON.stringify(anonymised(workshop, (n) => `School ${n}`));
    for (const word of [
      'Springfield',
      'typed',
      'Jane',
      'Lakeview',
      'lakeview',
      'Hillcrest',
      'principal',
      'coach',
    ])
      expect(text).not.toContain(word);
    expect(text).toContain('School 1');
  });

  it('is kept with the workshop, and a workshop without it reads as before', () => {
    const on = setAnonymous(emptyWorkshop('small', NOW), true);
    const back = readWorkshop(writeWorkshop(on), 'small');
    expect(back.ok && back.workshop.anonymous).toBe(true);
    const off = readWorkshop(writeWorkshop(setAnonymous(on, false)), 'small');
    expect(off.ok && 'anonymous' in off.workshop).toBe(false);
    const bad = writeWorkshop(on).replace('"anonymous":true', '"anonymous":"yes"');
    expect(readWorkshop(bad, 'small').ok).toBe(false);
  });

  it('lets the facilitator correct a school, and blank takes it away', () => {
    const workshop = { ...emptyWorkshop('small', NOW), responses };
    const fixed = setResponseSchool(workshop, 'r4', 'Lakeview');
    expect(fixed.responses[3]!.assessment.school).toBe('Lakeview');
    expect('school' in setResponseSchool(workshop, 'r3', '  ').responses[2]!.assessment).toBe(false);
  });
});

describe('the roll-up as CSV', () => {
  const text: RollupCsvText = {
    headers: {
      response: 'Response',
      school: 'School',
      role: 'Role',
      dimension: 'Dimension',
      item: 'Item',
      level: 'Level',
      levelName: 'Level name',
    },
    unsure: 'not sure',
    na: 'does not apply',
    role: (key) =>
      ({ principal: 'Principal', coach: 'Coach', 'district-staff': 'District office' })[key] ?? '',
    anonymousSchool: (n) => `School ${n}`,
  };
  const two = [
    responses[0]!,
    { ...responses[4]!, assessment: { ...responses[4]!.assessment, school: '=HYPERLINK("x")' } },
  ];

  it('writes one row per response and item, with school and role, formulas neutralised', () => {
    const lines = rollupCsv(smallRubric, two, text, false).split('\r\n');
    expect(lines[0]).toBe('\uFEFFResponse,School,Role,Dimension,Item,Level,Level name');
    // Six rated items and one count item per response.
    expect(lines).toHaveLength(1 + 2 * 7 + 1);
    expect(lines[1]).toBe('1,,District office,Dimension a,Statement a1,4,All');
    expect(lines[10]).toBe(`5,"'=HYPERLINK(""x"")",Principal,Dimension a,Statement a3,not sure,`);
  });

  it('names no school and no role in anonymous mode', () => {
    const csv = rollupCsv(smallRubric, two, text, true);
    expect(csv.split('\r\n')[0]).toBe('\uFEFFResponse,School,Dimension,Item,Level,Level name');
    expect(csv).not.toMatch(/HYPERLINK|Principal|District office/);
    expect(csv.split('\r\n')[8]).toMatch(/^5,School 1,/);
  });
});

describe('merging workshop files', () => {
  const source = { ...emptyWorkshop('small', NOW), lastNumber: 6, responses };

  it('recognises its own files', () => {
    const file = exportWorkshopJson(source, 'Small', NOW);
    expect(isWorkshopFile(file)).toBe(true);
    expect(isWorkshopFile(JSON.stringify({ format: 'district-coaching-assessment' }))).toBe(false);
  });

  it('adds another session’s responses with their roles and schools, and refuses the duplicates', () => {
    const here = addResponses(
      emptyWorkshop('small', NOW),
      workshopFileCandidates(
        exportWorkshopJson({ ...source, responses: responses.slice(0, 3) }, 'Small'),
        'small',
        'north.json',
      ),
      {
        now: NOW,
        newId: (() => {
          let n = 0;
          return () => `n${++n}`;
        })(),
      },
    ).workshop;
    const merged = addResponses(
      here,
      workshopFileCandidates(exportWorkshopJson(source, 'Small'), 'small', 'south.json'),
      { now: NOW },
    );
    expect(merged.added).toEqual([4, 5, 6]);
    expect(merged.refused.map((r) => [r.reason, r.duplicateOf])).toEqual([
      ['duplicate', 1],
      ['duplicate', 2],
      ['duplicate', 3],
    ]);
    expect(merged.workshop.responses.map((r) => [r.role, r.assessment.school])).toEqual([
      ['district-staff', undefined],
      ['district-staff', undefined],
      ['principal', 'Lakeview'],
      ['coach', ' lakeview '],
      ['principal', 'Hillcrest'],
      ['coach', 'Hillcrest'],
    ]);
  });

  it('refuses a damaged file, another rubric’s and anything else, naming the file', () => {
    const candidates = (text: string) => workshopFileCandidates(text, 'small', 'x.json');
    expect(candidates('{').map((c) => c.outcome)).toEqual([
      { ok: false, reason: 'file', fileError: { code: 'not-ours' } },
    ]);
    const other = exportWorkshopJson({ ...source, rubric: 'coaching-conditions' }, 'Other');
    expect(candidates(other).map((c) => c.outcome)).toEqual([
      { ok: false, reason: 'other-rubric', rubricId: 'coaching-conditions' },
    ]);
    const damaged = exportWorkshopJson(source, 'Small').replace('"revealed": false', '"revealed": 3');
    expect(candidates(damaged)[0]!.outcome).toEqual({
      ok: false,
      reason: 'file',
      fileError: { code: 'shape' },
    });
    expect(candidates(damaged)[0]!.source).toEqual({ kind: 'file', position: 1, total: 1, name: 'x.json' });
  });
});
