/**
 * The brief's own saved words (key "dcsa:brief", format in lib/brief/read.ts) and the action on them.
 * Unreadable data is never overwritten: the first write over it moves it to "dcsa:set-aside:brief".
 */
import { readBrief, writeBrief, type BriefRead } from '../lib/brief/read';
import { persistedStore, replace } from './persisted';
import type { WriteResult } from './storage';

export const BRIEF_KEY = 'dcsa:brief';
export const BRIEF_ASIDE_KEY = 'dcsa:set-aside:brief';

/** The stored brief: null when nothing was ever saved. */
export const $brief = persistedStore<BriefRead>(BRIEF_KEY, readBrief, (value) => writeBrief(value.need));

/**
 * Saves the "what we need" paragraph through the one write path: when storage refuses it, the text stays in
 * this tab, unsaved, and the result says why.
 */
export function setNeed(need: string): WriteResult {
  return replace($brief, () => ({ ok: true, need }), BRIEF_ASIDE_KEY, 'keep');
}
