/**
 * The little markup the guide's text may hold: `{name}` placeholders, filled with the board's own words at
 * build time, and `[words](/path/)` links to pages of the site. Pure: the page renders the segments, and
 * lib/guide/checks.ts refuses a placeholder or a link target the site does not know.
 */

/**
 * The placeholders guide text may use, each standing for a label the site shows (src/content/guide.ts
 * gives their words): the guide names each button as the page does, in every language.
 */
export const GUIDE_PLACEHOLDERS = [
  'reveal',
  'onlyToDiscuss',
  'discussFlag',
  'spread',
  'agreed',
  'dissent',
  'projector',
  'useAsDistrict',
  'saveSnapshot',
  'reset',
  'sendToFacilitator',
  'lookFors',
] as const;
export type GuidePlaceholder = (typeof GUIDE_PLACEHOLDERS)[number];

/** A run of plain text, or a link to a page of the site (its path before language and base are added). */
export type Segment = { text: string } | { text: string; href: string };

const TOKEN = /\{([a-zA-Z]+)\}|\[([^\]]+)\]\((\/[^)\s]*)\)/g;

/** The names of the placeholders in a text, in order. */
export function placeholdersIn(text: string): string[] {
  return [...text.matchAll(TOKEN)].flatMap((m) => (m[1] ? [m[1]] : []));
}

/** The link targets in a text, in order. */
export function linksIn(text: string): string[] {
  return [...text.matchAll(TOKEN)].flatMap((m) => (m[3] ? [m[3]] : []));
}

/** The text cut into plain runs and links, with each placeholder replaced by its value. */
export function segmentsOf(text: string, values: Readonly<Record<string, string>>): Segment[] {
  const fill = (words: string) =>
    words.replace(/\{([a-zA-Z]+)\}/g, (whole, name: string) => values[name] ?? whole);
  const segments: Segment[] = [];
  let from = 0;
  for (const m of text.matchAll(/\[([^\]]+)\]\((\/[^)\s]*)\)/g)) {
    if (m.index > from) segments.push({ text: fill(text.slice(from, m.index)) });
    segments.push({ text: fill(m[1]!), href: m[2]! });
    from = m.index + m[0].length;
  }
  if (from < text.length) segments.push({ text: fill(text.slice(from)) });
  return segments;
}

/** The pages of the site that guide text may link to: the site-wide ones, and each rubric's. */
export function isSitePage(path: string, rubricIds: readonly string[]): boolean {
  if (['/', '/plan/', '/about/', '/results/'].includes(path)) return true;
  const m = /^\/(assess|results|print|rubric|team)\/([^/]+)\/$/.exec(path);
  return m !== null && rubricIds.includes(m[2]!);
}
