/**
 * QR codes as SVG path data, so a printed score sheet carries a sharp code at any resolution. The encoding
 * itself is uqr's (byte mode for links, Reed–Solomon error correction); this only turns its module matrix
 * into one compact path.
 */
import { encode } from 'uqr';

export interface QrPath {
  /** Modules per side, without the quiet zone. */
  size: number;
  /** SVG path data drawing every dark module, one unit per module, origin at the top-left module. */
  d: string;
}

/** Light modules a reader needs around the code (the QR standard asks for four). */
export const QUIET_ZONE = 4;

/**
 * The QR code of `text`, at error-correction level M (about 15% of the code may be smudged or torn and it
 * still reads), which suits paper. Throws a RangeError when the text is too long for any QR code.
 */
export function qrPath(text: string): QrPath {
  let matrix: boolean[][];
  try {
    matrix = encode(text, { ecc: 'M', border: 0 }).data;
  } catch (error) {
    throw new RangeError(`too long for a QR code (${text.length} characters)`, { cause: error });
  }
  const parts: string[] = [];
  matrix.forEach((row, y) => {
    // Runs of dark modules on a row become one rectangle each.
    for (let x = 0; x < row.length; x++) {
      if (!row[x]) continue;
      let end = x;
      while (row[end + 1]) end++;
      parts.push(`M${x} ${y}h${end - x + 1}v1H${x}z`);
      x = end;
    }
  });
  return { size: matrix.length, d: parts.join('') };
}
