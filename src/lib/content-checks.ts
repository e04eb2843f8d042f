/**
 * Checks across rubric content files that one file's schema cannot make: every language has the same
 * rubrics, and each rubric has the same dimensions and items (ids, kinds, order, count limits) in every
 * language, so saved answers, share links and workshops mean the same thing whatever the language.
 * Within each file it also checks that ids are unique and every level has a descriptor, so a file that
 * skipped the schema (a test fixture, a hand-made object) is held to the same rules.
 *
 * Pure: the build (src/content/entries.ts) passes in the parsed files and fails with these messages, each
 * naming the file and the field, e.g.
 *   src/content/rubrics/fr/coaching-conditions.yaml → dimensions.1.items.2.id: is "peer-x", but
 *   src/content/rubrics/en/coaching-conditions.yaml has "peer-dialogue" there
 */
import { LEVELS } from './levels';
import type { Rubric } from './schema/rubric';

/** One parsed rubric content file. */
export interface RubricFile {
  /** Where it lives, as people will look for it, e.g. "src/content/rubrics/fr/coaching-conditions.yaml". */
  file: string;
  /** Its language, e.g. "fr". */
  lang: string;
  /** The rubric's id, the same in every language, e.g. "coaching-conditions". */
  id: string;
  data: Rubric;
}

/** The language the others are compared with: English when it is there. */
export const REFERENCE_LANG = 'en';

type Path = (string | number)[];

const blank = (value: unknown) => typeof value !== 'string' || value.trim() === '';

/** Problems inside one file: duplicate ids and missing level names or descriptors. */
function fileProblems({ data }: RubricFile): { path: Path; message: string }[] {
  const problems: { path: Path; message: string }[] = [];
  const levels = data.levels ?? [];
  for (const level of LEVELS) {
    if (blank(levels[level]?.name)) problems.push({ path: ['levels', level, 'name'], message: 'is missing' });
  }
  const seen = new Map<string, string>();
  const note = (id: string, path: Path) => {
    const first = seen.get(id);
    if (first !== undefined) problems.push({ path, message: `id "${id}" is already used at ${first}` });
    else seen.set(id, path.join('.'));
  };
  (data.dimensions ?? []).forEach((dimension, d) => {
    note(dimension.id, ['dimensions', d, 'id']);
    (dimension.items ?? []).forEach((item, i) => {
      note(item.id, ['dimensions', d, 'items', i, 'id']);
      if (item.kind !== 'rated') return;
      for (const level of LEVELS) {
        if (blank(item.levels?.[level]))
          problems.push({
            path: ['dimensions', d, 'items', i, 'levels', level],
            message: `has no descriptor for level ${level}`,
          });
      }
      if ((item.levels?.length ?? 0) > LEVELS.length)
        problems.push({
          path: ['dimensions', d, 'items', i, 'levels'],
          message: `has ${item.levels.length} descriptors; levels run from 0 to 4`,
        });
    });
  });
  return problems;
}

/** Differences in shape between a translation and the reference file of the same rubric. */
function shapeProblems(file: RubricFile, reference: RubricFile): { path: Path; message: string }[] {
  const problems: { path: Path; message: string }[] = [];
  const there = (value: unknown) =>
    `but ${reference.file} has ${value === undefined ? 'nothing' : JSON.stringify(value)} there`;
  const compare = (path: Path, mine: unknown, theirs: unknown) => {
    if (mine !== theirs)
      problems.push({
        path,
        message: `is ${mine === undefined ? 'missing' : JSON.stringify(mine)}, ${there(theirs)}`,
      });
  };
  const dimensions = file.data.dimensions ?? [];
  const referenceDimensions = reference.data.dimensions ?? [];
  if (dimensions.length !== referenceDimensions.length)
    problems.push({
      path: ['dimensions'],
      message: `has ${dimensions.length} dimensions, but ${reference.file} has ${referenceDimensions.length}`,
    });
  const length = Math.max(dimensions.length, referenceDimensions.length);
  for (let d = 0; d < length; d++) {
    const mine = dimensions[d];
    const theirs = referenceDimensions[d];
    compare(['dimensions', d, 'id'], mine?.id, theirs?.id);
    if (!mine || !theirs) continue;
    compare(['dimensions', d, 'foundation'], mine.foundation ?? false, theirs.foundation ?? false);
    const items = mine.items ?? [];
    const referenceItems = theirs.items ?? [];
    if (items.length !== referenceItems.length)
      problems.push({
        path: ['dimensions', d, 'items'],
        message: `has ${items.length} items, but ${reference.file} has ${referenceItems.length}`,
      });
    for (let i = 0; i < Math.max(items.length, referenceItems.length); i++) {
      const item = items[i];
      const referenceItem = referenceItems[i];
      const path = ['dimensions', d, 'items', i];
      compare([...path, 'id'], item?.id, referenceItem?.id);
      if (!item || !referenceItem) continue;
      compare([...path, 'kind'], item.kind, referenceItem.kind);
      if (item.kind === 'count' && referenceItem.kind === 'count')
        for (const field of ['min', 'max', 'recommendedMax'] as const)
          compare([...path, field], item[field], referenceItem[field]);
    }
  }
  return problems;
}

/**
 * Every problem in a set of rubric files, as "file → field: what is wrong" lines; empty when all is well.
 * Each language is compared with English (or, without English, with the first language in sort order).
 */
export function contentProblems(files: readonly RubricFile[]): string[] {
  const lines: string[] = [];
  const say = (file: string, path: Path, message: string) =>
    lines.push(path.length > 0 ? `${file} → ${path.join('.')}: ${message}` : `${file}: ${message}`);

  for (const file of files) for (const p of fileProblems(file)) say(file.file, p.path, p.message);

  const langs = [...new Set(files.map((f) => f.lang))].sort();
  const referenceLang = langs.includes(REFERENCE_LANG) ? REFERENCE_LANG : langs[0];
  const ids = [...new Set(files.map((f) => f.id))].sort();
  for (const id of ids) {
    const versions = files.filter((f) => f.id === id);
    const reference = versions.find((f) => f.lang === referenceLang);
    for (const lang of langs) {
      const file = versions.find((f) => f.lang === lang);
      const model = reference ?? versions[0]!;
      if (!file) {
        say(
          model.file.replace(`/${model.lang}/`, `/${lang}/`),
          [],
          `is missing: every language needs every rubric, and ${model.file} exists`,
        );
        continue;
      }
      if (!reference || file === reference) continue;
      for (const p of shapeProblems(file, reference)) say(file.file, p.path, p.message);
    }
  }
  return lines;
}
