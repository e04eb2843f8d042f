/**
 * Reading pasted responses for a workshop: links and codes in any form, or an exported file's JSON. Kept
 * apart from lib/workshop/ because it needs the share-code decoder, which the workshop board loads only
 * when the facilitator adds responses (through readResponseText in lib/workshop/responses.ts).
 */
import { importAnyLayout } from './versions/import';
import { decodeShareCode } from './share-code/decode';
import type { RubricEntry } from './share-code/format';
import { readShareFragment } from './share-code/fragment';
import type { Candidate, ReadOutcome } from './workshop/candidates';

/** A piece of pasted text that may be a response. */
export type Piece =
  /** A share code, from a link (`…#r=<code>`) or pasted alone. */
  | { kind: 'code'; code: string; fromLink: boolean }
  /** A link with no response in it, such as the questionnaire's address. */
  | { kind: 'no-code'; text: string }
  /** An exported file's JSON, pasted as text. */
  | { kind: 'json'; text: string }
  /**
   * A short run of code characters right after a code: the rest of a link that a chat app broke over two
   * lines, or just a word ("Thanks"). Used only when it completes the code before it.
   */
  | { kind: 'tail'; code: string };

const CODE_CHARS = /^[A-Za-z0-9_-]+$/;
/** Shortest run of code characters taken for a code when pasted without its link (real codes are longer). */
const MIN_BARE_CODE = 16;

/**
 * Splits pasted text into the responses it holds: links and codes separated by anything (spaces, line
 * breaks, commas, semicolons, quotes, brackets), or one exported file's JSON. Words between them, such as
 * a name before a link, are passed over (a word right after a code is kept as a possible tail of it); a
 * link without a response in it is kept, so it can be refused with a reason.
 */
export function splitResponseText(text: string): Piece[] {
  if (typeof text !== 'string') return [];
  const trimmed = text.trim();
  if (trimmed.startsWith('{')) return [{ kind: 'json', text: trimmed }];
  const pieces: Piece[] = [];
  for (const chunk of trimmed.split(/[\s,;<>"'`()[\]{}|]+/)) {
    if (chunk === '') continue;
    const hash = chunk.search(/#|%23/i);
    if (hash >= 0) {
      const code = readShareFragment(chunk.slice(hash));
      pieces.push(code === null ? { kind: 'no-code', text: chunk } : { kind: 'code', code, fromLink: true });
      continue;
    }
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(chunk) || /^[\w.-]+\.[a-z]{2,}\//i.test(chunk)) {
      pieces.push({ kind: 'no-code', text: chunk });
      continue;
    }
    const bare = chunk.replace(/^[^A-Za-z0-9_-]+|[^A-Za-z0-9_-]+$/g, '');
    if (!CODE_CHARS.test(bare)) continue;
    // A long run of code characters with a capital or a digit: a code pasted alone. Plain words and
    // hyphenated names ("district-office-support") are passed over, unless they may finish a code.
    if (bare.length >= MIN_BARE_CODE && /[A-Z0-9]/.test(bare))
      pieces.push({ kind: 'code', code: bare, fromLink: false });
    else if (pieces.at(-1)?.kind === 'code' || pieces.at(-1)?.kind === 'tail')
      pieces.push({ kind: 'tail', code: bare });
  }
  return pieces;
}

/** A short, recognisable form of a code for messages: its first and last characters. */
export function snippetOf(code: string): string {
  return code.length > 16 ? `${code.slice(0, 6)}…${code.slice(-6)}` : code;
}

type Readable = Exclude<Piece, { kind: 'tail' }>;

async function decodePiece(
  piece: Readable,
  registry: readonly RubricEntry[],
  now: Date,
): Promise<ReadOutcome> {
  if (piece.kind === 'no-code') return { ok: false, reason: 'no-code' };
  if (piece.kind === 'json') {
    const result = await importAnyLayout(piece.text, registry);
    return result.ok
      ? { ok: true, assessment: result.assessment, rubricId: result.rubricId }
      : { ok: false, reason: 'file', fileError: result.error };
  }
  const result = await decodeShareCode(piece.code, registry, now);
  return result.ok
    ? { ok: true, assessment: result.assessment, rubricId: result.rubricId }
    : { ok: false, reason: result.error.code };
}

/** Most pieces after a cut-off link that are tried as its missing end. */
const MAX_TAILS = 2;

/**
 * Reads every response in pasted text against the site's rubrics, naming each by its position. A link
 * that a chat app broke over lines is put back together when its parts read as one response. Never throws.
 */
export async function readBatch(
  text: string,
  registry: readonly RubricEntry[],
  now = new Date(),
): Promise<Candidate[]> {
  const pieces = splitResponseText(text);
  const read: { piece: Readable; outcome: ReadOutcome }[] = [];
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i]!;
    if (piece.kind === 'tail') continue;
    let found = { piece, outcome: await decodePiece(piece, registry, now) };
    const { outcome } = found;
    if (
      piece.kind === 'code' &&
      !outcome.ok &&
      (outcome.reason === 'truncated' || outcome.reason === 'checksum')
    ) {
      let code = piece.code;
      for (let j = i + 1; j < pieces.length && j <= i + MAX_TAILS; j++) {
        const next = pieces[j]!;
        if (next.kind !== 'tail' && !(next.kind === 'code' && !next.fromLink)) break;
        code += next.code;
        const joined: Readable = { kind: 'code', code, fromLink: piece.fromLink };
        const rejoined = await decodePiece(joined, registry, now);
        if (rejoined.ok) {
          found = { piece: joined, outcome: rejoined };
          i = j;
          break;
        }
      }
    }
    read.push(found);
  }
  return read.map(({ piece, outcome }, index) => ({
    source: {
      kind: 'paste',
      position: index + 1,
      total: read.length,
      snippet: piece.kind === 'code' ? snippetOf(piece.code) : snippetOf(piece.text),
    },
    outcome,
  }));
}
