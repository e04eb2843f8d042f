import { Packer } from 'docx';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { balanceText } from '../../../src/i18n/balance';
import { briefTextFor } from '../../../src/i18n/brief';
import '../../../src/i18n/brief-en';
import '../../../src/i18n/brief-fr';
import '../../../src/i18n/en';
import '../../../src/i18n/fr';
import { uiFor, type Lang } from '../../../src/i18n/ui';
import { briefDocument, shorten, type BriefDoc, type Cell } from '../../../src/lib/brief/document';
import { briefModel } from '../../../src/lib/brief/model';
import { briefWordDocument } from '../../../src/lib/brief/word';
import { outlineOf } from '../../../src/lib/outline';
import { fullAssessment, ratedIds, realRubrics } from '../../share-fixtures';
import { sampleStep } from '../plan/sample';

const [office, conditions] = realRubrics;
const names = realRubrics.map(({ id, data }) => ({
  id,
  title: data.title,
  levels: data.levels.map((level) => level.name),
  dimensions: Object.fromEntries(data.dimensions.map((d) => [d.id, d.name])),
  items: Object.fromEntries(data.dimensions.flatMap((d) => d.items.map((item) => [item.id, item.text]))),
}));

/** The brief of office support answered at 2 (1 in a spring snapshot), conditions at 3, deployment not at all. */
function sampleBrief(lang: Lang): BriefDoc {
  const at = (entry: typeof office, level: number, updatedAt: string) => ({
    ...fullAssessment(entry!, updatedAt),
    targets: undefined,
    ratings: Object.fromEntries(ratedIds(entry!.data).map((id) => [id, level as 2])),
  });
  const model = briefModel({
    rubrics: realRubrics.map(({ id, data }) => ({ id, outline: outlineOf(data), balance: data.balance })),
    assessments: {
      [office!.id]: at(office, 2, '2026-11-20T10:00:00.000Z'),
      [conditions!.id]: at(conditions, 3, '2026-11-21T10:00:00.000Z'),
    },
    snapshots: {
      [office!.id]: [
        {
          id: 's',
          label: 'Spring 2026',
          savedAt: '2026-04-10T10:00:00.000Z',
          assessment: at(office, 1, '2026-04-10T09:00:00.000Z'),
        },
      ],
    },
    steps: [
      { ...sampleStep, rubric: office!.id, item: ratedIds(office!.data)[0]!, owner: 'Deputy superintendent' },
    ],
    today: '2026-12-01',
  });
  const ui = uiFor(lang);
  return briefDocument(model, {
    names,
    need: 'Two more coach positions.\nA protected hour a week.',
    words: {
      brief: briefTextFor(lang),
      balance: balanceText[lang],
      decimalMark: ui.decimalMark,
      list: ui.list,
      labelled: ui.labelled,
    },
    today: new Date('2026-12-01T12:00:00'),
    lang,
  });
}

/** The text of a Word document's body, paragraph by paragraph. */
async function wordText(brief: BriefDoc, links: Record<string, string> = {}): Promise<string> {
  const buffer = await Packer.toBuffer(briefWordDocument(brief, 'en-US', links));
  const xml = strFromU8(unzipSync(new Uint8Array(buffer))['word/document.xml']!);
  return xml
    .replace(/<\/w:p>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'");
}

const cellText = (cell: Cell) => (typeof cell === 'string' ? [cell] : [cell.main, cell.sub]);

describe('the Word document of the brief', () => {
  for (const lang of ['en', 'fr'] as const)
    it(`holds the same headings, numbers and lines as the page, in ${lang}`, async () => {
      const brief = sampleBrief(lang);
      const text = await wordText(brief);
      const expected = [
        brief.title,
        brief.subtitle,
        ...brief.rubrics.flatMap((r) => [
          r.heading,
          ...r.lines,
          ...(r.table ? [...r.table.head, ...r.table.rows.flat().flatMap(cellText)] : []),
        ]),
        brief.steps.heading,
        ...brief.steps.lines,
        ...(brief.steps.table
          ? [...brief.steps.table.head, ...brief.steps.table.rows.flat().flatMap(cellText)]
          : []),
        brief.need.heading,
        'Two more coach positions.',
        'A protected hour a week.',
        brief.footer,
      ];
      const paragraphs = new Set(text.split('\n'));
      for (const line of expected) expect(paragraphs, line).toContain(line);
    });

  it('says by hand-computed numbers where the district stands and what changed', () => {
    const brief = sampleBrief('en');
    const [officeDoc, conditionsDoc, deploymentDoc] = brief.rubrics;
    // Every item at 2: overall and each dimension 2.0, target 3, +1.0 since the snapshot at 1.
    expect(officeDoc!.table!.rows[0]).toEqual([
      'Overall score',
      '2.0',
      '2 Occasional Involvement',
      '—',
      '+1.0',
    ]);
    expect(officeDoc!.table!.rows.slice(1).map((row) => row.slice(1))).toEqual(
      Array(4).fill(['2.0', '2 Occasional Involvement', '3', '+1.0']),
    );
    expect(officeDoc!.table!.head.at(-1)).toBe('Change since Apr 10, 2026');
    expect(conditionsDoc!.table!.rows[0]).toEqual(['Overall score', '3.0', '3 Structured', '—']);
    expect(conditionsDoc!.lines.at(-1)).toMatch(/^No earlier snapshot/);
    expect(deploymentDoc).toMatchObject({
      table: null,
      lines: ['Not answered yet: nothing to report on this rubric.'],
    });
    expect(brief.steps.table!.rows[0]!.slice(1)).toEqual([
      '\u2068Deputy superintendent\u2069',
      'Mar 31, 2027',
      'Under way',
    ]);
  });

  it('carries each rubric’s link as a link', async () => {
    const buffer = await Packer.toBuffer(
      briefWordDocument(sampleBrief('en'), 'en-US', { [office!.id]: 'https://example.org/results/x/#r=abc' }),
    );
    const files = unzipSync(new Uint8Array(buffer));
    // Word keeps the part after "#" as the link's anchor and puts it back on the address (MS-OI29500 §17.16.22).
    expect(strFromU8(files['word/_rels/document.xml.rels']!)).toContain(
      'Target="https://example.org/results/x/"',
    );
    const xml = strFromU8(files['word/document.xml']!);
    expect(xml).toMatch(/<w:hyperlink[^>]* w:anchor="r=abc"/);
    expect(xml).toContain('Open these answers on their results page');
  });
});

describe('shortening a step’s action', () => {
  it('keeps short text whole and cuts long text at a word, with an ellipsis', () => {
    expect(shorten('  Meet   monthly. ', 20)).toBe('Meet monthly.');
    expect(shorten('Leaders meet each month with the coaching lead', 30)).toBe(
      'Leaders meet each month with…',
    );
  });
});
