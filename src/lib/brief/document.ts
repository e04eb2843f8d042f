/**
 * The brief as words: the model (./model.ts) put into a language, as headings, lines and tables of text.
 * The page and the Word document both render this one shape, so they hold the same headings and numbers.
 */
import type { BalanceText } from '../../i18n/balance';
import type { BriefUi } from '../../i18n/brief';
import { isolate } from '../bidi';
import { formatDate, formatScore } from '../format';
import { formatDelta } from '../snapshots';
import type { BriefModel, BriefRubric, BriefStep } from './model';

/** What the pages know of each rubric, from its content at build time. */
export interface BriefNames {
  id: string;
  title: string;
  /** Level names, 0 to 4. */
  levels: string[];
  /** Dimension names by id. */
  dimensions: Record<string, string>;
  /** Item texts by id. */
  items: Record<string, string>;
}

/** The words the document is made of: the brief's own and the balance reading's. */
export interface BriefWords {
  brief: BriefUi;
  balance: BalanceText;
  decimalMark: string;
  /** Names joined for a sentence ("A, B and C"). */
  list: (names: string[]) => string;
  /** A label and its text ("Label: text"), with the language's spacing. */
  labelled: (label: string, text: string) => string;
}

/** A table cell: one line, or a main line with a smaller one under it. */
export type Cell = string | { main: string; sub: string };

export interface DocTable {
  head: string[];
  rows: Cell[][];
  /** Rows to set apart (the overall score), by index. */
  strong?: number[];
}

export interface DocRubric {
  id: string;
  heading: string;
  /** Null when nothing is answered: `lines` then says so. */
  table: DocTable | null;
  lines: string[];
}

export interface BriefDoc {
  title: string;
  subtitle: string;
  rubrics: DocRubric[];
  steps: { heading: string; table: DocTable | null; lines: string[] };
  need: { heading: string; text: string };
  footer: string;
  /** The words of the link that opens a rubric's answers (the QR code's link, in the Word document). */
  openOnline: string;
}

/** Steps' actions are cut to this many characters on the brief; the plan holds them whole. */
export const MAX_ACTION = 140;

/** Text cut to `max` characters at a word where it can be, with an ellipsis. */
export function shorten(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')}…`;
}

/** A calendar day ("YYYY-MM-DD") as people read it; noon, so no time zone moves it to another day. */
const dayText = (day: string, lang: string) => formatDate(`${day}T12:00:00`, lang, { dateStyle: 'medium' });

function rubricDoc(
  rubric: BriefRubric,
  names: BriefNames,
  words: BriefWords,
  lang: string,
  unreadable: boolean,
): DocRubric {
  const t = words.brief;
  const score = (value: number | null) => formatScore(value, words.decimalMark);
  const level = (value: number | null) =>
    value === null ? t.tooFew : t.levelName(value, names.levels[value]!);
  if (rubric.answered === 0)
    return {
      id: rubric.id,
      heading: names.title,
      table: null,
      lines: [unreadable ? t.unreadable : t.notAnswered],
    };
  const change = rubric.change;
  const delta = (value: number | null) => formatDelta(value, words.decimalMark);
  const table: DocTable = {
    head: [
      t.dimension,
      t.score,
      t.level,
      t.target,
      ...(change ? [t.changeSince(formatDate(change.date, lang, { dateStyle: 'medium' }))] : []),
    ],
    rows: [
      [t.overall, score(rubric.score), level(rubric.level), t.none, ...(change ? [delta(change.delta)] : [])],
      ...rubric.dimensions.map((d) => [
        names.dimensions[d.id] ?? d.id,
        score(d.score),
        level(d.level),
        d.target === null ? t.none : String(d.target),
        ...(change ? [delta(d.change)] : []),
      ]),
    ],
    strong: [0],
  };
  const lines = [t.answered(rubric.answered, rubric.total)];
  if (rubric.unscored.length > 0)
    lines.push(t.leftOut(words.list(rubric.unscored.map((id) => names.dimensions[id] ?? id))));
  if (rubric.balance !== undefined)
    lines.push(
      words.labelled(
        words.balance.heading,
        rubric.balance === null ? words.balance.tooFew : words.balance.readings[rubric.balance],
      ),
    );
  if (change)
    lines.push(
      `${t.since(isolate(change.label), formatDate(change.date, lang, { dateStyle: 'medium' }), score(change.before), score(change.after), delta(change.delta))} ${t.moved(change.rose, change.fell)}`,
    );
  else lines.push(t.noPrevious);
  return { id: rubric.id, heading: names.title, table, lines };
}

function statusText({ step, overdue }: BriefStep, words: BriefWords): string {
  const t = words.brief;
  return overdue ? `${t.statuses[step.status]}. ${t.overdue}` : t.statuses[step.status];
}

export interface DocumentInput {
  /** What each rubric is called, in any order. */
  names: readonly BriefNames[];
  /** The leader's "what we need" paragraph. */
  need: string;
  words: BriefWords;
  today: Date;
  lang: string;
  /** Rubrics whose saved answers could not be read (the brief says so instead of "not answered"). */
  unreadable?: readonly string[];
}

/** The brief of `model` in a language. */
export function briefDocument(model: BriefModel, input: DocumentInput): BriefDoc {
  const { names, need, words, today, lang, unreadable = [] } = input;
  const t = words.brief;
  const namesOf = (id: string) => names.find((n) => n.id === id);
  const steps = model.steps.map((entry): Cell[] => {
    const rubric = namesOf(entry.step.rubric);
    return [
      {
        main: entry.step.action.trim() ? isolate(shorten(entry.step.action, MAX_ACTION)) : t.none,
        sub: `${rubric?.title ?? entry.step.rubric} · ${rubric?.items[entry.step.item] ?? entry.step.item}`,
      },
      entry.step.owner.trim() ? isolate(entry.step.owner.trim()) : t.none,
      entry.step.due ? dayText(entry.step.due, lang) : t.none,
      statusText(entry, words),
    ];
  });
  const more = t.moreSteps(model.moreSteps, model.done);
  return {
    title: t.title,
    subtitle: t.made(
      model.district && isolate(model.district),
      formatDate(today, lang, { dateStyle: 'long' }),
    ),
    rubrics: model.rubrics.map((rubric) =>
      rubricDoc(rubric, namesOf(rubric.id)!, words, lang, unreadable.includes(rubric.id)),
    ),
    steps: {
      heading: t.stepsHeading,
      table: steps.length > 0 ? { head: [t.step, t.owner, t.due, t.status], rows: steps } : null,
      lines: steps.length > 0 ? (more ? [more] : []) : [t.noSteps, ...(more ? [more] : [])],
    },
    need: { heading: t.needHeading, text: need.trim() },
    footer: t.footer,
    openOnline: t.openOnline,
  };
}
