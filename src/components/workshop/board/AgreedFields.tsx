import { useRef, useState } from 'preact/hooks';
import type { Lang } from '../../../i18n/ui';
import { teamUiFor } from '../../../i18n/workshop';
import type { Rating } from '../../../lib/assessment';
import { parseCount } from '../../../lib/count';
import type { CountItem, RatedItem, Rubric } from '../../../lib/schema/rubric';
import type { Agreement } from '../../../lib/workshop';
import { agreeCount, agreeLevel, noteDissent } from '../../../stores/workshop';
import { MAX_DISSENT } from '../../../lib/limits';
import { useDraft } from '../../common/useDraft';

/** The level the team agreed on for a rated item, and (off the projector) who saw it differently. */
export function AgreedLevel({
  rubricId,
  rubric,
  item,
  number,
  agreement,
  projector,
  lang,
}: {
  rubricId: string;
  rubric: Rubric;
  item: RatedItem;
  number: string;
  agreement: Agreement | undefined;
  projector: boolean;
  lang: Lang;
}) {
  const t = teamUiFor(lang);
  const id = `agreed-${projector ? 'p-' : ''}${item.id}`;
  const level = agreement?.level;
  return (
    <div class="agreed">
      <label class="sr-only" for={id}>
        {t.agreedLevelFor(number)}
      </label>
      <select
        id={id}
        value={level === undefined ? '' : String(level)}
        onChange={(e) => {
          const value = e.currentTarget.value;
          agreeLevel(
            rubricId,
            item.id,
            value === ''
              ? undefined
              : value === 'unsure' || value === 'na'
                ? value
                : (Number(value) as Rating),
          );
        }}
      >
        <option value="">—</option>
        {rubric.levels.map((level, l) => (
          <option value={String(l)} key={l}>
            {projector ? String(l) : `${l} ${level.name}`}
          </option>
        ))}
        <option value="unsure">{projector ? '?' : t.notSure}</option>
        {item.mayNotApply && <option value="na">{projector ? t.notApplyShort : t.doesNotApply}</option>}
      </select>
      {!projector && (
        <DissentField
          rubricId={rubricId}
          itemId={item.id}
          number={number}
          value={agreement?.dissent}
          lang={lang}
        />
      )}
    </div>
  );
}

/**
 * A dissent note. Each save writes the whole workshop, so it is saved when typing pauses, when the note
 * loses focus and when the page closes (useDraft), not at every keystroke.
 */
export function DissentField({
  rubricId,
  itemId,
  number,
  value,
  lang,
}: {
  rubricId: string;
  itemId: string;
  number: string;
  value: string | undefined;
  lang: Lang;
}) {
  const t = teamUiFor(lang);
  const id = `dissent-${itemId}`;
  const draft = useDraft(value ?? '', (text) => noteDissent(rubricId, itemId, text));
  return (
    <>
      <label class="dissent-label" for={id}>
        {t.dissent}
        <span class="sr-only"> {t.onItem(number)}</span>
      </label>
      <textarea
        id={id}
        rows={2}
        maxLength={MAX_DISSENT}
        value={draft.value}
        onInput={draft.onInput}
        onBlur={draft.onBlur}
      />
    </>
  );
}

/** The number the team agreed on for a count item. */
export function AgreedCount({
  rubricId,
  item,
  number,
  value,
  projector,
  lang,
}: {
  rubricId: string;
  item: CountItem;
  number: string;
  value: number | undefined;
  projector: boolean;
  lang: Lang;
}) {
  const t = teamUiFor(lang);
  const [invalid, setInvalid] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const id = `agreed-${projector ? 'p-' : ''}${item.id}`;
  const errorId = `${id}-error`;
  return (
    <div class="agreed">
      <label class="sr-only" for={id}>
        {t.agreedNumberFor(number, item.unit)}
      </label>
      <input
        ref={input}
        id={id}
        type="text"
        inputMode="numeric"
        size={4}
        defaultValue={value === undefined ? '' : String(value)}
        aria-invalid={invalid}
        aria-describedby={invalid ? errorId : undefined}
        onChange={(e) => {
          const parsed = parseCount(e.currentTarget.value, item.min, item.max);
          setInvalid(!parsed.ok);
          if (parsed.ok) agreeCount(rubricId, item.id, parsed.value);
        }}
      />
      {invalid && (
        <span class="field-error" id={errorId}>
          {t.countInvalid(item.min, item.max)}
        </span>
      )}
    </div>
  );
}
