/**
 * What a call costs in a steady loop, and where the time of a slow call goes: one operation
 * (`fromNews` or bare parse-dutch) called back to back on one synthetic input, as a program
 * parsing an archive would, with per call its wall time, the collector's pauses on the main
 * thread (`gc` performance entries), the process's user and kernel CPU time and its minor page
 * faults (`process.resourceUsage()`: fresh memory the kernel had to map in). Medians are over the
 * calls after the first ten.
 *
 * Run: `node bench/run.mjs --script bench/steady-calls.ts [fromNews|parse-dutch] [KB] [calls] [--each]`
 * (`--each` prints a line per call: with `--node-flag --trace-opt` between them, the functions V8
 * compiles again in each call).
 */
import {PerformanceObserver} from 'node:perf_hooks'
import {ParseDutch} from 'parse-dutch'
import {fromNews} from '../src/index.js'
import {syntheticNews} from './paragraphs.js'

const args = process.argv.slice(2)
const each = args.includes('--each')
const [operationName = 'fromNews', kilobytes = '64', calls = '60'] = args.filter((arg) => arg !== '--each')
const text = syntheticNews(Number(kilobytes) * 1024)
const operation = operationName === 'parse-dutch' ? () => new ParseDutch().parse(text) : () => fromNews(text)

let collectorTime = 0
const observer = new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) collectorTime += entry.duration
})
observer.observe({entryTypes: ['gc']})

interface Call {
  wall: number
  collector: number
  user: number
  kernel: number
  faults: number
}
const measured: Call[] = []
for (let index = 0; index < Number(calls); index++) {
  const usage = process.resourceUsage()
  const collectedBefore = collectorTime
  const started = performance.now()
  operation()
  const wall = performance.now() - started
  // The collector's entries arrive asynchronously: let them in before reading the sum.
  await new Promise((resolve) => setImmediate(resolve))
  const after = process.resourceUsage()
  const call: Call = {
    wall,
    collector: collectorTime - collectedBefore,
    user: (after.userCPUTime - usage.userCPUTime) / 1000,
    kernel: (after.systemCPUTime - usage.systemCPUTime) / 1000,
    faults: after.minorPageFault - usage.minorPageFault
  }
  measured.push(call)
  if (each) console.log(`call ${index}: ${call.wall.toFixed(1)} ms, collector ${call.collector.toFixed(1)} ms, ${call.faults} page faults`)
}
observer.disconnect()

const steady = measured.slice(Math.min(10, measured.length - 1))
const median = (key: keyof Call) => steady.map((call) => call[key]).sort((a, b) => a - b)[steady.length >> 1]!
console.log(
  `${operationName}, synthetic ${kilobytes} KB, ${measured.length} calls back to back; medians of calls 11 on: ` +
    `wall ${median('wall').toFixed(1)} ms (fastest call ${Math.min(...measured.map((call) => call.wall)).toFixed(1)} ms), ` +
    `collector pauses ${median('collector').toFixed(1)} ms, CPU of all threads: user ${median('user').toFixed(1)} ms, kernel ${median('kernel').toFixed(1)} ms, ` +
    `${median('faults')} page faults`
)
