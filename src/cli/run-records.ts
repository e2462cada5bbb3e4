/**
 * `newsast --input jsonl`: read records from stdin as JSON Lines, render them (on worker
 * threads unless `--jobs 1`) and write one JSON line per input line, in input order, as the
 * lines arrive. The seam for batch systems (Spark, Hadoop streaming, GNU parallel): one
 * long-lived process takes a whole partition of articles.
 */
import {writeWithBackPressure} from './write-out.js'
import {readLines, type Line} from './read-jsonl.js'
import {renderRecord} from './render-record.js'
import {runPool} from './run-pool.js'
import type {Rendered, Task} from './types.js'

export interface RecordStreams {
  stdin: AsyncIterable<Uint8Array | string>
  stdout: NodeJS.WriteStream
  stderr: NodeJS.WriteStream
  /** The command's own script: worker threads run it too. */
  script: URL
}

/** Resolves to the exit code: 1 when any line failed, else 0 (an empty input too). */
export async function runRecords(streams: RecordStreams, jobs: number): Promise<number> {
  const {stdout, stderr} = streams
  const tasks = toTasks(readLines(streams.stdin))
  const results =
    jobs > 1
      ? runPool(tasks, {script: streams.script, size: jobs, settings: {format: 'jsonl', color: false, columns: null, many: true}})
      : renderInOrder(tasks)
  const output = createOutput(stdout)
  let failed = 0
  let total = 0
  for await (const result of results) {
    if (output.closed) break
    total++
    if (result.problem !== null) {
      failed++
      stderr.write(`newsast: <stdin>: ${result.problem.split('\n')[0]}\n`)
    }
    // A line's output is one part unless a worker sent it in parts (over a megabyte).
    try {
      for await (const part of result.parts) {
        if (output.closed) break
        await output.write(part)
      }
    } catch (error) {
      // The worker died while sending the line: its line is cut short, so say so and fail.
      failed++
      stderr.write(`newsast: <stdin>: line ${result.index + 1}: ${(error as Error).message}\n`)
    }
  }
  if (failed > 0) stderr.write(`newsast: ${failed} of ${total} records failed\n`)
  return failed > 0 ? 1 : 0
}

async function* toTasks(lines: AsyncIterable<Line>): AsyncGenerator<Task> {
  for await (const line of lines) yield {index: line.number - 1, file: null, bytes: line.bytes, line: line.number}
}

/** `--jobs 1`: render in the main thread, one line at a time. */
async function* renderInOrder(tasks: AsyncIterable<Task>): AsyncGenerator<Rendered> {
  for await (const task of tasks) yield renderRecord(task)
}

/**
 * Write with back-pressure (wait for `drain`), so a slow reader holds the input back instead
 * of letting output pile up; a closed pipe (`| head`) ends the output quietly.
 */
function createOutput(stdout: NodeJS.WriteStream): {write: (chunk: string) => Promise<void>; readonly closed: boolean} {
  let closed = false
  stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error
    closed = true
  })
  return {
    get closed() {
      return closed
    },
    async write(chunk) {
      if (!closed) await writeWithBackPressure(stdout, chunk)
    }
  }
}
