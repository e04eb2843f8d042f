/** Byte tools of the share code: CRC-32, varints and base64url (RFC 4648 §5, no padding). */

/** Raised inside the decoder for a malformed body; always caught and reported as 'corrupt'. */
export class Corrupt extends Error {}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** CRC-32 (IEEE 802.3, as in zip and PNG) of some bytes. */
export function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) crc = CRC_TABLE[(crc ^ bytes[i]!) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** The most bytes a varint may take: seven groups of 7 bits hold every whole number below 2^49. */
const MAX_VARINT_BYTES = 7;

export function pushVarint(out: number[], value: number): void {
  if (!Number.isSafeInteger(value) || value < 0 || value >= 2 ** (7 * MAX_VARINT_BYTES))
    throw new RangeError(`cannot write ${value} as a varint`);
  let rest = value;
  while (rest >= 0x80) {
    out.push((rest % 0x80) | 0x80);
    rest = Math.floor(rest / 0x80);
  }
  out.push(rest);
}

export class Reader {
  position: number;
  constructor(
    private readonly bytes: Uint8Array,
    start: number,
    private readonly end: number,
  ) {
    this.position = start;
  }

  byte(): number {
    if (this.position >= this.end) throw new Corrupt('ran out of bytes');
    return this.bytes[this.position++]!;
  }

  varint(): number {
    let value = 0;
    for (let shift = 0; shift < MAX_VARINT_BYTES; shift++) {
      const byte = this.byte();
      value += (byte & 0x7f) * 2 ** (7 * shift);
      if (byte < 0x80) return value;
    }
    throw new Corrupt('varint too long');
  }

  take(count: number): Uint8Array {
    if (this.position + count > this.end) throw new Corrupt('ran out of bytes');
    const slice = this.bytes.subarray(this.position, this.position + count);
    this.position += count;
    return slice;
  }

  rest(): Uint8Array {
    return this.take(this.end - this.position);
  }
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
/** Whether a text is made only of the alphabet's characters. */
export const ONLY_ALPHABET = /^[A-Za-z0-9_-]*$/;
/** Each character's value by its char code (the alphabet is ASCII); assumes the text passed ONLY_ALPHABET. */
const VALUE = new Uint8Array(128);
for (let index = 0; index < ALPHABET.length; index++) VALUE[ALPHABET.charCodeAt(index)] = index;

export function toBase64url(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const chunk = (bytes[i]! << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const chars = Math.min(4, Math.ceil(((bytes.length - i) * 8) / 6));
    for (let c = 0; c < chars; c++) out += ALPHABET[(chunk >> (18 - 6 * c)) & 63];
  }
  return out;
}

/**
 * Base64url to bytes, or 'length' when the length cannot come from whole bytes. `clean` says whether the
 * unused low bits of the last character are zero, as an encoder writes them; when they are not, the last
 * character was changed (or the code cut short) without the bytes showing it. Assumes every character is in
 * the alphabet (ONLY_ALPHABET).
 */
export function fromBase64url(text: string): { bytes: Uint8Array; clean: boolean } | 'length' {
  if (text.length % 4 === 1) return 'length';
  const bytes = new Uint8Array(Math.floor((text.length * 6) / 8));
  let buffer = 0;
  let bits = 0;
  let index = 0;
  for (let i = 0; i < text.length; i++) {
    buffer = ((buffer << 6) | VALUE[text.charCodeAt(i)]!) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes[index++] = (buffer >> bits) & 0xff;
    }
  }
  return { bytes, clean: (buffer & ((1 << bits) - 1)) === 0 };
}
