/**
 * CSV export of one assessment, made to open cleanly in spreadsheet programs:
 * - a header row, then one row per item (rated and count items) in content order:
 *   dimension name, item text, level, level name, note, and (when a header for it is given) the item's
 *   look-fors joined by "; ";
 * - level is the level number 0–4, the "not sure" word, or empty when unanswered; for a count item it is
 *   the number entered, and the level name column holds its unit;
 * - RFC 4180: fields holding a comma, a double quote, CR or LF are quoted with quotes doubled; CRLF line
 *   ends, the last row included;
 * - a UTF-8 byte order mark first, so Excel reads accents correctly;
 * - formula neutralisation: a cell starting with =, +, -, @, a tab or CR gets a leading apostrophe, so a
 *   note such as "=HYPERLINK(…)" is shown as text and never run.
 * Column headers and the "not sure" word are passed in, so each language brings its own.
 */
import type { Assessment } from './assessment';
import type { Rubric } from './schema/rubric';

export interface CsvHeaders {
  dimension: string;
  item: string;
  level: string;
  levelName: string;
  note: string;
  /** The look-fors column's header; without it the column is left out. */
  lookFors?: string;
}

export interface CsvWords {
  /** Written in the level column for an item marked "Not sure". */
  unsure: string;
  /** Written in the level column for an item marked as not applying. */
  na: string;
}

const BOM = '\uFEFF';
const CRLF = '\r\n';

/** Makes a cell safe to open in a spreadsheet: a leading apostrophe before anything a formula starts with. */
export function neutraliseCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** Quotes a field when RFC 4180 requires it. */
export function quoteField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** One CSV line (without its line end) from plain cell values. */
export function csvRow(cells: readonly string[]): string {
  return cells.map((cell) => quoteField(neutraliseCell(cell))).join(',');
}

/** A whole CSV text from rows of plain cell values: BOM, then each row neutralised, quoted, ended by CRLF. */
export function csvDocument(rows: readonly (readonly string[])[]): string {
  return BOM + rows.map((row) => csvRow(row) + CRLF).join('');
}

type Item = Rubric['dimensions'][number]['items'][number];

/**
 * The level and level-name cells of one answer: the level number and its name, the "not sure" or "does not
 * apply" word, a count and its unit, or two empty cells when unanswered.
 */
export function answerCells(
  assessment: Pick<Assessment, 'ratings' | 'counts'>,
  item: Item,
  rubric: Pick<Rubric, 'levels'>,
  words: CsvWords,
): [string, string] {
  if (item.kind === 'count')
    return Object.hasOwn(assessment.counts, item.id)
      ? [String(assessment.counts[item.id]), item.unit]
      : ['', ''];
  if (!Object.hasOwn(assessment.ratings, item.id)) return ['', ''];
  const rating = assessment.ratings[item.id];
  if (rating === 'unsure') return [words.unsure, ''];
  if (rating === 'na') return [words.na, ''];
  return rating === undefined ? ['', ''] : [String(rating), rubric.levels[rating]?.name ?? ''];
}

/** The CSV text of an assessment: BOM, header row, one row per item, CRLF after every row. */
export function assessmentCsv(
  assessment: Assessment,
  rubric: Rubric,
  headers: CsvHeaders,
  words: CsvWords = { unsure: 'not sure', na: 'does not apply' },
): string {
  const withLookFors = headers.lookFors !== undefined;
  const header = [headers.dimension, headers.item, headers.level, headers.levelName, headers.note];
  const rows: string[][] = [withLookFors ? [...header, headers.lookFors ?? ''] : header];
  for (const dimension of rubric.dimensions) {
    for (const item of dimension.items) {
      const note = Object.hasOwn(assessment.notes, item.id) ? (assessment.notes[item.id] ?? '') : '';
      const [level, levelName] = answerCells(assessment, item, rubric, words);
      const row = [dimension.name, item.text, level, levelName, note];
      const lookFors = item.kind === 'rated' ? (item.lookFors ?? []).join('; ') : '';
      rows.push(withLookFors ? [...row, lookFors] : row);
    }
  }
  return csvDocument(rows);
}
