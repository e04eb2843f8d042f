/**
 * Checks that the facilitator's guide files cover the rubrics, which one file's schema cannot make: every
 * language has a guide; every dimension of every rubric has questions for discussion in every language,
 * each about items of that dimension; the languages ask the same number of questions about the same items
 * and time the agenda alike; and the text names only placeholders and pages that exist.
 *
 * Pure: the build (src/content/entries.ts) passes in the parsed files and fails with these messages, e.g.
 *   src/content/guide/fr.yaml → questions.coach-deployment.protected-focus: has no questions; every
 *   dimension needs at least 2
 */
import type { RubricFile } from '../content-checks';
import type { Guide } from '../schema/guide';
import { isSitePage, linksIn, placeholdersIn } from './text';

/** One parsed guide file. */
export interface GuideFile {
  /** Where it lives, e.g. "src/content/guide/fr.yaml". */
  file: string;
  lang: string;
  data: Guide;
}

/** The fewest questions a dimension is given. */
export const MIN_QUESTIONS = 2;

/** The language the others are compared with. */
const REFERENCE_LANG = 'en';

type Path = (string | number)[];

/** Every string in the guide (but the source quotations), with where it sits. */
function stringsIn(value: unknown, path: Path = []): { path: Path; text: string }[] {
  if (typeof value === 'string') return [{ path, text: value }];
  if (Array.isArray(value)) return value.flatMap((v, i) => stringsIn(v, [...path, i]));
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, v]) => (key === 'basis' ? [] : stringsIn(v, [...path, key])));
}

/** Problems within one language: its questions against its rubrics, its placeholders and its links. */
function fileProblems(
  { data }: GuideFile,
  rubrics: readonly RubricFile[],
  placeholders: readonly string[],
): { path: Path; message: string }[] {
  const problems: { path: Path; message: string }[] = [];
  const ids = rubrics.map((r) => r.id);
  const questions = data.questions ?? {};
  for (const { id, data: rubric } of rubrics) {
    for (const dimension of rubric.dimensions) {
      const path = ['questions', id, dimension.id];
      const asked = questions[id]?.[dimension.id] ?? [];
      if (asked.length < MIN_QUESTIONS)
        problems.push({
          path,
          message: `has ${asked.length === 0 ? 'no questions' : `${asked.length} question`} for “${dimension.name}”; every dimension needs at least ${MIN_QUESTIONS}`,
        });
      const items = new Set(dimension.items.map((item) => item.id));
      asked.forEach((question, q) => {
        for (const item of question.items)
          if (!items.has(item))
            problems.push({
              path: [...path, q, 'items'],
              message: `names "${item}", which is not an item of “${dimension.name}”`,
            });
      });
    }
  }
  for (const [id, dimensions] of Object.entries(questions)) {
    const rubric = rubrics.find((r) => r.id === id);
    if (!rubric) {
      problems.push({ path: ['questions', id], message: `is not a rubric (rubrics: ${ids.join(', ')})` });
      continue;
    }
    for (const dimension of Object.keys(dimensions))
      if (!rubric.data.dimensions.some((d) => d.id === dimension))
        problems.push({ path: ['questions', id, dimension], message: `is not a dimension of ${id}` });
  }
  // A step on each dimension names it: {dimension} is known there, and needed.
  (data.agenda?.steps ?? []).forEach((step, s) => {
    if (step.kind === 'dimensions' && !placeholdersIn(step.label).includes('dimension'))
      problems.push({
        path: ['agenda', 'steps', s, 'label'],
        message: 'needs {dimension}, or every dimension’s step would read the same',
      });
  });
  for (const { path, text } of stringsIn(data)) {
    const known =
      path[0] === 'agenda' && data.agenda.steps[Number(path[2])]?.kind === 'dimensions'
        ? [...placeholders, 'dimension']
        : placeholders;
    for (const name of placeholdersIn(text))
      if (!known.includes(name))
        problems.push({ path, message: `has {${name}}, which is not one of {${placeholders.join('}, {')}}` });
    for (const href of linksIn(text))
      if (!isSitePage(href, ids))
        problems.push({ path, message: `links to ${href}, which is not a page of the site` });
  }
  return problems;
}

/** Differences between a translation and the reference guide: other questions' items, another agenda. */
function shapeProblems(guide: GuideFile, reference: GuideFile): { path: Path; message: string }[] {
  const problems: { path: Path; message: string }[] = [];
  const steps = guide.data.agenda?.steps ?? [];
  const referenceSteps = reference.data.agenda?.steps ?? [];
  const timing = (step: (typeof steps)[number] | undefined) =>
    step === undefined
      ? 'nothing'
      : step.kind === 'fixed'
        ? `${step.minutes} minutes`
        : step.kind === 'dimensions'
          ? `${step.minutesPerItem} minutes per item of each dimension`
          : 'the rubric’s own minutes';
  for (let s = 0; s < Math.max(steps.length, referenceSteps.length); s++)
    if (timing(steps[s]) !== timing(referenceSteps[s]))
      problems.push({
        path: ['agenda', 'steps', s],
        message: `takes ${timing(steps[s])}, but ${reference.file} takes ${timing(referenceSteps[s])} there`,
      });
  for (const [rubric, dimensions] of Object.entries(reference.data.questions ?? {}))
    for (const [dimension, theirs] of Object.entries(dimensions)) {
      const mine = guide.data.questions?.[rubric]?.[dimension] ?? [];
      const path = ['questions', rubric, dimension];
      if (mine.length !== theirs.length) {
        if (mine.length > 0)
          problems.push({
            path,
            message: `has ${mine.length} question${mine.length === 1 ? '' : 's'}, but ${reference.file} has ${theirs.length}`,
          });
        continue;
      }
      theirs.forEach((question, q) => {
        if (mine[q]!.items.join() !== question.items.join())
          problems.push({
            path: [...path, q, 'items'],
            message: `is [${mine[q]!.items.join(', ')}], but ${reference.file} has [${question.items.join(', ')}] there`,
          });
      });
    }
  return problems;
}

/**
 * Every problem in the guide files, as "file → field: what is wrong" lines; empty when all is well. Each
 * language's guide is read against that language's rubric files and compared with the English guide.
 */
export function guideProblems(
  guides: readonly GuideFile[],
  rubrics: readonly RubricFile[],
  placeholders: readonly string[],
): string[] {
  const lines: string[] = [];
  const say = (file: string, path: Path, message: string) =>
    lines.push(path.length > 0 ? `${file} → ${path.join('.')}: ${message}` : `${file}: ${message}`);
  const langs = [...new Set(rubrics.map((r) => r.lang))].sort();
  const reference = guides.find((g) => g.lang === REFERENCE_LANG);
  for (const lang of langs) {
    const guide = guides.find((g) => g.lang === lang);
    if (!guide) {
      say(`src/content/guide/${lang}.yaml`, [], 'is missing: every language needs the facilitator’s guide');
      continue;
    }
    const own = rubrics.filter((r) => r.lang === lang);
    for (const p of fileProblems(guide, own, placeholders)) say(guide.file, p.path, p.message);
    if (reference && guide !== reference)
      for (const p of shapeProblems(guide, reference)) say(guide.file, p.path, p.message);
  }
  return lines;
}
