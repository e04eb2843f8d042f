import { useEffect, useRef, useState } from 'preact/hooks';

/** The address of a step: `#step-1`… for the dimensions, `#review` for the review after them. */
export const stepHash = (step: number, count: number) => (step >= count ? '#review' : `#step-${step + 1}`);

function stepFromHash(hash: string, count: number): number {
  if (hash === '#review') return count;
  const match = /^#step-(\d+)$/.exec(hash);
  const step = match ? Number(match[1]) - 1 : 0;
  return step >= 0 && step < count ? step : 0;
}

/**
 * The step shown, of `count` dimension steps and the review, kept in the address so that back, reload and
 * links land on it; `go` moves to a step and then puts focus on its heading or on a given element.
 */
export function useSteps(count: number): { step: number; go: (next: number, focusId?: string) => void } {
  const [step, setStep] = useState(0);
  const focusTarget = useRef<string | null>(null);

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
  return { step, go };
}
