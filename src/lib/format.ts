/** Scores and dates as people read them on every page: in the page's language, never failing. */
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

/**
 * How dates or times are shown to people in the page's language ("23 Nov 2026", "14:02"). Every view that
 * shows a date goes through here: a value that is not a date (an unreadable stored date, say) shows as an em
 * dash instead of "Invalid Date" or a RangeError that would blank the view. One formatter serves every call,
 * for lists of hundreds of dates.
 */
export function dateFormatter(
  lang: string,
  options: Intl.DateTimeFormatOptions = { dateStyle: 'medium' },
): (value: string | number | Date) => string {
  let format: Intl.DateTimeFormat;
  try {
    format = new Intl.DateTimeFormat(lang, options);
  } catch {
    return () => '—';
  }
  return (value) => {
    const date = value instanceof Date ? value : new Date(value);
    return Number.isNaN(date.getTime()) ? '—' : format.format(date);
  };
}

/** One date or time as shown to people (see dateFormatter). */
export function formatDate(
  value: string | number | Date,
  lang: string,
  options?: Intl.DateTimeFormatOptions,
): string {
  return dateFormatter(lang, options)(value);
}
