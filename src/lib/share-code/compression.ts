/** The text part's compression: deflate-raw through the browser's streams, when it has them. */

export async function deflateRaw(bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array | null> {
  if (typeof CompressionStream !== 'function') return null;
  try {
    const stream = new Blob([bytes]).stream().pipeThrough(new CompressionStream('deflate-raw'));
    return new Uint8Array(await new Response(stream).arrayBuffer());
  } catch {
    return null;
  }
}

/**
 * Compressed bytes fed to the decompressor at a time. Deflate inflates a byte to at most 1,032 bytes, and a
 * browser inflates all of a chunk it is given before handing any of it out, so a slice this small never
 * makes more than about a megabyte at once, however the data was made.
 */
export const INFLATE_SLICE = 1024;

/**
 * Inflates deflate-raw bytes: the bytes, 'too-large' as soon as they grow beyond `limit` bytes (without
 * inflating the rest), or null when they are not valid deflate data.
 */
export async function inflateRaw(
  bytes: Uint8Array<ArrayBuffer>,
  limit: number,
): Promise<Uint8Array | 'too-large' | null> {
  if (typeof DecompressionStream !== 'function') return null;
  const stream = new DecompressionStream('deflate-raw');
  const writer = stream.writable.getWriter();
  const reader = stream.readable.getReader();
  let stopped = false;
  // Each slice is written only once the one before has been inflated and read, so what waits in memory is
  // at most one slice's output.
  const feeding = (async () => {
    for (let start = 0; start < bytes.length && !stopped; start += INFLATE_SLICE)
      await writer.write(bytes.subarray(start, start + INFLATE_SLICE));
    if (!stopped) await writer.close();
  })();
  feeding.catch(() => undefined);
  const stop = () => {
    stopped = true;
    reader.cancel().catch(() => undefined);
    writer.abort().catch(() => undefined);
  };
  try {
    const chunks: Uint8Array[] = [];
    let total = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.length;
      if (total > limit) {
        stop();
        return 'too-large';
      }
      chunks.push(value);
    }
    await feeding;
    const out = new Uint8Array(total);
    let offset = 0;
    for (const chunk of chunks) {
      out.set(chunk, offset);
      offset += chunk.length;
    }
    return out;
  } catch {
    stop();
    return null;
  }
}
