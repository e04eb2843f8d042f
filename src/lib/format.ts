/** Numbers as people read them on every page: scores and changes, to one decimal, in the page's decimal mark. */
import { EPSILON } from './stats';

/**
 * A score as shown to people: one decimal, rounded down, so a shown "3.0" always means level 3
 * is reached (a mean of 2.95 shows as 2.9). Null shows as an em dash. `decimalMark` is the language's
 * (a comma in French: "2,9").
 */
export function formatScore(score: number | null, decimalMark = '.'): string {
  if (score === null) return '—';
  return (Math.floor(score * 10 + EPSILON) / 10).toFixed(1).replace('.', decimalMark);
}

/** A signed change as shown to people: "+0.5", "−1.0", "0.0"; an em dash when unknown. */
export function formatDelta(delta: number | null, decimalMark = '.'): string {
  if (delta === null) return '—';
  const rounded = Math.round(delta * 10) / 10;
  const text = rounded === 0 ? '0.0' : `${rounded > 0 ? '+' : '−'}${Math.abs(rounded).toFixed(1)}`;
  return text.replace('.', decimalMark);
}
