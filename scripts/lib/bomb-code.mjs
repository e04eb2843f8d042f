// A share code whose text part inflates far beyond anything the site writes (a decompression bomb), for the
// tests and the bench: the decoder must refuse it quickly and with little memory.
import { constants, crc32, deflateRawSync } from 'node:zlib';

const FLAG_TEXT = 2;
const FLAG_DEFLATE = 4;
const MIB = 1_048_576;

/**
 * Deflate-raw data that inflates to `inflated` bytes of spaces (rounded up to whole MiB), made fast: one
 * MiB deflated with a full flush (byte-aligned, and the next block needs nothing before it), repeated,
 * then an empty final block.
 * @param {number} inflated
 * @returns {Buffer}
 */
export function deflateBomb(inflated) {
  const size = Math.min(inflated, MIB);
  const segment = deflateRawSync(Buffer.alloc(size, 0x20), { level: 9, finishFlush: constants.Z_FULL_FLUSH });
  const count = Math.ceil(inflated / size);
  return Buffer.concat([...Array.from({ length: count }, () => segment), Buffer.from([0x03, 0x00])]);
}

function varint(value) {
  const out = [];
  let rest = value;
  while (rest >= 0x80) {
    out.push((rest % 0x80) | 0x80);
    rest = Math.floor(rest / 0x80);
  }
  out.push(rest);
  return out;
}

/**
 * `code` (a share code without a text part, as encodeShareCode writes it) with a compressed text part
 * added that inflates to `inflated` bytes of spaces (whole MiB); framed, measured and checksummed like a real code.
 * @param {string} code
 * @param {number} inflated
 * @returns {string}
 */
export function bombCode(code, inflated) {
  const bytes = Buffer.from(code, 'base64url');
  let start = 1;
  while (bytes[start] >= 0x80) start++;
  const body = [...bytes.subarray(start + 1, bytes.length - 4)];
  // Rubric number (one byte), fingerprint (two), then the flags.
  body[3] |= FLAG_TEXT | FLAG_DEFLATE;
  const text = deflateBomb(inflated);
  let total = 1 + 1 + body.length + text.length + 4;
  while (1 + varint(total).length + body.length + text.length + 4 !== total)
    total = 1 + varint(total).length + body.length + text.length + 4;
  const out = Buffer.concat([Buffer.from([bytes[0], ...varint(total), ...body]), text, Buffer.alloc(4)]);
  out.writeUInt32BE(crc32(out.subarray(0, total - 4)), total - 4);
  return out.toString('base64url');
}
