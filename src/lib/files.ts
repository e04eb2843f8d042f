/**
 * Assessment files: what "Export" writes and "Import" reads. A file holds one assessment, as JSON:
 *
 *   { "format": "district-coaching-assessment",
 *     "version": 1,
 *     "exportedAt": "2026-11-23T14:05:00.000Z",
 *     "rubricTitle": "Conditions for Learning Coaches",
 *     "assessment": { "rubric": "coaching-conditions", "ratings": {…}, "counts": {…}, "notes": {…},
 *                     "targets": {…}, "district": "…", "role": "…", "school": "…",
 *                     "updatedAt": "…" } }
 *
 * `version` is the assessment format version of saved.ts, so the migrations that lift saved data lift
 * files too. `exportedAt` and `rubricTitle` are for people who open the file; the importer ignores them.
 * The importer also takes the envelope kept in the browser's storage, { "version": 1, "assessment": {…} },
 * since people may paste it from developer tools or an older backup.
 */
import type { Assessment } from './assessment';
import { countMaxima } from './outline';
import { migrate } from './saved';
import { ASSESSMENT_VERSION, savedAssessmentSchema } from './schema/assessment';
import type { RubricEntry } from './share-code';
import { MAX_IMPORT_BYTES as IMPORT_LIMIT } from './limits';

export const FILE_FORMAT = 'district-coaching-assessment';

/** Files larger than this are refused before they are read as JSON (see lib/limits.ts). */
export const MAX_IMPORT_BYTES = IMPORT_LIMIT;

/**
 * Why a file could not be imported. The sentences for each are interface text (`fileError` in src/i18n):
 * the error carries only what they need to name.
 */
export type ImportErrorCode =
  | 'empty'
  | 'too-large'
  | 'not-json'
  /** JSON, but not an export of this site. */
  | 'not-ours'
  /** Could not be read at all. */
  | 'unreadable'
  /** Exported by a newer version of the site: `found` is its format version. */
  | 'newer'
  /** Its version is not one this site ever used. */
  | 'version'
  /** A value is missing or invalid: `path` says where ('' for the whole). */
  | 'shape'
  /** For a rubric this site does not have: `ids` holds its id. */
  | 'rubric'
  /** Answers to questions the rubric does not have: `ids` lists them. */
  | 'unknown-ids';

export interface ImportError {
  code: ImportErrorCode;
  found?: string;
  path?: string;
  ids?: string[];
}

export type ImportResult =
  | { ok: true; assessment: Assessment; rubricId: string; migratedFrom?: number }
  | { ok: false; error: ImportError };

/** The text of an exported file: pretty-printed JSON, ending with a line break. */
export function exportAssessmentJson(assessment: Assessment, rubricTitle: string, now = new Date()): string {
  return `${JSON.stringify(
    {
      format: FILE_FORMAT,
      version: ASSESSMENT_VERSION,
      exportedAt: now.toISOString(),
      rubricTitle,
      assessment,
    },
    null,
    2,
  )}\n`;
}

/** A file name for the export, e.g. "coaching-conditions-2026-11-23.json". */
export function exportFileName(rubricId: string, extension: 'json' | 'csv', now = new Date()): string {
  return `${rubricId}-${now.toISOString().slice(0, 10)}.${extension}`;
}

function refuse(code: ImportErrorCode, detail: Omit<ImportError, 'code'> = {}): ImportResult {
  return { ok: false, error: { code, ...detail } };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function utf8Length(text: string): number {
  return new TextEncoder().encode(text).length;
}

/**
 * Reads an exported file (or a pasted storage envelope) against the rubrics this site has.
 * Never throws, whatever the input; nothing is saved here, so a refused file changes nothing.
 */
export function importAssessmentJson(text: string, rubrics: readonly RubricEntry[]): ImportResult {
  try {
    return importJson(text, rubrics);
  } catch {
    return refuse('unreadable');
  }
}

function importJson(text: unknown, rubrics: readonly RubricEntry[]): ImportResult {
  if (typeof text !== 'string') return refuse('empty');
  // A UTF-8 character is never shorter in bytes than in UTF-16 code units, so this check is safe and cheap.
  if (text.length > MAX_IMPORT_BYTES || utf8Length(text) > MAX_IMPORT_BYTES) return refuse('too-large');
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') return refuse('empty');

  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return refuse('not-json');
  }
  const notOurs = refuse('not-ours');
  if (!isRecord(parsed)) return notOurs;
  const isExport = parsed.format === FILE_FORMAT;
  const isEnvelope = !('format' in parsed) && 'version' in parsed && 'assessment' in parsed;
  if (!isExport && !isEnvelope) return notOurs;

  const migrated = migrate(parsed);
  if (!migrated.ok) {
    if (migrated.problem === 'newer') return refuse('newer', { found: String(parsed.version).slice(0, 20) });
    return refuse('version');
  }

  const checked = savedAssessmentSchema.safeParse(migrated.value);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    return refuse('shape', { path: (issue?.path.map(String).join('.') ?? '').slice(0, 80) });
  }
  const assessment = checked.data.assessment;

  const rubric = rubrics.find((entry) => entry.id === assessment.rubric);
  if (!rubric) return refuse('rubric', { ids: [assessment.rubric] });

  const rated = new Set<string>();
  const counted = new Set<string>();
  for (const dimension of rubric.data.dimensions)
    for (const item of dimension.items) (item.kind === 'count' ? counted : rated).add(item.id);
  const dimensions = new Set(rubric.data.dimensions.map((dimension) => dimension.id));
  const unknown = [
    ...Object.keys(assessment.ratings).filter((id) => !rated.has(id)),
    ...Object.keys(assessment.counts).filter((id) => !counted.has(id)),
    ...Object.keys(assessment.notes).filter((id) => !rated.has(id) && !counted.has(id)),
    ...Object.keys(assessment.targets ?? {}).filter((id) => !dimensions.has(id)),
  ];
  if (unknown.length > 0) {
    return refuse('unknown-ids', { ids: [...new Set(unknown)] });
  }
  // A count its question would refuse as a typing error (more schools per coach than the question accepts).
  const maxima = countMaxima(rubric.data);
  const tooLarge = Object.keys(assessment.counts).find(
    (id) => assessment.counts[id]! > (maxima.get(id) ?? Infinity),
  );
  if (tooLarge !== undefined) return refuse('shape', { path: `assessment.counts.${tooLarge}`.slice(0, 80) });

  return migrated.from === ASSESSMENT_VERSION
    ? { ok: true, assessment, rubricId: rubric.id }
    : { ok: true, assessment, rubricId: rubric.id, migratedFrom: migrated.from };
}
