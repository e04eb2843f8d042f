import type { ComponentChildren, TargetedKeyboardEvent } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { uiFor, type Lang } from '../../i18n/ui';
import type { Assessment, Rating } from '../../lib/assessment';
import { LEVELS } from '../../lib/levels';
import type { CountItem, RatedItem, Rubric } from '../../lib/schema/rubric';
import { rate, setCount, setNote } from '../../stores/assessments';
import CountInput from './CountInput';
import { MAX_NOTE } from '../../lib/limits';

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
  // What is being typed here, while the field has focus: another tab's copy of this note never replaces
  // it. Should one arrive, the typed text is written again, once for each thing typed (two tabs typing into
  // the same note would otherwise take turns rewriting it forever).
  const typed = useRef<string | null>(null);
  const again = useRef(false);
  useEffect(() => {
    if (typed.current === null || note === typed.current || !again.current) return;
    again.current = false;
    setNote(rubricId, itemId, typed.current);
  }, [note]);
  return (
    <div class="note">
      <label for={`note-${itemId}`}>{t.noteLabel}</label>
      <textarea
        id={`note-${itemId}`}
        rows={2}
        maxLength={MAX_NOTE}
        value={typed.current ?? note}
        onInput={(e) => {
          typed.current = e.currentTarget.value;
          again.current = true;
          setNote(rubricId, itemId, typed.current);
        }}
        onBlur={() => (typed.current = null)}
      />
    </div>
  );
}

/** A rated item: its look-fors, a radio button per level with its descriptor, "Not sure", and a note. */
export function RatedQuestion({
  rubricId,
  rubric,
  item,
  number,
  assessment,
  lang,
  lookFors,
}: QuestionProps<RatedItem> & { rubric: Rubric; lookFors?: ComponentChildren }) {
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
      {lookFors}
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
        {answersWithoutLevel(item, t).map(({ value, head, hint }) => (
          <label key={value} class="option option-unsure">
            <input
              type="radio"
              name={`rating-${item.id}`}
              value={value}
              checked={current === value}
              onChange={() => choose(value)}
            />
            <span class="option-head">{head}</span>
            {hint && <span class="option-text">{hint}</span>}
          </label>
        ))}
      </div>
      <NoteField rubricId={rubricId} itemId={item.id} note={assessment.notes[item.id] ?? ''} lang={lang} />
    </fieldset>
  );
}

/** The answers that are not a level: "Not sure" always, "Does not apply here" where the item allows it. */
function answersWithoutLevel(item: RatedItem, t: ReturnType<typeof uiFor>) {
  const unsure = { value: 'unsure' as const, head: t.notSure, hint: undefined };
  if (!item.mayNotApply) return [unsure];
  return [unsure, { value: 'na' as const, head: t.doesNotApply, hint: item.mayNotApply }];
}

/** A count item (a number such as schools per coach), and a note. */
export function CountQuestion({ rubricId, item, number, assessment, lang }: QuestionProps<CountItem>) {
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
