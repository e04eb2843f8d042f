import { useState } from 'preact/hooks';
import type { Lang } from '../../i18n/ui';
import { teamUiFor } from '../../i18n/workshop';
import { formatDate, formatScore } from '../../lib/format';
import { unlessSiteUpdated } from '../../lib/on-demand';
import type { Rubric } from '../../lib/schema/rubric';
import { consensusView } from '../../lib/views/consensus';
import type { Workshop } from '../../lib/workshop';
import { hasSavedAnswers } from '../../stores/assessments';
import { adoptConsensus, saveConsensusSnapshot } from '../../stores/workshop';
import type { WriteFailure, WriteResult } from '../../stores/storage';
import NotSaved, { failureOf } from '../common/NotSaved';
import '../common/progress.css';
import { Sentence } from '../common/UserText';

interface Props {
  rubricId: string;
  rubric: Rubric;
  workshop: Workshop;
  resultsHref: string;
  printHref: string;
  lang: Lang;
}

type Done = { kind: 'adopted' } | { kind: 'snapshot'; label: string } | null;

/** How far the team has agreed, and what to do with the consensus: keep it as the district's answers or a snapshot. */
export default function WorkshopConsensus({
  rubricId,
  rubric,
  workshop,
  resultsHref,
  printHref,
  lang,
}: Props) {
  const t = teamUiFor(lang);
  const today = formatDate(new Date(), lang);
  const [label, setLabel] = useState('');
  const [done, setDone] = useState<Done>(null);
  const [notSaved, setNotSaved] = useState<WriteFailure | null>(null);
  /** Says what became of a save: done, or not saved and why. */
  const after = (result: WriteResult, what: Done) => {
    setNotSaved(failureOf(result));
    setDone(result.ok ? what : null);
    return result.ok;
  };
  const options = {
    role: t.consensusRole(workshop.responses.length),
    noteOf: t.dissentNote,
  };
  const { agreed, total, score } = consensusView(rubric, workshop, options);
  const levelName = (level: number | null) =>
    level === null ? t.notScored : `${level} ${rubric.levels[level]?.name}`;

  return (
    <div class="consensus">
      <p>{t.consensusIntro}</p>
      <div class="progress">
        <label for="consensus-progress">{t.agreedOf(agreed, total)}</label>
        <progress id="consensus-progress" max={total} value={agreed} />
      </div>
      <p data-testid="consensus-score">
        {t.consensusScore(formatScore(score.score, t.decimalMark), levelName(score.level))}
      </p>
      {agreed < total && <p class="muted">{t.consensusIncomplete(total - agreed)}</p>}
      <p class="inline-form">
        <button
          type="button"
          class="primary"
          disabled={agreed === 0}
          onClick={() => {
            if (hasSavedAnswers(rubricId) && !window.confirm(t.confirmReplaceWithConsensus)) return;
            after(adoptConsensus(rubricId, rubric, options), { kind: 'adopted' });
          }}
        >
          {t.useAsDistrict}
        </button>
      </p>
      <form
        class="inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          const chosen = label.trim() || t.consensusSnapshotLabel(today);
          void saveConsensusSnapshot(rubricId, rubric, options, chosen)
            .then((result) => {
              if (after(result, { kind: 'snapshot', label: chosen })) setLabel('');
            })
            .catch(unlessSiteUpdated);
        }}
      >
        <label for="consensus-label">{t.snapshotLabel}</label>
        <input
          id="consensus-label"
          type="text"
          maxLength={200}
          value={label}
          placeholder={t.consensusSnapshotLabel(today)}
          onInput={(e) => setLabel(e.currentTarget.value)}
        />
        <button type="submit" disabled={agreed === 0}>
          {t.saveConsensusSnapshot}
        </button>
      </form>
      <p role="status" data-testid="consensus-status">
        {done && (
          <>
            {done.kind === 'adopted' ? (
              t.consensusAdopted
            ) : (
              <Sentence of={t.consensusSnapshotSaved} value={done.label} />
            )}{' '}
            <a href={resultsHref}>{t.seeTheResults}</a> · <a href={printHref}>{t.printSheet}</a>
          </>
        )}
      </p>
      <NotSaved reason={notSaved} kept={false} lang={lang} />
    </div>
  );
}
