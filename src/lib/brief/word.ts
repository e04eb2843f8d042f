/**
 * The brief as an editable Word document (.docx), built in the browser from the same words as the page
 * (./document.ts). This module carries the `docx` library, so the page loads it only when "Download as Word"
 * is pressed (components/brief/Brief.tsx).
 */
import {
  Document,
  ExternalHyperlink,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { BriefDoc, Cell, DocTable } from './document';

/** Half-points: the body's size, and the smaller line under a step. */
const BODY = 21;
const SMALL = 17;

function cellParagraphs(cell: Cell, bold: boolean): Paragraph[] {
  if (typeof cell === 'string') return [new Paragraph({ children: [new TextRun({ text: cell, bold })] })];
  return [
    new Paragraph({ children: [new TextRun({ text: cell.main, bold })] }),
    new Paragraph({ children: [new TextRun({ text: cell.sub, size: SMALL, color: '4A5468' })] }),
  ];
}

function table({ head, rows, strong = [] }: DocTable): Table {
  const row = (cells: Cell[], bold: boolean, header = false) =>
    new TableRow({
      tableHeader: header,
      cantSplit: true,
      children: cells.map(
        (cell) =>
          new TableCell({
            children: cellParagraphs(cell, bold),
            margins: { top: 40, bottom: 40, left: 80, right: 80 },
          }),
      ),
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [row(head, true, true), ...rows.map((cells, i) => row(cells, strong.includes(i)))],
  });
}

const text = (line: string) => new Paragraph({ children: [new TextRun(line)], spacing: { before: 80 } });

/**
 * The Word document of `brief`, in `lang` (a BCP 47 tag, for the spelling checker); `links` are each rubric's
 * link that opens its answers, by rubric id, where one could be made.
 */
export function briefWordDocument(brief: BriefDoc, lang: string, links: Record<string, string>): Document {
  const heading = (line: string, level: 1 | 2) =>
    new Paragraph({
      text: line,
      heading: level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2,
      spacing: { before: level === 1 ? 0 : 240, after: 80 },
      keepNext: true,
    });
  const children: (Paragraph | Table)[] = [heading(brief.title, 1), text(brief.subtitle)];
  for (const rubric of brief.rubrics) {
    children.push(heading(rubric.heading, 2));
    if (rubric.table) children.push(table(rubric.table));
    children.push(...rubric.lines.map(text));
    const link = links[rubric.id];
    if (link)
      children.push(
        new Paragraph({
          spacing: { before: 80 },
          children: [
            new ExternalHyperlink({
              link,
              children: [new TextRun({ text: brief.openOnline, style: 'Hyperlink' })],
            }),
          ],
        }),
      );
  }
  children.push(heading(brief.steps.heading, 2));
  if (brief.steps.table) children.push(table(brief.steps.table));
  children.push(...brief.steps.lines.map(text));
  children.push(heading(brief.need.heading, 2));
  // The leader's paragraph keeps its line breaks; empty, it leaves a line to write on.
  children.push(...(brief.need.text || '').split(/\r?\n/).map(text));
  children.push(
    new Paragraph({
      spacing: { before: 360 },
      children: [new TextRun({ text: brief.footer, size: SMALL, color: '4A5468' })],
    }),
  );
  return new Document({
    title: brief.title,
    description: brief.subtitle,
    styles: { default: { document: { run: { size: BODY, font: 'Calibri', language: { value: lang } } } } },
    sections: [{ children }],
  });
}

/** The .docx file of `brief`, as a Blob to download. */
export function briefWordBlob(brief: BriefDoc, lang: string, links: Record<string, string>): Promise<Blob> {
  return Packer.toBlob(briefWordDocument(brief, lang, links));
}
