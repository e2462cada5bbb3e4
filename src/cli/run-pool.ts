/**
 * Render tasks on a pool of worker threads and yield the results in input order. A bounded
 * window of tasks is in flight, so a slow reader of the output does not make results pile up,
 * and tasks are pulled from their source only as the window moves: a stream of records (read
 * from stdin as it arrives) is never held whole.
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

/**
 * `tasks` come in order, their `index` counting from 0: the index is where the result goes.
 * Workers start as tasks arrive, so an empty source starts none.
 */
export async function* runPool(tasks: Iterable<Task> | AsyncIterable<Task>, options: PoolOptions): AsyncGenerator<Result> {
  const window = options.size * 4
  const source = toAsyncIterator(tasks)
  const results = new Map<number, Result>()
  /** Read from the source, not yet sent to a worker. */
  const ready: Task[] = []
  const idle: Worker[] = []
  const current = new Map<Worker, Task | null>()
  let read = 0
  let exhausted = false
  let reading = false
  let failure: {error: unknown} | null = null
  let nextToYield = 0
  let settled = 0
  let wake: (() => void) | null = null

  const resume = () => {
    if (!wake) return
    const wakeUp = wake
    wake = null
    wakeUp()
  }

  const settle = (result: Result) => {
    results.set(result.index, result)
    settled++
    options.onsettle?.(settled)
    resume()
  }

  const send = (worker: Worker) => {
    const task = ready.shift()
    if (!task) {
      current.set(worker, null)
      idle.push(worker)
      return
    }
    current.set(worker, task)
    worker.postMessage(task)
  }

  /** Hand ready tasks to idle workers, starting workers up to the pool's size. */
  const dispatch = () => {
    while (ready.length > 0 && idle.length > 0) send(idle.pop()!)
    while (ready.length > 0 && current.size < options.size) start()
  }

  /** Pull the next task while the window has room; one read at a time keeps the order. */
  const pull = () => {
    if (reading || exhausted || failure || read >= nextToYield + window) return
    reading = true
    source.next().then(
      (next) => {
        reading = false
        if (next.done) exhausted = true
        else {
          ready.push(next.value)
          read++
          dispatch()
        }
        resume()
        pull()
      },
      (error: unknown) => {
        reading = false
        failure = {error}
        resume()
      }
    )
  }

  const start = () => {
    const worker = new Worker(options.script, {workerData: options.settings})
    current.set(worker, null)
    worker.on('message', (result: Result) => {
      settle(result)
      send(worker)
    })
    // A worker that dies (out of memory, a crash) fails its task; a fresh one takes its place.
    const replace = (reason: string) => {
      if (!current.has(worker)) return
      const task = current.get(worker)
      current.delete(worker)
      const at = idle.indexOf(worker)
      if (at !== -1) idle.splice(at, 1)
      if (task) settle({index: task.index, output: '', problem: `worker thread failed: ${reason}`})
      dispatch()
    }
    worker.on('error', (error) => replace(error.message))
    worker.on('exit', (code) => replace(`exited with code ${code}`))
    send(worker)
  }

  try {
    pull()
    while (true) {
      const result = results.get(nextToYield)
      if (result) {
        results.delete(nextToYield++)
        // The window moved: read further.
        pull()
        yield result
        continue
      }
      if (failure) throw (failure as {error: unknown}).error
      if (exhausted && nextToYield === read) break
      await new Promise<void>((resolve) => (wake = resolve))
    }
  } finally {
    for (const worker of [...current.keys()]) {
      current.delete(worker)
      void worker.terminate()
    }
    if (!exhausted) void source.return?.()
  }
}

function toAsyncIterator(tasks: Iterable<Task> | AsyncIterable<Task>): AsyncIterator<Task> {
  if (Symbol.asyncIterator in tasks) return tasks[Symbol.asyncIterator]()
  const iterator = tasks[Symbol.iterator]()
  return {next: async () => iterator.next()}
}
