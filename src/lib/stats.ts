/** The two summaries every view of numbers uses: the mean and the median. */

// Means of small whole numbers can land a hair below a whole or tenth (2.3 * 10 = 22.999…);
// this margin is far smaller than any real difference between two means of 0–4 ratings.
export const EPSILON = 1e-9;

/** The mean of a list of numbers, summed in the order given; null for an empty list. */
export function mean(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}

/** The middle of numbers already sorted ascending (the mean of the two middle ones for an even count). */
export function medianOfSorted(sorted: readonly number[]): number | null {
  if (sorted.length === 0) return null;
  return (sorted[Math.floor((sorted.length - 1) / 2)]! + sorted[Math.floor(sorted.length / 2)]!) / 2;
}

/** The middle value of a list of numbers in any order; null for an empty list. */
export function median(values: readonly number[]): number | null {
  return medianOfSorted([...values].sort((a, b) => a - b));
}
