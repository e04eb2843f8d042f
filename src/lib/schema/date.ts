/**
 * Dates as stored, exported and shared: ISO 8601, as `Date.prototype.toISOString` writes them
 * ("2026-11-23T14:02:00.000Z"), or a calendar date alone ("2026-11-23"). Every reader of stored or imported
 * data checks its dates here, so a view never meets "yesterday" or the year 192,000.
 */
import { DATE_YEARS, MAX_DATE } from '../limits';

const ISO = /^(\d{4})-(\d\d)-(\d\d)(T\d\d:\d\d(:\d\d(\.\d{1,9})?)?(Z|[+-]\d\d:\d\d))?$/;

/** True for an ISO 8601 date that exists on the calendar and falls within DATE_YEARS. */
export function isIsoDate(value: unknown): value is string {
  const match = typeof value === 'string' && value.length <= MAX_DATE ? ISO.exec(value) : null;
  if (!match || Number.isNaN(Date.parse(match[0]))) return false;
  const [year, month, day] = [1, 2, 3].map((i) => Number(match[i]));
  // Date.parse rolls 30 February over to 2 March: the calendar date must exist as written.
  const date = new Date(Date.UTC(year!, month! - 1, day));
  return (
    year! >= DATE_YEARS.first &&
    year! <= DATE_YEARS.last &&
    date.getUTCMonth() === month! - 1 &&
    date.getUTCDate() === day
  );
}
