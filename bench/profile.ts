/**
 * Profile `fromNews` with V8's CPU profiler (what `node --cpu-prof` uses) and print the hot
 * spots as `src/…/file.ts:line`, mapped back through the bundle's source map.
 *
 * Run: `node bench/run.mjs --script bench/profile.ts [--size <KB>] [--corpus] [--hostile <name part> --scale <n>]`
 * The raw profile is written to `node_modules/.cache/newsast-bench/fromNews.cpuprofile`
 * (open it in Chrome DevTools › Performance).
 */
import {existsSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {Session} from 'node:inspector/promises'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {fromNews, listQuotes} from '../src/index.js'
import {hostileInputs} from './hostile-inputs.js'
import {syntheticNews} from './paragraphs.js'
import {type ProfileNode, readSourceMap} from './source-map.js'

interface Profile {
  nodes: ProfileNode[]
  startTime: number
  endTime: number
  samples?: number[]
}

const args = process.argv.slice(2)
const sizeIndex = args.indexOf('--size')
const kilobytes = sizeIndex === -1 ? 1024 : Number(args[sizeIndex + 1])
const useCorpus = args.includes('--corpus')
const hostileIndex = args.indexOf('--hostile')
const hostile = hostileIndex === -1 ? undefined : hostileInputs.find((input) => input.name.includes(args[hostileIndex + 1]!))
const scaleIndex = args.indexOf('--scale')
const text = hostile
  ? hostile.make(scaleIndex === -1 ? hostile.scale : Number(args[scaleIndex + 1]))
  : useCorpus
    ? corpusText()
    : syntheticNews(kilobytes * 1024)
const described = hostile ? `hostile input ${hostile.name}` : useCorpus ? 'the nl-news corpus' : `synthetic ${kilobytes} KB`

// Warm up, so the profile shows optimised code.
for (let index = 0; index < 2; index++) listQuotes(fromNews(text))

const session = new Session()
session.connect()
await session.post('Profiler.enable')
await session.post('Profiler.setSamplingInterval', {interval: 200})
await session.post('Profiler.start')
const started = performance.now()
let calls = 0
while (performance.now() - started < 8000 || calls < 3) {
  listQuotes(fromNews(text))
  calls++
}
const {profile} = (await session.post('Profiler.stop')) as unknown as {profile: Profile}
session.disconnect()

const bundle = fileURLToPath(import.meta.url)
writeFileSync(path.join(path.dirname(bundle), 'fromNews.cpuprofile'), JSON.stringify(profile))
const lookup = readSourceMap(JSON.parse(readFileSync(`${bundle}.map`, 'utf8')))

const totalTicks = profile.nodes.reduce((sum, node) => sum + (node.hitCount ?? 0), 0)
const byFunction = new Map<string, number>()
const byLine = new Map<string, number>()
const byFile = new Map<string, number>()
for (const node of profile.nodes) {
  const ticks = node.hitCount ?? 0
  if (ticks === 0) continue
  const frame = node.callFrame
  const name = frame.functionName || '(anonymous)'
  const local = frame.url === '' ? undefined : frame.url.startsWith('file:') ? fileURLToPath(frame.url) : frame.url
  let where: string
  if (local === bundle) {
    const place = lookup(frame.lineNumber + 1, frame.columnNumber)
    where = place ? `${relative(place.source)}:${place.line}` : `bundle:${frame.lineNumber + 1}`
    for (const tick of node.positionTicks ?? []) {
      const line = lookup(tick.line, 0)
      const key = line ? `${relative(line.source)}:${line.line}` : `bundle:${tick.line}`
      byLine.set(`${key} (${name})`, (byLine.get(`${key} (${name})`) ?? 0) + tick.ticks)
    }
  } else {
    where = local ? `${relative(local)}:${frame.lineNumber + 1}` : '(native)'
  }
  const key = `${name} ${where}`
  byFunction.set(key, (byFunction.get(key) ?? 0) + ticks)
  // Files of dependencies count as their package, to compare stages.
  const file = where.replace(/:\d+$/, '').replace(/^node_modules\/((?:@[^/]+\/)?[^/]+)\/.*$/, '$1 (dependency)')
  byFile.set(file, (byFile.get(file) ?? 0) + ticks)
}

console.log(`${calls} calls of listQuotes(fromNews(text)) on ${described}; ${totalTicks} samples.`)
console.log('\nSelf time by file (inlined functions count where they were inlined):')
for (const [key, ticks] of top(byFile, 20)) console.log(`${((ticks / totalTicks) * 100).toFixed(1).padStart(5)}%  ${key}`)
console.log('\nSelf time by function:')
for (const [key, ticks] of top(byFunction, 25)) console.log(`${((ticks / totalTicks) * 100).toFixed(1).padStart(5)}%  ${key}`)
console.log('\nSelf time by source line (newsast and bundled code only):')
for (const [key, ticks] of top(byLine, Number(process.env.PROFILE_LINES ?? 25))) console.log(`${((ticks / totalTicks) * 100).toFixed(1).padStart(5)}%  ${key}`)

function top(map: Map<string, number>, count: number): Array<[string, number]> {
  return [...map].sort((a, b) => b[1] - a[1]).slice(0, count)
}

/** A path relative to the project (source map sources are relative to the bundle). */
function relative(file: string): string {
  const absolute = path.isAbsolute(file) ? file : path.resolve(path.dirname(bundle), file)
  // A snapshot of a commit (`--ref`) stands for the project's own `src/`.
  return path.relative(process.cwd(), absolute).replace(/^node_modules\/\.cache\/newsast-bench\/src-[0-9a-f]+\//, '')
}

function corpusText(): string {
  const directory = path.resolve('../shared/corpus/nl-news')
  if (!existsSync(directory)) throw new Error('../shared/corpus/nl-news is absent')
  return readdirSync(directory)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => readFileSync(path.join(directory, name), 'utf8'))
    .join('\n\n')
}
