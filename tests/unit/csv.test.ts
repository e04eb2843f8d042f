import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Assessment } from '../../src/lib/assessment';
import { assessmentCsv, csvRow, neutraliseCell } from '../../src/lib/csv';
import { smallRubric } from '../fixtures';
import { cellTextArb, DANGEROUS_STARTS, loadRubric, propertyTimeout, runs } from '../share-fixtures';

const headers = {
  dimension: 'Dimension',
  item: 'Item',
  level: 'Level',
  levelName: 'Level name',
  note: 'Note',
};

/**
 * A strict RFC 4180 parser: fields separated by commas, records ended by CRLF, quoted fields with doubled
 * quotes. Throws on anything else (a bare quote inside a field, a lone CR or LF outside quotes).
 */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let i = 0;
  while (i < text.length) {
    let field = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        if (i >= text.length) throw new Error('unterminated quoted field');
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
          } else {
            i++;
            break;
          }
        } else field += text[i++];
      }
    } else {
      while (i < text.length && text[i] !== ',' && text[i] !== '\r') {
        if (text[i] === '"' || text[i] === '\n') throw new Error(`bare ${JSON.stringify(text[i])} at ${i}`);
        field += text[i++];
      }
    }
    record.push(field);
    if (text[i] === ',') i++;
    else if (text.startsWith('\r\n', i)) {
      records.push(record);
      record = [];
      i += 2;
    } else throw new Error(`unexpected ${JSON.stringify(text[i])} at ${i}`);
  }
  if (record.length > 0) throw new Error('last record has no line end');
  return records;
}

const sample: Assessment = {
  rubric: 'small',
  ratings: { a1: 3, a2: 'unsure', b1: 0 },
  counts: { schools: 2 },
  notes: { a1: 'Monthly, "mostly"', b2: '=SUM(A1:A9)' },
  updatedAt: '2026-01-01T00:00:00.000Z',
};

describe('assessmentCsv', () => {
  it('starts with a byte order mark and ends every row with CRLF', () => {
    const csv = assessmentCsv(sample, smallRubric, headers);
    expect(csv.startsWith('\uFEFFDimension,Item,Level,Level name,Note\r\n')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('writes one row per item in content order, with levels, level names and notes', () => {
    expect(parseCsv(assessmentCsv(sample, smallRubric, headers).slice(1))).toEqual([
      ['Dimension', 'Item', 'Level', 'Level name', 'Note'],
      ['Dimension a', 'Statement a1', '3', 'Most', 'Monthly, "mostly"'],
      ['Dimension a', 'Statement a2', 'not sure', '', ''],
      ['Dimension a', 'Statement a3', '', '', ''],
      ['Dimension b', 'Statement b1', '0', 'None', ''],
      ['Dimension b', 'Statement b2', '', '', "'=SUM(A1:A9)"],
      ['Dimension b', 'Statement b3', '', '', ''],
      ['Dimension b', 'How many schools per coach?', '2', 'schools per coach', ''],
    ]);
  });

  it('quotes fields with commas, quotes and line breaks, doubling the quotes', () => {
    expect(csvRow(['a,b', 'say "hi"', 'two\nlines', 'cr\rhere', 'plain'])).toBe(
      '"a,b","say ""hi""","two\nlines","cr\rhere",plain',
    );
  });

  it('neutralises cells that a spreadsheet would read as a formula', () => {
    expect(['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx', 'ok', "'quoted", ''].map(neutraliseCell)).toEqual([
      "'=1+1",
      "'+1",
      "'-1",
      "'@SUM(A1)",
      "'\tx",
      "'\rx",
      'ok',
      "'quoted",
      '',
    ]);
  });

  it('takes its headers and the "not sure" word from the caller', () => {
    const french = {
      dimension: 'Dimension',
      item: 'Énoncé',
      level: 'Niveau',
      levelName: 'Nom du niveau',
      note: 'Note',
    };
    const csv = assessmentCsv(sample, smallRubric, french, { unsure: 'incertain', na: 'sans objet' });
    expect(parseCsv(csv.slice(1))[2]).toEqual(['Dimension a', 'Statement a2', 'incertain', '', '']);
    expect(csv).toContain('Énoncé,Niveau,Nom du niveau');
  });

  it('writes the caller’s “does not apply” word for an item marked so, with no level name', () => {
    const marked = { ...sample, ratings: { ...sample.ratings, a3: 'na' as const } };
    const rows = parseCsv(
      assessmentCsv(marked, smallRubric, headers, { unsure: 'not sure', na: 'does not apply' }).slice(1),
    );
    expect(rows[3]).toEqual(['Dimension a', 'Statement a3', 'does not apply', '', '']);
  });

  it('adds the look-fors column, joined by semicolons, only when its header is given', () => {
    const rubric = structuredClone(smallRubric);
    Object.assign(rubric.dimensions[0]!.items[0]!, { lookFors: ['the calendar', '=minutes'] });
    const rows = parseCsv(assessmentCsv(sample, rubric, { ...headers, lookFors: 'Look for' }).slice(1));
    expect(rows[0]).toEqual(['Dimension', 'Item', 'Level', 'Level name', 'Note', 'Look for']);
    expect(rows[1]).toEqual([
      'Dimension a',
      'Statement a1',
      '3',
      'Most',
      'Monthly, "mostly"',
      'the calendar; =minutes',
    ]);
    expect(rows[7]).toEqual(['Dimension b', 'How many schools per coach?', '2', 'schools per coach', '', '']);
  });

  it('writes every item of a real rubric', () => {
    const rubric = loadRubric('coach-deployment').data;
    const items = rubric.dimensions.flatMap((d) => d.items);
    const rows = parseCsv(assessmentCsv({ ...sample, rubric: 'coach-deployment' }, rubric, headers).slice(1));
    expect(rows.slice(1).map((row) => row[1])).toEqual(items.map((item) => item.text));
  });

  it(
    'round-trips every note through an RFC 4180 parser, neutralised',
    () => {
      fc.assert(
        fc.property(cellTextArb, cellTextArb, (note, district) => {
          const a = { ...sample, notes: { a3: note }, district };
          const rows = parseCsv(assessmentCsv(a, smallRubric, headers).slice(1));
          expect(rows).toHaveLength(8);
          expect(rows[3]![4]).toBe(neutraliseCell(note));
          expect(neutraliseCell(note).slice(neutraliseCell(note) === note ? 0 : 1)).toBe(note);
        }),
        runs(300),
      );
    },
    propertyTimeout,
  );

  it(
    'leaves no cell starting with a formula character, whatever the text',
    () => {
      fc.assert(
        fc.property(fc.array(cellTextArb, { minLength: 1, maxLength: 6 }), (cells) => {
          const [row] = parseCsv(`${csvRow(cells)}\r\n`);
          expect(row).toHaveLength(cells.length);
          for (const cell of row!)
            expect(DANGEROUS_STARTS.some((start) => cell.startsWith(start))).toBe(false);
        }),
        runs(300),
      );
    },
    propertyTimeout,
  );
});
