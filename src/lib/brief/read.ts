/**
 * The brief's own saved words: the "what we need" paragraph the leader writes on /brief/. Stored under one
 * key, "dcsa:brief", as (version 1):
 *
 *   { "version": 1, "need": "A decision on two more coach positions for 2027–28…" }
 *
 * Lifecycle: written on every keystroke in the field; read when the page loads and whenever another tab
 * writes it. Reading never throws; unreadable data is set aside by the store, never overwritten.
 */
import { readVersioned, shapeDetail, type Migrations, type Unreadable } from '../saved';

export const BRIEF_VERSION = 1;

/**
 * The longest "what we need" paragraph: a short one, so the brief stays within two printed pages. Here rather
 * than in lib/limits.ts, which every page's first script carries, because only the brief reads it.
 */
export const MAX_NEED = 1_200;

/** Steps from brief version n (the key) to n + 1. Version 1 is the first shipped, so none yet. */
const MIGRATIONS: Migrations = {};

export type BriefRead = { ok: true; need: string } | Unreadable;

/** Parses the stored brief through the one reader of versioned stored JSON, never throwing. */
export function readBrief(raw: string): BriefRead {
  const read = readVersioned(raw, BRIEF_VERSION, MIGRATIONS, ({ need }) =>
    typeof need === 'string' && need.length <= MAX_NEED
      ? { ok: true, value: need }
      : { ok: false, detail: shapeDetail(['need']) },
  );
  return read.ok ? { ok: true, need: read.value } : read;
}

/** The stored text of the brief's words. */
export function writeBrief(need: string): string {
  return JSON.stringify({ version: BRIEF_VERSION, need });
}
