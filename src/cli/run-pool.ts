/**
 * Render tasks on a pool of worker threads and yield the results in input order. A bounded
 * window of tasks is in flight, so a slow reader of the output does not make results pile up,
 * and tasks are pulled from their source only as the window moves: a stream of records (read
 * from stdin as it arrives) is never held whole. A large output comes in parts, each asked for
 * once the one before is written: the worker keeps its tree meanwhile and takes no other task
 * until the last part is out.
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
  /** The task it was sent last, until it has sent that task's last part; `null` when idle. */
  current: Task | null
  /** The task's first result is out (the task is settled); later parts may follow. */
  settled: boolean
  /** Waiting for the next part of a streamed output. */
  waiting: ((result: Result) => void) | null
  /** Why the worker died, once it has: a streamed output still held by it cannot go on. */
  dead: string | null
}

/**
 * `tasks` come in order, their `index` counting from 0: the index is where the result goes.
 * Workers start as tasks arrive, so an empty source starts none.
 */
export async function* runPool(tasks: Iterable<Task> | AsyncIterable<Task>, options: PoolOptions): AsyncGenerator<Rendered> {
  const window = options.size * 4
  const source = toAsyncIterator(tasks)
  const results = new Map<number, Rendered>()
  /** Read from the source, not yet sent to a worker. */
  const ready: Task[] = []
  const idle: Worker[] = []
  const states = new Map<Worker, WorkerState>()
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

  const settle = (result: Rendered) => {
    results.set(result.index, result)
    settled++
    options.onsettle?.(settled)
    resume()
  }

  const post = (worker: Worker, request: Request) => worker.postMessage(request)

  /** Give the worker the next ready task, or make it idle. */
  const send = (worker: Worker, state: WorkerState) => {
    const task = ready.shift()
    state.current = task ?? null
    state.settled = false
    if (!task) {
      idle.push(worker)
      return
    }
    post(worker, {task})
  }

  /** Hand ready tasks to idle workers, starting workers up to the pool's size. */
  const dispatch = () => {
    while (ready.length > 0 && idle.length > 0) {
      const worker = idle.pop()!
      send(worker, states.get(worker)!)
    }
    while (ready.length > 0 && states.size < options.size) start()
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
    states.set(worker, state)
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
      // A worker still holding parts of an output takes no new task.
      if (!result.more) send(worker, state)
    })
    // A worker that dies (out of memory, a crash) fails its task; a fresh one takes its place.
    const replace = (problem: string) => {
      if (!states.delete(worker)) return
      const at = idle.indexOf(worker)
      if (at !== -1) idle.splice(at, 1)
      const task = state.current
      state.dead = problem
      if (state.waiting) state.waiting({index: task?.index ?? -1, output: '', problem, warning: null, more: false})
      else if (task && !state.settled) settle({index: task.index, problem, warning: null, parts: []})
      dispatch()
    }
    worker.on('error', (error) => replace(describeFailure(error)))
    worker.on('exit', (code) => replace(`worker thread failed: exited with code ${code}`))
    send(worker, state)
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
    for (const worker of [...states.keys()]) {
      states.delete(worker)
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

/**
 * Why a worker died, for its input's line on stderr. Running out of heap is the one limit left
 * on a large input: every format holds the input's whole tree (a few hundred bytes a character).
 */
function describeFailure(error: Error & {code?: string}): string {
  if (error.code !== 'ERR_WORKER_OUT_OF_MEMORY') return `worker thread failed: ${error.message}`
  const limit = Math.round(getHeapStatistics().heap_size_limit / 2 ** 20)
  return `out of memory: its tree does not fit in Node's heap limit of ${limit} MB, in any format; split the input, or raise the limit (NODE_OPTIONS=--max-old-space-size=${limit * 2})`
}
