/** Parsing what a person types into a count field. */

export type CountParse = { ok: true; value: number | undefined } | { ok: false };

/**
 * Reads a whole number from typed text. Blank text clears the answer; anything that is not a plain
 * whole number within [min, max] (decimals, signs, exponents, absurd sizes) is refused.
 */
export function parseCount(text: string, min: number, max: number): CountParse {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: true, value: undefined };
  if (!/^\d{1,7}$/.test(trimmed)) return { ok: false };
  const value = Number(trimmed);
  return value >= min && value <= max ? { ok: true, value } : { ok: false };
}
