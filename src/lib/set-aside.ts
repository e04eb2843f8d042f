/**
 * Data set aside: stored text the site could not read, moved under "dcsa:set-aside:…" before anything was
 * written over it (stores/persisted.ts), and kept until the person deletes it. The keys say what it was:
 *
 *   dcsa:set-aside:<rubric>             answers (lib/saved.ts)
 *   dcsa:set-aside:snapshots:<rubric>   snapshots (lib/snapshots.ts)
 *   dcsa:set-aside:workshop:<rubric>    a workshop (lib/workshop/)
 *   dcsa:set-aside:plan                 the district plan (lib/plan/read.ts), one for every rubric
 *
 * Any other key under the prefix (written by another version of the site) is still listed, by its key.
 */
/** The kinds of stored data the site keeps: per rubric, and the plan, one across the rubrics. */
export type StoredKind = 'answers' | 'snapshots' | 'workshop' | 'plan';

/** What names the plan's files where a rubric's id names the others: "district-plan-unreadable-….txt". */
export const PLAN_FILE_STEM = 'district-plan';

export const SET_ASIDE_PREFIX = 'dcsa:set-aside:';

/** What a set-aside key holds: its kind and rubric, or null for a key of no known kind. */
export function setAsideKind(key: string): { kind: StoredKind; rubric: string } | null {
  if (!key.startsWith(SET_ASIDE_PREFIX)) return null;
  const rest = key.slice(SET_ASIDE_PREFIX.length);
  if (rest === 'plan') return { kind: 'plan', rubric: PLAN_FILE_STEM };
  for (const kind of ['snapshots', 'workshop'] as const)
    if (rest.startsWith(`${kind}:`) && rest.length > kind.length + 1)
      return { kind, rubric: rest.slice(kind.length + 1) };
  return rest !== '' && !rest.includes(':') ? { kind: 'answers', rubric: rest } : null;
}

const FILE_SUFFIX: Record<StoredKind, string> = {
  answers: 'unreadable-saved-data',
  snapshots: 'unreadable-snapshots',
  workshop: 'unreadable-workshop',
  plan: 'unreadable-saved-data',
};

/** The name of the file a download of unreadable or set-aside data gets: "<rubric>-unreadable-….txt". */
export function unreadableFileName(kind: StoredKind | null, rubricOrKey: string): string {
  const stem = rubricOrKey.replace(/[^\w.-]+/g, '-').slice(0, 100);
  return kind ? `${stem}-${FILE_SUFFIX[kind]}.txt` : `${stem}.txt`;
}

/** The size of a text as stored, in UTF-8 bytes. */
export function storedSize(text: string): number {
  return new TextEncoder().encode(text).length;
}

/**
 * Everything set aside in this browser, sorted by key; nothing when storage is blocked. The list page reads
 * and deletes storage itself, as raw text: it shows no store, and the stores of other tabs hear of a
 * deletion through the browser's storage event, as of any change.
 */
export function readSetAside(): { key: string; text: string }[] {
  try {
    const items: { key: string; text: string }[] = [];
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i);
      const text = key?.startsWith(SET_ASIDE_PREFIX) ? localStorage.getItem(key) : null;
      if (key && text !== null) items.push({ key, text });
    }
    return items.sort((a, b) => (a.key < b.key ? -1 : 1));
  } catch {
    return [];
  }
}

/** Deletes one set-aside item, once the person has confirmed. */
export function removeSetAside(key: string): void {
  try {
    if (key.startsWith(SET_ASIDE_PREFIX)) localStorage.removeItem(key);
  } catch {
    // Storage that vanished holds nothing to delete.
  }
}
