/**
 * Split a byte stream (stdin for `--input jsonl`) into lines as it arrives, without decoding
 * it or joining the whole input: memory is bounded by the longest line, not by the input.
 * Lines stay bytes, so that a line that is not UTF-8 is reported in its place (by the
 * renderer, in a worker thread) instead of being decoded with replacement characters.
 */

export interface Line {
  /** Counting from 1, as editors and error messages do. */
  number: number
  /** The line without its `\n`; a `\r` before it is JSON whitespace and stays. */
  bytes: Uint8Array
}

const newline = 0x0a

export async function* readLines(stream: AsyncIterable<Uint8Array | string>): AsyncGenerator<Line> {
  // The pieces of the line being read: a long line spans many chunks, joined once at its end.
  let pieces: Uint8Array[] = []
  let number = 0
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? new TextEncoder().encode(chunk) : chunk
    let start = 0
    let end = bytes.indexOf(newline, start)
    while (end !== -1) {
      pieces.push(bytes.subarray(start, end))
      yield {number: ++number, bytes: join(pieces)}
      pieces = []
      start = end + 1
      end = bytes.indexOf(newline, start)
    }
    if (start < bytes.length) pieces.push(bytes.subarray(start))
  }
  // A last line without its `\n` is a line too; a final `\n` does not start an empty one.
  if (pieces.length > 0) yield {number: ++number, bytes: join(pieces)}
}

/**
 * Copy the pieces into a buffer of the line's own: a view into a stream chunk would take the
 * whole chunk along when the line is posted to a worker thread.
 */
function join(pieces: readonly Uint8Array[]): Uint8Array {
  let length = 0
  for (const piece of pieces) length += piece.length
  const line = new Uint8Array(length)
  let offset = 0
  for (const piece of pieces) {
    line.set(piece, offset)
    offset += piece.length
  }
  return line
}
