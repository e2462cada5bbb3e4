/**
 * Render tasks on a pool of worker threads and yield the results in input order. A bounded
 * window of tasks is in flight, so a slow reader of the output does not make results pile up.
 */
import {Worker} from 'node:worker_threads'
import type {RenderSettings, Result, Task} from './types.js'

export interface PoolOptions {
  /** The script a worker runs: the command itself, which serves tasks when not the main thread. */
  script: URL
  size: number
  settings: RenderSettings
  /** Called as each task finishes, in any order (for the progress bar). */
  onsettle?: (done: number) => void
}

export async function* runPool(tasks: readonly Task[], options: PoolOptions): AsyncGenerator<Result> {
  const window = options.size * 4
  const results = new Map<number, Result>()
  let nextToSend = 0
  let nextToYield = 0
  let settled = 0
  let wake: (() => void) | null = null
  const workers = new Set<Worker>()

  const settle = (result: Result) => {
    results.set(result.index, result)
    settled++
    options.onsettle?.(settled)
    if (wake) {
      const resume = wake
      wake = null
      resume()
    }
  }

  const feed = (worker: Worker, state: {current: Task | null}) => {
    if (nextToSend < tasks.length && nextToSend < nextToYield + window) {
      const task = tasks[nextToSend++]!
      state.current = task
      worker.postMessage(task)
      return true
    }
    state.current = null
    return false
  }

  const idle: Array<() => boolean> = []

  const start = () => {
    const worker = new Worker(options.script, {workerData: options.settings})
    const state: {current: Task | null} = {current: null}
    workers.add(worker)
    worker.on('message', (result: Result) => {
      settle(result)
      if (!feed(worker, state)) idle.push(() => feed(worker, state))
    })
    // A worker that dies (out of memory, a crash) fails its task; a fresh one takes its place.
    const replace = (reason: string) => {
      if (!workers.delete(worker)) return
      const task = state.current
      if (task) settle({index: task.index, output: '', problem: `worker thread failed: ${reason}`})
      if (nextToSend < tasks.length) start()
    }
    worker.on('error', (error) => replace(error.message))
    worker.on('exit', (code) => replace(`exited with code ${code}`))
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
