/**
 * One hostile input at its scale and at eight times it: `fromNews` then `listQuotes`, best of a
 * few calls, with the time the stages and garbage collection take at the large size (a quick
 * check of one row of the bench's hostile table).
 *
 * Run: `node bench/run.mjs --script bench/hostile-time.ts <part of the input's name> [calls]`
 */
import {PerformanceObserver} from 'node:perf_hooks'
import {fromNews, listQuotes} from '../src/index.js'
import {hostileInputs} from './hostile-inputs.js'

const part = process.argv[2] ?? 'without punctuation'
const calls = Number(process.argv[3] ?? 3)
const input = hostileInputs.find((candidate) => candidate.name.includes(part))
if (!input) throw new Error(`No hostile input named like \`${part}\``)
let collecting = 0
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) collecting += entry.duration
}).observe({entryTypes: ['gc']})

function best(scale: number): {time: number; gc: number} {
  const text = input!.make(scale)
  let time = Number.POSITIVE_INFINITY
  let gc = 0
  for (let call = 0; call < calls; call++) {
    globalThis.gc?.()
    collecting = 0
    const started = performance.now()
    listQuotes(fromNews(text))
    const elapsed = performance.now() - started
    if (elapsed < time) {
      time = elapsed
      gc = collecting
    }
  }
  return {time, gc}
}
const small = best(input.scale)
const large = best(input.scale * 8)
console.log(`${input.name}: ${small.time.toFixed(0)} ms (gc ${small.gc.toFixed(0)}) at scale ${input.scale}, ${large.time.toFixed(0)} ms (gc ${large.gc.toFixed(0)}) at 8×: ${(large.time / small.time).toFixed(1)}× (without gc ${((large.time - large.gc) / (small.time - small.gc)).toFixed(1)}×)`)
