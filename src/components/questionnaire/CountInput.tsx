import { useEffect, useRef, useState } from 'preact/hooks';
import { uiFor, type Lang } from '../../i18n/ui';
import { parseCount } from '../../lib/count';
import type { CountItem } from '../../lib/schema/rubric';

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
  // The field is left uncontrolled: re-rendering it with a value would race keys typed in between.
  const input = useRef<HTMLInputElement>(null);
  const [invalid, setInvalid] = useState(false);
  // What this field last saved, and what was saved when it got focus: a refused entry puts that back,
  // so typing "2.5" never leaves the "2" typed on the way saved.
  const lastSent = useRef(value);
  const atFocus = useRef(value);
  const send = (next: number | undefined) => {
    lastSent.current = next;
    if (next !== value) onChange(next);
  };
  // Follow the saved value only when it changed elsewhere (another tab, a reload), and never while the
  // person is typing here: an effect for a value this field sent a moment ago would overwrite new keys.
  useEffect(() => {
    if (value === lastSent.current || document.activeElement === input.current) return;
    lastSent.current = value;
    if (input.current) input.current.value = value === undefined ? '' : String(value);
    setInvalid(false);
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
          ref={input}
          defaultValue={value === undefined ? '' : String(value)}
          aria-invalid={invalid}
          aria-describedby={`${id}-help${invalid ? ` ${id}-error` : ''}`}
          onFocus={() => {
            atFocus.current = value;
          }}
          onInput={(e) => {
            const parsed = parseCount(e.currentTarget.value, item.min, item.max);
            setInvalid(!parsed.ok);
            send(parsed.ok ? parsed.value : atFocus.current);
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
