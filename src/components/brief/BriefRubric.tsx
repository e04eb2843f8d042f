import type { ComponentType } from 'preact';
import type { BriefUi } from '../../i18n/brief';
import type { Assessment } from '../../lib/assessment';
import type { DocRubric } from '../../lib/brief/document';
import type { BriefRubric as RubricModel } from '../../lib/brief/model';
import BriefBar, { BarScale } from './BriefBars';
import { DocCell } from './DocTable';
import type BriefQrType from './BriefQr';
import type { BriefRubricProps } from './types';

interface Props {
  doc: DocRubric;
  model: RubricModel;
  rubric: BriefRubricProps;
  /** The answers shown, for the QR code; null while there are none to carry. */
  assessment: Assessment | null;
  /** The QR code's component, once loaded (null until then). */
  Qr: ComponentType<Parameters<typeof BriefQrType>[0]> | null;
  onLink: (rubricId: string, link: string) => void;
  t: BriefUi;
}

/** One rubric on the brief: its scores and levels with bars, its balance, what changed, and its QR code. */
export default function BriefRubric({ doc, model, rubric, assessment, Qr, onLink, t }: Props) {
  const headingId = `brief-${rubric.id}`;
  const bars = [
    { score: model.score, before: model.change?.before ?? null, target: null },
    ...model.dimensions.map((d) => ({ score: d.score, before: d.before, target: d.target })),
  ];
  return (
    <section class="brief-rubric" aria-labelledby={headingId} data-rubric={rubric.id}>
      <div class="brief-rubric-head">
        <div>
          <h2 id={headingId}>{doc.heading}</h2>
          {doc.lines.map((line, i) => (
            <p key={i}>{line}</p>
          ))}
          {!doc.table && !assessment && (
            <p class="brief-screen-only">
              <a href={rubric.assessHref}>{t.startAnswering}</a>
            </p>
          )}
        </div>
        {assessment &&
          (Qr ? (
            <Qr
              rubricId={rubric.id}
              outline={rubric.outline}
              assessment={assessment}
              resultsHref={rubric.resultsHref}
              label={t.qrLabel(rubric.title)}
              caption={t.qrCaption}
              onLink={onLink}
            />
          ) : (
            <figure class="brief-qr">
              <div class="qr-placeholder" />
            </figure>
          ))}
      </div>
      {doc.table && (
        <>
          <table class="brief-table brief-scores">
            <caption class="sr-only">{doc.heading}</caption>
            <thead>
              <tr>
                {doc.table.head.map((cell, i) => (
                  <th key={i} scope="col">
                    {cell}
                  </th>
                ))}
                <th scope="col" class="brief-bar-cell">
                  <span class="sr-only">{t.barsLabel(rubric.title)}</span>
                  <BarScale />
                </th>
              </tr>
            </thead>
            <tbody>
              {doc.table.rows.map((row, r) => (
                <tr key={r} class={doc.table!.strong?.includes(r) ? 'brief-strong' : undefined}>
                  {row.map((cell, c) =>
                    c === 0 ? (
                      <th key={c} scope="row">
                        <DocCell cell={cell} />
                      </th>
                    ) : (
                      <td key={c}>
                        <DocCell cell={cell} />
                      </td>
                    ),
                  )}
                  <td class="brief-bar-cell">
                    <BriefBar {...bars[r]!} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
