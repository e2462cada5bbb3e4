/**
 * A one-line progress bar on stderr, for a terminal only: redrawn at most every 100 ms,
 * and cleared before anything else is written to stderr.
 */
import type {WriteStream} from 'node:tty'

export interface ProgressBar {
  update(done: number): void
  /** Clear the bar, so that a message can be written; it comes back on the next update. */
  clear(): void
}

const silent: ProgressBar = {update() {}, clear() {}}

export function createProgressBar(stream: NodeJS.WriteStream, total: number): ProgressBar {
  if (!stream.isTTY || total < 2) return silent
  const started = Date.now()
  let drawnAt = 0
  let shown = false

  return {
    update(done) {
      const now = Date.now()
      if (done < total && now - drawnAt < 100) return
      drawnAt = now
      const columns = (stream as WriteStream).columns || 80
      const label = ` ${done}/${total}  ${((now - started) / 1000).toFixed(1)} s`
      const size = Math.max(10, Math.min(40, columns - label.length - 3))
      const filled = Math.round((done / total) * size)
      stream.write(`\r\u001B[K[${'#'.repeat(filled)}${' '.repeat(size - filled)}]${label}`)
      shown = true
    },
    clear() {
      if (shown) stream.write('\r\u001B[K')
      shown = false
    }
  }
}
