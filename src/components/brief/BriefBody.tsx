import { useStore } from '@nanostores/preact';
import { useState } from 'preact/hooks';
import type { BalanceText } from '../../i18n/balance';
import { briefTextFor } from '../../i18n/brief';
import { uiFor, type Lang } from '../../i18n/ui';
import type { Assessment } from '../../lib/assessment';
import type { Snapshot } from '../../lib/snapshots';
import { briefDocument } from '../../lib/brief/document';
import { briefModel, today } from '../../lib/brief/model';
import { formatDate } from '../../lib/format';
import { $brief } from '../../stores/brief';
import { assessmentStore } from '../../stores/assessments';
import { snapshotsStore } from '../../stores/snapshots';
import { $plan } from '../../stores/plan';
import { useOnDemand } from '../common/hooks';
import { MemoryOnlyNotice } from '../common/StorageNotice';
import { Sentence } from '../common/UserText';
import { BarLegend } from './BriefBars';
import BriefRubric from './BriefRubric';
import DocTable from './DocTable';
import NeedField from './NeedField';
import type { BriefRubricProps } from './types';
import { useWordDownload } from './useWordDownload';

export interface BriefProps {
  rubrics: BriefRubricProps[];
  /** The balance reading's words (i18n/balance.ts), from the page. */
  balanceText: BalanceText;
  lang: Lang;
  planHref: string;
}

/**
 * The brief for the board: where the district stands on each rubric, what changed since the previous
 * snapshot, the plan's main steps and what the leader asks for, on at most two printed pages, with each
 * rubric's QR code; and the same brief as a Word document, made when asked. Loaded by the page's island
 * (Brief.tsx) as soon as it starts, so it only ever runs in the browser, with the saved data to hand.
 */
export default function BriefBody({ rubrics, balanceText, lang, planHref }: BriefProps) {
  const t = briefTextFor(lang);
  const ui = uiFor(lang);
  const ids = rubrics.map((r) => r.id);
  const assessments: Record<string, Assessment> = {};
  const snapshots: Record<string, Snapshot[]> = {};
  const unreadable: string[] = [];
  for (const id of ids) {
    // The list is fixed for the life of the island, so the hooks run in the same order every time.
    const entry = useStore(assessmentStore(id));
    const saved = useStore(snapshotsStore(id));
    if (entry?.ok) assessments[id] = entry.assessment;
    else if (entry) unreadable.push(id);
    if (saved?.ok) snapshots[id] = saved.snapshots;
  }
  const plan = useStore($plan);
  const stored = useStore($brief);
  const [links, setLinks] = useState<Record<string, string>>({});
  const onLink = (id: string, link: string) => setLinks((all) => ({ ...all, [id]: link }));

  const now = new Date();
  const model = briefModel({
    rubrics,
    assessments,
    snapshots,
    steps: plan?.ok ? plan.steps : [],
    today: today(now),
  });
  const shown = (id: string) =>
    model.rubrics.find((r) => r.id === id)!.answered > 0 ? assessments[id]! : null;
  const Qr = useOnDemand(ids.some(shown), () => import('./BriefQr'));
  const doc = briefDocument(model, {
    names: rubrics,
    need: stored?.ok ? stored.need : '',
    words: {
      brief: t,
      balance: balanceText,
      decimalMark: ui.decimalMark,
      list: ui.list,
      labelled: ui.labelled,
    },
    today: now,
    lang,
    unreadable,
  });
  const dateText = formatDate(now, lang, { dateStyle: 'long' });
  const word = useWordDownload(doc, links, lang, t);

  return (
    <>
      <MemoryOnlyNotice lang={lang} />
      <div class="brief-tools">
        <p class="brief-actions">
          <button type="button" class="primary" onClick={() => print()}>
            {t.print}
          </button>
          <button type="button" onClick={word.start} disabled={word.state === 'making'}>
            {t.downloadWord}
          </button>
        </p>
        <p class="hint">
          {t.printHint} {t.wordHint}
        </p>
        <p role="status" class={word.state === 'failed' ? 'notice notice-error' : 'brief-word-status'}>
          {word.message}
        </p>
      </div>

      <article class="brief" aria-labelledby="brief-title">
        <header class="brief-head">
          <h1 id="brief-title">{doc.title}</h1>
          <p class="brief-subtitle">
            {/* The district as typed, isolated in the page as the Word document's text isolates it. */}
            {model.district ? (
              <Sentence of={(slot) => t.made(slot, dateText)} value={model.district} />
            ) : (
              dateText
            )}
          </p>
          {model.rubrics.some((r) => r.answered > 0) && (
            <BarLegend
              now={t.legendNow}
              target={t.legendTarget}
              before={model.rubrics.some((r) => r.change) ? t.legendBefore : null}
            />
          )}
        </header>
        {doc.rubrics.map((rubricDoc, i) => (
          <BriefRubric
            key={rubricDoc.id}
            doc={rubricDoc}
            model={model.rubrics[i]!}
            rubric={rubrics[i]!}
            assessment={shown(rubricDoc.id)}
            Qr={Qr}
            onLink={onLink}
            t={t}
          />
        ))}
        <section class="brief-steps" aria-labelledby="brief-steps-heading">
          <h2 id="brief-steps-heading">{doc.steps.heading}</h2>
          {doc.steps.table && (
            <DocTable table={doc.steps.table} caption={doc.steps.heading} class="brief-plan" />
          )}
          {doc.steps.lines.map((line, i) => (
            <p key={i}>{line}</p>
          ))}
          <p class="brief-screen-only">
            <a href={planHref}>{t.openPlan}</a>
          </p>
        </section>
        <NeedField stored={stored} t={t} lang={lang} />
        <footer class="brief-foot">
          <p>{doc.footer}</p>
        </footer>
      </article>
    </>
  );
}
