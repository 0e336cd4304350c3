// Reads a body stream up to a byte limit, cancelling the stream (and with it the connection) beyond it.
import 'server-only';

/** A body as it came, chunk by chunk. */
export type Chunks = { chunks: Uint8Array[]; byteLength: number };

/**
 * The chunks of the stream (a web ReadableStream or a Node stream), or `null` when they hold more than `limit`
 * bytes. Leaving the loop early cancels (destroys) the stream.
 */
export async function readChunks(stream: AsyncIterable<Uint8Array> | null, limit: number): Promise<Chunks | null> {
  const chunks: Uint8Array[] = [];
  let byteLength = 0;
  if (!stream) return { chunks, byteLength };
  for await (const value of stream) {
    byteLength += value.byteLength;
    if (byteLength > limit) return null;
    chunks.push(value);
  }
  return { chunks, byteLength };
}

/** The chunks as one array of bytes (the only chunk as it is). */
export function joinChunks({ chunks, byteLength }: Chunks): Uint8Array {
  if (chunks.length === 1 && chunks[0]) return chunks[0];
  const out = new Uint8Array(byteLength);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}

/** The bytes of the stream, or `null` when it holds more than `limit` bytes (readChunks). */
export async function readLimited(stream: AsyncIterable<Uint8Array> | null, limit: number): Promise<Uint8Array | null> {
  const read = await readChunks(stream, limit);
  return read && joinChunks(read);
}

/** UTF-8 text, or `null` for byte sequences that are not UTF-8. */
export function decodeUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return null;
  }
}
