import { useEffect, useRef } from 'preact/hooks';

const NOT_TEXT = new Set([
  'checkbox',
  'radio',
  'button',
  'submit',
  'reset',
  'file',
  'color',
  'range',
  'image',
]);

/** True when a letter pressed on `target` is typed into it: a text field, a list box or editable text. */
export function takesLetters(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (
    target.isContentEditable ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement
  )
    return true;
  return target instanceof HTMLInputElement && !NOT_TEXT.has(target.type);
}

/** True when arrow keys pressed on `target` move something in it (a caret, a choice, a slider). */
export function takesArrows(target: EventTarget | null): boolean {
  return (
    takesLetters(target) ||
    (target instanceof HTMLInputElement && (target.type === 'radio' || target.type === 'range'))
  );
}

/**
 * Calls `handle` with every key pressed on the page that no control takes for itself (no modifier, not typed
 * into a field, not an arrow that moves something), with the key's letter in lower case. `handle` returns
 * true when it acted on the key, which then does nothing else.
 */
export function useShortcutKeys(handle: (key: string) => boolean): void {
  // One listener for the page's life, reading the latest handler through a ref: re-adding it on every render
  // would leave a stale one in place until effects run, and a key pressed meanwhile would act on old state.
  const latest = useRef(handle);
  latest.current = handle;
  useEffect(() => {
    const listener = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey) return;
      const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
      if (key.length === 1 ? takesLetters(e.target) : takesArrows(e.target)) return;
      if (latest.current(key)) e.preventDefault();
    };
    addEventListener('keydown', listener);
    return () => removeEventListener('keydown', listener);
  }, []);
}
