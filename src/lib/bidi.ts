/**
 * Keeping text a person typed (a snapshot's label, a district, a note, a file's name) from reordering the
 * interface around it. A right-to-left override (U+202E) left open at the end of a label would otherwise
 * run on into "saved Jan 1, 2026" and the buttons after it. In the page, user text sits in `<bdi>`
 * (components/common/UserText.tsx); where only plain text fits (an option, a dialog, an attribute), it is
 * wrapped in the isolate characters that do the same.
 */

const FIRST_STRONG_ISOLATE = '\u2068';
const POP_DIRECTIONAL_ISOLATE = '\u2069';
const ISOLATE_OPENERS = new Set(['\u2066', '\u2067', '\u2068']);

/**
 * `text` isolated from what surrounds it, for places that hold only plain text: first-strong isolate, the
 * text, pop directional isolate. Isolates the text opens are closed, and a stray closer it holds is dropped,
 * so nothing in it can end the isolation early. Everything else in it is kept as typed.
 */
export function isolate(text: string): string {
  let open = 0;
  let kept = '';
  for (const char of text) {
    if (ISOLATE_OPENERS.has(char)) open++;
    else if (char === POP_DIRECTIONAL_ISOLATE) {
      if (open === 0) continue;
      open--;
    }
    kept += char;
  }
  return FIRST_STRONG_ISOLATE + kept + POP_DIRECTIONAL_ISOLATE.repeat(open + 1);
}

// A private-use character: interface text never holds it, so it marks where the user text goes.
const SLOT = '\uE000';

/**
 * The interface text before and after the one piece of user text in a sentence, e.g. for
 * `(label) => \`Saved “${label}”.\``: ['Saved “', '”.']. Null when the sentence shows it other than once.
 */
export function around(sentence: (slot: string) => string): [string, string] | null {
  const parts = sentence(SLOT).split(SLOT);
  return parts.length === 2 ? [parts[0]!, parts[1]!] : null;
}
