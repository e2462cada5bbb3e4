/**
 * Writing to stdout with back-pressure: when the stream's buffer is full, wait until it drains
 * (or fails: a closed pipe) before the next write, so that output never piles up in memory.
 */
import type {Writable} from 'node:stream'

/** Write `chunk`; resolves once the stream can take more. */
export async function writeWithBackPressure(stream: Writable, chunk: string): Promise<void> {
  if (stream.write(chunk)) return
  await new Promise<void>((resolve) => {
    const done = () => {
      stream.off('drain', done)
      stream.off('error', done)
      resolve()
    }
    stream.on('drain', done)
    stream.on('error', done)
  })
}
