import { useEffect, useRef, useState } from 'preact/hooks';

/**
 * Text typed into a field whose every save costs much (a dissent note writes the whole workshop, a thousand
 * responses): what is typed shows at once and is saved once typing pauses for `delay` ms, when the field
 * loses focus, when the page is hidden or closed, and when the field goes away. While a draft is pending
 * the field shows it, so a change from another tab never replaces what is being typed.
 */
export function useDraft(
  stored: string,
  save: (text: string) => void,
  delay = 400,
): { value: string; onInput: (e: { currentTarget: { value: string } }) => void; onBlur: () => void } {
  const [draft, setDraft] = useState<string | null>(null);
  const pending = useRef<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout>>();
  const saveRef = useRef(save);
  saveRef.current = save;
  const flush = useRef(() => {
    clearTimeout(timer.current);
    if (pending.current === null) return;
    const text = pending.current;
    pending.current = null;
    saveRef.current(text);
  }).current;
  useEffect(() => {
    addEventListener('pagehide', flush);
    return () => {
      removeEventListener('pagehide', flush);
      flush();
    };
  }, []);
  return {
    value: draft ?? stored,
    onInput: (e) => {
      pending.current = e.currentTarget.value;
      setDraft(pending.current);
      clearTimeout(timer.current);
      timer.current = setTimeout(flush, delay);
    },
    onBlur: () => {
      flush();
      setDraft(null);
    },
  };
}
