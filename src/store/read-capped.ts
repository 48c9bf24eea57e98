/**
 * The chunks of a byte stream read to its end, or null as soon as more than `maxBytes` have
 * arrived (reading stops there and the stream is cancelled: a small input may inflate or
 * stream without end). Throws what reading throws.
 */
export async function readCapped<T extends Uint8Array>(
  stream: ReadableStream<T>,
  maxBytes: number,
): Promise<T[] | null> {
  const reader = stream.getReader();
  const chunks: T[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return chunks;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
}
