/**
 * Timing and heap measurement for the benchmark: tinybench for the timings (median of the
 * samples), `global.gc` (from `node --expose-gc`) for the heap a retained tree holds.
 */
import {Bench} from 'tinybench'

export interface Timing {
  name: string
  /** Median time of one call, in milliseconds. */
  median: number
  /** The fastest call, in milliseconds: what the code costs when no collection or recompilation falls in the call. */
  fastest: number
  samples: number
}

export interface Plan {
  /** Minimum number of measured calls per operation. */
  iterations: number
  /** Time budget per operation in milliseconds (tinybench keeps going until both are met). */
  time: number
  warmupIterations: number
}

/** How many calls to measure for an input of `bytes`: fewer for big inputs, to keep the run short. */
export function planFor(bytes: number, quick: boolean): Plan {
  const scale = quick ? 0.4 : 1
  if (bytes <= 100_000) return {iterations: Math.round(20 * scale), time: 600 * scale, warmupIterations: 5}
  if (bytes <= 300_000) return {iterations: Math.round(8 * scale), time: 600 * scale, warmupIterations: 2}
  if (bytes <= 1_100_000) return {iterations: 3, time: 0, warmupIterations: 1}
  // Big inputs: one call each (the whole-text parse-dutch alone takes tens of seconds at 8 MB).
  return {iterations: 1, time: 0, warmupIterations: 0}
}

/** Time each operation on the same input in one tinybench run; returns the median per call. */
export async function timeOperations(operations: ReadonlyArray<[string, () => unknown]>, plan: Plan): Promise<Timing[]> {
  const bench = new Bench({
    iterations: plan.iterations,
    time: plan.time,
    warmup: plan.warmupIterations > 0,
    warmupIterations: plan.warmupIterations,
    warmupTime: 0,
    retainSamples: false,
    // Start each operation with a clean heap, so one does not pay for the garbage of another.
    setup: () => collect(),
    throws: true
  })
  // `async: false` spares tinybench a probing call (which doubles the time of one-call big inputs).
  for (const [name, operation] of operations) bench.add(name, operation, {async: false})
  await bench.run()
  return bench.tasks.map((task) => {
    const result = task.result
    if (!('latency' in result)) throw new Error(`Task ${task.name} did not complete (${result.state})`)
    return {name: task.name, median: result.latency.p50, fastest: result.latency.min, samples: result.latency.samplesCount}
  })
}

/** Time one call, the best of `repeats` (for the hostile inputs, where one slow outlier is noise). */
export function timeBest(operation: () => unknown, repeats: number): number {
  let best = Number.POSITIVE_INFINITY
  for (let index = 0; index < repeats; index++) {
    collect()
    const start = performance.now()
    operation()
    const elapsed = performance.now() - start
    if (elapsed < best) best = elapsed
  }
  return best
}

/** Collect garbage fully (twice: weak references and finalizers free more on the second pass). */
export function collect(): void {
  const gc = (globalThis as {gc?: () => void}).gc
  if (!gc) throw new Error('Run the benchmark with `node --expose-gc` (`npm run bench` does)')
  gc()
  gc()
}

/** Bytes of heap that the result of `build` keeps alive (the input itself is allocated before). */
export function retainedHeap(build: () => unknown): number {
  collect()
  const before = process.memoryUsage().heapUsed
  let retained: unknown = build()
  collect()
  const after = process.memoryUsage().heapUsed
  // Keep the result reachable until after the second measurement.
  if (retained === undefined) throw new Error('Nothing was built')
  retained = undefined
  return after - before
}

/** Bytes of heap still in use after `run` returns and its result is dropped. */
export function residualHeap(run: () => unknown): number {
  collect()
  const before = process.memoryUsage().heapUsed
  run()
  collect()
  return process.memoryUsage().heapUsed - before
}
