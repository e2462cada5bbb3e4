/**
 * Where `fromNews` (or bare parse-dutch) allocates: V8's sampling heap profiler over several
 * calls, counting what the collector has already freed too, summed by allocating function
 * (a built-in such as `push` or `sort` is named with the function that called it).
 *
 * Run: `node bench/run.mjs --script bench/allocations.ts [--size <KB>] [--parse-dutch]`
 */
import {Session} from 'node:inspector/promises'
import {ParseDutch} from 'parse-dutch'
import {fromNews} from '../src/index.js'
import {syntheticNews} from './paragraphs.js'

interface SamplingNode {
  callFrame: {functionName: string; url: string; lineNumber: number}
  selfSize: number
  children: SamplingNode[]
}

const args = process.argv.slice(2)
const sizeIndex = args.indexOf('--size')
const kilobytes = sizeIndex === -1 ? 64 : Number(args[sizeIndex + 1])
const bare = args.includes('--parse-dutch')
const text = syntheticNews(kilobytes * 1024)
const run = bare ? () => new ParseDutch().parse(text) : () => fromNews(text)
const calls = 10

for (let index = 0; index < 20; index++) run()
const session = new Session()
session.connect()
await session.post('HeapProfiler.startSampling', {
  samplingInterval: 256,
  includeObjectsCollectedByMajorGC: true,
  includeObjectsCollectedByMinorGC: true
} as never)
for (let index = 0; index < calls; index++) run()
const {profile} = (await session.post('HeapProfiler.stopSampling')) as unknown as {profile: {head: SamplingNode}}
session.disconnect()

const bytes = new Map<string, number>()
let total = 0
const stack: Array<[SamplingNode, string]> = [[profile.head, '']]
while (stack.length > 0) {
  const [node, caller] = stack.pop()!
  const frame = node.callFrame
  const own = `${frame.functionName || '(anonymous)'} ${frame.url.split('/').pop()}:${frame.lineNumber + 1}`
  const name = frame.lineNumber < 0 ? `${frame.functionName || '(native)'} in ${caller}` : own
  if (node.selfSize > 0) {
    bytes.set(name, (bytes.get(name) ?? 0) + node.selfSize)
    total += node.selfSize
  }
  for (const child of node.children) stack.push([child, frame.lineNumber < 0 ? caller : own])
}
console.log(`${bare ? 'parse-dutch' : 'fromNews'} on synthetic ${kilobytes} KB: ${(total / calls / 2 ** 20).toFixed(1)} MB allocated per call (sampled; lines are of the bundle)`)
for (const [name, size] of [...bytes].sort((a, b) => b[1] - a[1]).slice(0, 25)) {
  console.log(`${((size / total) * 100).toFixed(1).padStart(6)}%  ${(size / calls / 2 ** 20).toFixed(2).padStart(6)} MB  ${name}`)
}
