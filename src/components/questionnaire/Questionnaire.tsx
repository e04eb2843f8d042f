import type { TargetedKeyboardEvent } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { uiFor, type Lang } from '../../i18n/ui';
import type { Assessment, Rating } from '../../lib/assessment';
import { progressOf } from '../../lib/progress';
import { LEVELS } from '../../lib/levels';
import type { CountItem, RatedItem, Rubric } from '../../lib/schema/rubric';
import { rate, setCount, setNote } from '../../stores/assessments';
import { $storageMode } from '../../stores/storage';
import CountInput from './CountInput';
import { useAssessment } from '../common/hooks';
import SaveStatus from './SaveStatus';
import StorageNotice from '../common/StorageNotice';

interface Props {
  rubricId: string;
  rubric: Rubric;
  lang: Lang;
  resultsHref: string;
}

/** The results link with the answers after #, for browsers that keep nothing (share code loaded on demand). */
async function linkWithAnswers(
  rubricId: string,
  rubric: Rubric,
  assessment: Assessment,
  resultsHref: string,
): Promise<string> {
  const { encodeShareCode, shareFragment } = await import('../../lib/share-code');
  const entry = { id: rubricId, data: rubric };
  const code = await encodeShareCode(assessment, entry, { notes: true, profile: true }).catch(() =>
    encodeShareCode(assessment, entry, { notes: false, profile: true }),
  );
  return resultsHref + shareFragment(code);
}

const stepHash = (step: number, count: number) => (step >= count ? '#review' : `#step-${step + 1}`);

function stepFromHash(hash: string, count: number): number {
  if (hash === '#review') return count;
  const match = /^#step-(\d+)$/.exec(hash);
  const step = match ? Number(match[1]) - 1 : 0;
  return step >= 0 && step < count ? step : 0;
}

/** The questionnaire: one dimension per step, then a review of what is left. */
export default function Questionnaire({ rubricId, rubric, lang, resultsHref }: Props) {
  const t = uiFor(lang);
  const { entry, assessment } = useAssessment(rubricId);
  const count = rubric.dimensions.length;
  const [step, setStep] = useState(0);
  const focusTarget = useRef<string | null>(null);
  const progress = progressOf(rubric, assessment);

  useEffect(() => {
    const sync = () => setStep(stepFromHash(location.hash, count));
    sync();
    addEventListener('hashchange', sync);
    return () => removeEventListener('hashchange', sync);
  }, [count]);

  // After a step change, move focus where the person asked to go: the step heading or a given item.
  useEffect(() => {
    const id = focusTarget.current;
    if (id === null) return;
    focusTarget.current = null;
    const target = document.getElementById(id);
    const focusable = target?.matches('input, textarea, button, a, [tabindex]')
      ? target
      : (target?.querySelector<HTMLElement>('input:checked') ??
        target?.querySelector<HTMLElement>('input, textarea'));
    focusable?.focus();
    target?.scrollIntoView({ block: 'start' });
  }, [step]);

  const go = (next: number, focusId = 'step-heading') => {
    focusTarget.current = focusId;
    history.replaceState(null, '', stepHash(next, count));
    setStep(next);
  };

  const dimension = step < count ? rubric.dimensions[step] : undefined;

  return (
    <div class="questionnaire">
      <StorageNotice rubricId={rubricId} entry={entry} lang={lang} />
      <div class="progress">
        <label for="progress-bar">{t.answeredOf(progress.answered, progress.total)}</label>
        <progress id="progress-bar" max={progress.total} value={progress.answered} />
      </div>
      <nav class="steps" aria-label={t.stepsLabel}>
        <ol>
          {rubric.dimensions.map((d, i) => {
            const left = progress.unanswered.filter((u) => u.dimensionId === d.id).length;
            return (
              <li key={d.id}>
                <a
                  href={stepHash(i, count)}
                  aria-current={i === step ? 'step' : undefined}
                  onClick={(e) => {
                    e.preventDefault();
                    go(i);
                  }}
                >
                  <span class="step-number">{i + 1}</span> <span class="step-name">{d.name}</span>
                  <span class="step-count">
                    {' '}
                    ({d.items.length - left}/{d.items.length})
                  </span>
                </a>
              </li>
            );
          })}
          <li>
            <a
              href="#review"
              aria-current={step === count ? 'step' : undefined}
              onClick={(e) => {
                e.preventDefault();
                go(count);
              }}
            >
              {t.review}
            </a>
          </li>
        </ol>
      </nav>

      {dimension ? (
        <section class="step" aria-labelledby="step-heading">
          <h2 id="step-heading" tabIndex={-1}>
            <span class="step-number">{step + 1}</span> {dimension.name}
            <span class="tagline">{dimension.tagline}</span>
          </h2>
          <p class="dimension-description">{dimension.description}</p>
          <p class="hint">{t.digitsHint}</p>
          {dimension.items.map((item, i) => {
            const number = `${step + 1}.${i + 1}`;
            return item.kind === 'rated' ? (
              <RatedQuestion
                key={item.id}
                rubricId={rubricId}
                rubric={rubric}
                item={item}
                number={number}
                assessment={assessment}
                lang={lang}
              />
            ) : (
              <CountQuestion
                key={item.id}
                rubricId={rubricId}
                item={item}
                number={number}
                assessment={assessment}
                lang={lang}
              />
            );
          })}
        </section>
      ) : (
        <Review rubric={rubric} assessment={assessment} lang={lang} onGo={(s, id) => go(s, id)} />
      )}

      <div class="step-buttons">
        <button type="button" onClick={() => go(step - 1)} disabled={step === 0}>
          {t.previous}
        </button>
        <SaveStatus lang={lang} />
        {step < count ? (
          <button type="button" class="primary" onClick={() => go(step + 1)}>
            {step + 1 === count ? t.review : t.next}
          </button>
        ) : (
          <a
            class="button primary"
            href={resultsHref}
            onClick={(e) => {
              // Without storage the answers live only in this page: carry them to the results in the link.
              if ($storageMode.get() !== 'memory') return;
              e.preventDefault();
              void linkWithAnswers(rubricId, rubric, assessment, resultsHref).then((href) =>
                location.assign(href),
              );
            }}
          >
            {t.goToResults}
          </a>
        )}
      </div>
    </div>
  );
}

interface QuestionProps<I> {
  rubricId: string;
  item: I;
  number: string;
  assessment: Assessment;
  lang: Lang;
}

function NoteField({
  rubricId,
  itemId,
  note,
  lang,
}: {
  rubricId: string;
  itemId: string;
  note: string;
  lang: Lang;
}) {
  const t = uiFor(lang);
  return (
    <div class="note">
      <label for={`note-${itemId}`}>{t.noteLabel}</label>
      <textarea
        id={`note-${itemId}`}
        rows={2}
        maxLength={20000}
        value={note}
        onInput={(e) => setNote(rubricId, itemId, e.currentTarget.value)}
      />
    </div>
  );
}

function RatedQuestion({
  rubricId,
  rubric,
  item,
  number,
  assessment,
  lang,
}: QuestionProps<RatedItem> & { rubric: Rubric }) {
  const t = uiFor(lang);
  const current = assessment.ratings[item.id];
  const choose = (rating: Rating) => rate(rubricId, item.id, rating);

  // Digits 0–4 pick a level while focus is anywhere on the item's choices.
  const onKeyDown = (e: TargetedKeyboardEvent<HTMLFieldSetElement>) => {
    if (
      e.altKey ||
      e.ctrlKey ||
      e.metaKey ||
      !(e.target instanceof HTMLInputElement) ||
      e.target.type !== 'radio'
    )
      return;
    const level = LEVELS.find((l) => String(l) === e.key);
    if (level === undefined) return;
    e.preventDefault();
    choose(level);
    e.currentTarget.querySelector<HTMLInputElement>(`input[value="${level}"]`)?.focus();
  };

  return (
    <fieldset class="item" id={`item-${item.id}`} onKeyDown={onKeyDown}>
      <legend>
        <span class="item-number">{number}</span> {item.text}
      </legend>
      <div class="options">
        {LEVELS.map((level) => (
          <label key={level} class="option">
            <input
              type="radio"
              name={`rating-${item.id}`}
              value={level}
              checked={current === level}
              onChange={() => choose(level)}
            />
            <span class="option-head">
              <span class="option-level">{level}</span> {rubric.levels[level]?.name}
            </span>
            <span class="option-text">{item.levels[level]}</span>
          </label>
        ))}
        <label class="option option-unsure">
          <input
            type="radio"
            name={`rating-${item.id}`}
            value="unsure"
            checked={current === 'unsure'}
            onChange={() => choose('unsure')}
          />
          <span class="option-head">{t.notSure}</span>
        </label>
      </div>
      <NoteField rubricId={rubricId} itemId={item.id} note={assessment.notes[item.id] ?? ''} lang={lang} />
    </fieldset>
  );
}

function CountQuestion({ rubricId, item, number, assessment, lang }: QuestionProps<CountItem>) {
  return (
    <div class="item item-count" id={`item-${item.id}`}>
      <CountInput
        item={item}
        number={number}
        value={assessment.counts[item.id]}
        lang={lang}
        onChange={(value) => setCount(rubricId, item.id, value)}
      />
      <NoteField rubricId={rubricId} itemId={item.id} note={assessment.notes[item.id] ?? ''} lang={lang} />
    </div>
  );
}

interface ReviewProps {
  rubric: Rubric;
  assessment: Assessment;
  lang: Lang;
  onGo: (step: number, focusId: string) => void;
}

function Review({ rubric, assessment, lang, onGo }: ReviewProps) {
  const t = uiFor(lang);
  const progress = progressOf(rubric, assessment);
  return (
    <section class="step review" aria-labelledby="step-heading">
      <h2 id="step-heading" tabIndex={-1}>
        {t.review}
      </h2>
      <p>{progress.unanswered.length === 0 ? t.allAnswered : t.reviewIntro}</p>
      <ol class="review-list">
        {rubric.dimensions.map((dimension, d) => {
          const missing = progress.unanswered.filter((u) => u.dimensionId === dimension.id);
          return (
            <li key={dimension.id}>
              <strong>{dimension.name}</strong>
              {missing.length === 0 ? (
                <span> — {t.dimensionDone}</span>
              ) : (
                <>
                  <span> — {t.unansweredIn(missing.length)}</span>
                  <ul>
                    {missing.map(({ itemId }) => {
                      const index = dimension.items.findIndex((item) => item.id === itemId);
                      const item = dimension.items[index];
                      return (
                        <li key={itemId}>
                          <a
                            href={`#step-${d + 1}`}
                            onClick={(e) => {
                              e.preventDefault();
                              onGo(d, `item-${itemId}`);
                            }}
                          >
                            {d + 1}.{index + 1} {item?.text}
                          </a>
                        </li>
                      );
                    })}
                  </ul>
                </>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
