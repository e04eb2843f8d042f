/** Scores as people read them on every page: to one decimal, in the page's decimal mark. */
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
