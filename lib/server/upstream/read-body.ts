// Reads a body stream up to a byte limit, cancelling the stream (and with it the connection) beyond it.
import 'server-only';

/**
 * The bytes of the stream (a web ReadableStream or a Node stream), or `null` when it holds more than `limit` bytes.
 * Leaving the loop early cancels (destroys) the stream.
 */
export async function readLimited(stream: AsyncIterable<Uint8Array> | null, limit: number): Promise<Uint8Array | null> {
  if (!stream) return new Uint8Array(0);
  const chunks: Uint8Array[] = [];
  let total = 0;
  for await (const value of stream) {
    total += value.byteLength;
    if (total > limit) return null;
    chunks.push(value);
  }
  if (chunks.length === 1 && chunks[0]) return chunks[0];
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}

/** UTF-8 text, or `null` for byte sequences that are not UTF-8. */
export function decodeUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return null;
  }
}
