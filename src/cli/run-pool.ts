/**
 * Render tasks on a pool of worker threads and yield the results in input order. A bounded
 * window of tasks is in flight, so a slow reader of the output does not make results pile up.
 * A large output comes in parts, each asked for once the one before is written: the worker
 * keeps its tree meanwhile and takes no other task until the last part is out.
 */
import {getHeapStatistics} from 'node:v8'
import {Worker} from 'node:worker_threads'
import type {RenderSettings, Rendered, Request, Result, Task} from './types.js'

export interface PoolOptions {
  /** The script a worker runs: the command itself, which serves tasks when not the main thread. */
  script: URL
  size: number
  settings: RenderSettings
  /** Called as each task finishes, in any order (for the progress bar). */
  onsettle?: (done: number) => void
}

/** What one worker is doing: rendering a task, or holding an output whose parts are being written. */
interface WorkerState {
  current: Task | null
  /** The task's first result is out (the task is settled); later parts may follow. */
  settled: boolean
  /** Waiting for the next part of a streamed output. */
  waiting: ((result: Result) => void) | null
  /** Why the worker died, once it has: a streamed output still held by it cannot go on. */
  dead: string | null
}

export async function* runPool(tasks: readonly Task[], options: PoolOptions): AsyncGenerator<Rendered> {
  const window = options.size * 4
  const results = new Map<number, Rendered>()
  let nextToSend = 0
  let nextToYield = 0
  let settled = 0
  let wake: (() => void) | null = null
  const workers = new Set<Worker>()

  const settle = (result: Rendered) => {
    results.set(result.index, result)
    settled++
    options.onsettle?.(settled)
    if (wake) {
      const resume = wake
      wake = null
      resume()
    }
  }

  const post = (worker: Worker, request: Request) => worker.postMessage(request)

  const feed = (worker: Worker, state: WorkerState) => {
    if (nextToSend < tasks.length && nextToSend < nextToYield + window) {
      const task = tasks[nextToSend++]!
      state.current = task
      state.settled = false
      post(worker, {task})
      return true
    }
    state.current = null
    return false
  }

  const idle: Array<() => boolean> = []

  /** The rest of a streamed output, part by part, each asked for when the one before is written. */
  async function* rest(first: Result, worker: Worker, state: WorkerState): AsyncGenerator<string> {
    yield first.output
    let more = first.more
    while (more) {
      if (state.dead !== null) throw new Error(state.dead)
      const next = await new Promise<Result>((resolve) => {
        state.waiting = resolve
        post(worker, {next: first.index})
      })
      if (next.problem !== null) throw new Error(next.problem)
      yield next.output
      more = next.more
    }
  }

  const start = () => {
    const worker = new Worker(options.script, {workerData: options.settings})
    const state: WorkerState = {current: null, settled: false, waiting: null, dead: null}
    workers.add(worker)
    worker.on('message', (result: Result) => {
      const waiting = state.waiting
      state.waiting = null
      if (waiting) waiting(result)
      else {
        state.settled = true
        settle({
          index: result.index,
          problem: result.problem,
          warning: result.warning,
          parts: result.more ? rest(result, worker, state) : [result.output]
        })
      }
      if (!result.more && !feed(worker, state)) idle.push(() => feed(worker, state))
    })
    // A worker that dies (out of memory, a crash) fails its task; a fresh one takes its place.
    const replace = (problem: string) => {
      if (!workers.delete(worker)) return
      const task = state.current
      state.dead = problem
      if (state.waiting) state.waiting({index: task?.index ?? -1, output: '', problem: state.dead, warning: null, more: false})
      else if (task && !state.settled) settle({index: task.index, problem: state.dead, warning: null, parts: []})
      if (nextToSend < tasks.length) start()
    }
    worker.on('error', (error) => replace(describeFailure(error)))
    worker.on('exit', (code) => replace(`worker thread failed: exited with code ${code}`))
    if (!feed(worker, state)) idle.push(() => feed(worker, state))
  }

  for (let count = 0; count < Math.min(options.size, tasks.length); count++) start()

  try {
    while (nextToYield < tasks.length) {
      const result = results.get(nextToYield)
      if (!result) {
        await new Promise<void>((resolve) => (wake = resolve))
        continue
      }
      results.delete(nextToYield++)
      // The window moved: idle workers may take new tasks.
      for (const resume of idle.splice(0)) {
        if (!resume()) idle.push(resume)
      }
      yield result
    }
  } finally {
    for (const worker of workers) {
      workers.delete(worker)
      void worker.terminate()
    }
  }
}

/**
 * Why a worker died, for its input's line on stderr. Running out of heap is the one limit left
 * on a large input: every format holds the input's whole tree (a few hundred bytes a character).
 */
function describeFailure(error: Error & {code?: string}): string {
  if (error.code !== 'ERR_WORKER_OUT_OF_MEMORY') return `worker thread failed: ${error.message}`
  const limit = Math.round(getHeapStatistics().heap_size_limit / 2 ** 20)
  return `out of memory: its tree does not fit in Node's heap limit of ${limit} MB, in any format; split the input, or raise the limit (NODE_OPTIONS=--max-old-space-size=${limit * 2})`
}
