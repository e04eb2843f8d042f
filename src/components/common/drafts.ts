/**
 * What a person typed into fields that are not saved as they type (the workshop's paste box, a snapshot's
 * label, a pasted link), carried over a reload of the same page in this tab. The questionnaire's notes
 * and answers need none of this: they are saved already.
 */
const KEY = 'dcsa:drafts';
type Field = HTMLInputElement | HTMLTextAreaElement;

const typedFields = (): Field[] =>
  [...document.querySelectorAll<Field>('textarea[id], input[id]:not([type]), input[id][type="text"]')].filter(
    (field) => field.value !== '' && field.value !== field.defaultValue && !field.readOnly,
  );

/** Keeps the page's typed fields for its next load in this tab; false when the browser refuses. */
export function keepDrafts(): boolean {
  const fields = Object.fromEntries(typedFields().map((field) => [field.id, field.value]));
  try {
    sessionStorage.setItem(KEY, JSON.stringify({ path: location.pathname, fields }));
    return true;
  } catch {
    return false;
  }
}

/**
 * Puts back what keepDrafts kept for this page, into the fields that exist now, as if typed (an input
 * event, so the islands' state follows), and forgets it.
 */
export function restoreDrafts(): void {
  let kept: { path?: unknown; fields?: Record<string, unknown> };
  try {
    const raw = sessionStorage.getItem(KEY);
    if (raw === null) return;
    sessionStorage.removeItem(KEY);
    kept = JSON.parse(raw) as typeof kept;
  } catch {
    return;
  }
  if (kept.path !== location.pathname || typeof kept.fields !== 'object' || kept.fields === null) return;
  for (const [id, value] of Object.entries(kept.fields)) {
    const field = document.getElementById(id);
    if (
      typeof value !== 'string' ||
      !(field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement)
    )
      continue;
    field.value = value;
    field.dispatchEvent(new Event('input', { bubbles: true }));
  }
}
