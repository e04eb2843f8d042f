import { useEffect, useState } from 'preact/hooks';
import { uiFor, type Lang } from '../i18n/ui';
import { parseCount } from '../lib/count';
import type { CountItem } from '../lib/schema/rubric';

interface Props {
  item: CountItem;
  number: string;
  value: number | undefined;
  lang: Lang;
  onChange: (value: number | undefined) => void;
}

/** A whole-number input that saves only valid numbers and says plainly what it accepts. */
export default function CountInput({ item, number, value, lang, onChange }: Props) {
  const t = uiFor(lang);
  const [draft, setDraft] = useState(value === undefined ? '' : String(value));
  const [invalid, setInvalid] = useState(false);
  // Follow the saved value when it changes elsewhere (another tab, a reload), unless mid-correction.
  useEffect(() => {
    if (!invalid) setDraft(value === undefined ? '' : String(value));
  }, [value]);
  const id = `count-${item.id}`;
  return (
    <>
      <label class="count-label" for={id}>
        <span class="item-number">{number}</span> {item.text}
      </label>
      <p class="count-field">
        <input
          id={id}
          type="text"
          inputMode="numeric"
          autoComplete="off"
          size={4}
          value={draft}
          aria-invalid={invalid}
          aria-describedby={`${id}-help${invalid ? ` ${id}-error` : ''}`}
          onInput={(e) => {
            const text = e.currentTarget.value;
            setDraft(text);
            const parsed = parseCount(text, item.min, item.max);
            setInvalid(!parsed.ok);
            if (parsed.ok) onChange(parsed.value);
          }}
        />{' '}
        <span class="count-unit">{item.unit}</span>
      </p>
      {invalid && (
        <p class="field-error" id={`${id}-error`}>
          {t.countInvalid(item.min, item.max)}
        </p>
      )}
      <p class="help" id={`${id}-help`}>
        {item.help}
      </p>
    </>
  );
}
