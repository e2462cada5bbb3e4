/**
 * The benchmark: bare parse-dutch against `fromNews` and `listQuotes`, in one process, on the
 * seed, the shared corpus (when present) and a synthetic size series; then the heap a tree
 * holds, and the hostile inputs at two sizes. Run through `bench/run.mjs` (`npm run bench`),
 * which bundles this file and starts node with `--expose-gc`.
 *
 * Flags: `--quick` (sizes up to 1 MB, fewer calls), `--out <file>` (also write the report).
 */
import {existsSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {cpus} from 'node:os'
import path from 'node:path'
import {ParseDutch} from 'parse-dutch'
import {fromNews, listQuotes} from '../src/index.js'
import {fixed, percent, ratio, size, table, verdict} from './format.js'
import {hostileInputs} from './hostile-inputs.js'
import {planFor, retainedHeap, timeBest, timeOperations} from './measure.js'
import {syntheticNews} from './paragraphs.js'

interface Input {
  name: string
  text: string
  bytes: number
  /** Part of the size series (for time per byte). */
  series: boolean
}

interface Row {
  input: Input
  parseDutch: number
  parseDutchPerBlock: number
  fromNews: number
  listQuotesOfFromNews: number
  listQuotesAlone: number
}

const targets = {fromNews: 1.3, listQuotes: 0.05, perByte: 1.25, heap: 1.25, hostile: 10}
const megabyte = 1 << 20

const root = process.cwd()
const args = process.argv.slice(2)
const quick = args.includes('--quick')
const outIndex = args.indexOf('--out')
const outFile = outIndex === -1 ? undefined : args[outIndex + 1]

const report: string[] = []
const notes: string[] = []
function print(text = ''): void {
  console.log(text)
  report.push(text)
}

const started = performance.now()
const inputs = collectInputs()

print(`# newsast benchmark${quick ? ' (quick)' : ''}`)
print()
print(`Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, ${new Date().toISOString().slice(0, 10)}.`)
print('MB = 2^20 bytes of UTF-8 input; times are medians of tinybench samples; ratios compare operations on the same input in the same run.')
print()

const rows: Row[] = []
for (const input of inputs) {
  const {text} = input
  const tree = fromNews(text)
  const timings = await timeOperations(
    [
      ['parse-dutch', () => new ParseDutch().parse(text)],
      ['parse-dutch per block', () => tokenizeBlocks(text)],
      ['fromNews', () => fromNews(text)],
      ['listQuotes(fromNews)', () => listQuotes(fromNews(text))],
      ['listQuotes alone', () => listQuotes(tree)]
    ],
    planFor(input.bytes, quick)
  )
  const [parseDutch, perBlock, fromNewsTime, combined, alone] = timings.map((timing) => timing.median) as [number, number, number, number, number]
  rows.push({input, parseDutch, parseDutchPerBlock: perBlock, fromNews: fromNewsTime, listQuotesOfFromNews: combined, listQuotesAlone: alone})
  console.error(`  measured ${input.name} (${size(input.bytes)}) in ${fixed((performance.now() - started) / 1000, 0)} s`)
}

const speed = (bytes: number, milliseconds: number) => bytes / megabyte / (milliseconds / 1000)

print('## Speed')
print()
print(
  table(
    [
      'input',
      'size',
      'parse-dutch MB/s',
      'per block MB/s',
      'fromNews MB/s',
      'listQuotes(fromNews) MB/s',
      'fromNews / parse-dutch',
      'fromNews / per block',
      'listQuotes adds'
    ],
    rows.map((row) => [
      row.input.name,
      size(row.input.bytes),
      fixed(speed(row.input.bytes, row.parseDutch)),
      fixed(speed(row.input.bytes, row.parseDutchPerBlock)),
      fixed(speed(row.input.bytes, row.fromNews)),
      fixed(speed(row.input.bytes, row.listQuotesOfFromNews)),
      ratio(row.fromNews / row.parseDutch),
      ratio(row.fromNews / row.parseDutchPerBlock),
      percent(row.listQuotesAlone / row.fromNews)
    ])
  )
)
print()
print(
  '“parse-dutch” is `new ParseDutch().parse(text)` on the whole text; “per block” is `tokenizeParagraph` on each blank-line-separated block (the tokenizing `fromNews` itself does), which stays linear where the whole-text parse does not.'
)
print('“listQuotes adds” is `listQuotes(tree)` timed alone on a ready tree, as a share of `fromNews` on the same input.')
print()

const series = rows.filter((row) => row.input.series)
const first = series[0]!
const last = series[series.length - 1]!
const perByte = (milliseconds: number, bytes: number) => (milliseconds * 1e6) / bytes
print('## Time per byte across the size series')
print()
print(
  table(
    ['input', 'parse-dutch ns/byte', 'per block ns/byte', 'fromNews ns/byte', `fromNews vs ${size(first.input.bytes)}`],
    series.map((row) => [
      size(row.input.bytes),
      fixed(perByte(row.parseDutch, row.input.bytes), 0),
      fixed(perByte(row.parseDutchPerBlock, row.input.bytes), 0),
      fixed(perByte(row.fromNews, row.input.bytes), 0),
      ratio(perByte(row.fromNews, row.input.bytes) / perByte(first.fromNews, first.input.bytes))
    ])
  )
)
print()

print('## Heap per input byte (tree retained, after full GC)')
print()
const heapRows: Array<{name: string; bytes: number; parseDutch: number; fromNews: number}> = []
// Heap per byte stays flat with size (measured up to 8 MB), so the corpus and 1 MB show it at a fraction of the time.
for (const input of inputs.filter((input) => input.name === 'corpus nl-news' || input.name === 'synthetic 1 MB')) {
  const text = input.text
  const parseDutchHeap = retainedHeap(() => new ParseDutch().parse(text))
  const fromNewsHeap = retainedHeap(() => fromNews(text))
  heapRows.push({name: input.name, bytes: input.bytes, parseDutch: parseDutchHeap, fromNews: fromNewsHeap})
}
print(
  table(
    ['input', 'size', 'parse-dutch bytes/byte', 'fromNews bytes/byte', 'fromNews / parse-dutch'],
    heapRows.map((row) => [
      row.name,
      size(row.bytes),
      fixed(row.parseDutch / row.bytes, 0),
      fixed(row.fromNews / row.bytes, 0),
      ratio(row.fromNews / row.parseDutch)
    ])
  )
)
print()
console.error(`  heap measured at ${fixed((performance.now() - started) / 1000, 0)} s`)

print('## Hostile input (fromNews, then listQuotes; best of a few calls)')
print()
const hostileRows: string[][] = []
let worstHostile = 0
for (const hostile of hostileInputs) {
  // Runs of one character are timed at 1 M and 8 M characters; counts at an eighth of the count the issue names and at it.
  const characters = hostile.unit === 'characters'
  const small = characters ? hostile.scale : hostile.scale / 8
  const label = (scale: number) => (characters ? `${fixed(scale / megabyte, 0)} M chars` : `${scale.toLocaleString('en')} ${hostile.unit}`)
  const time = (scale: number, repeats: number) => {
    const text = hostile.make(scale)
    return timeBest(() => listQuotes(fromNews(text)), repeats)
  }
  try {
    const smallTime = time(small, 3)
    // Double first: where the 8× input would then take long (superlinear time), project 8× from the
    // doubling (the same power law) instead of running it, to keep the run short.
    const doubleTime = time(small * 2, 2)
    const doubling = doubleTime / smallTime
    const expectedLargeTime = doubleTime * doubling ** 2
    const large = quick || expectedLargeTime > 20_000 ? small * 2 : small * 8
    const largeTime = large === small * 2 ? doubleTime : time(large, 1)
    const projected = large === small * 8 ? largeTime / smallTime : doubling > 2 ? doubling ** 3 : doubling * 4
    worstHostile = Math.max(worstHostile, projected)
    hostileRows.push([
      hostile.name,
      label(small),
      `${fixed(smallTime, 0)} ms`,
      label(large),
      `${fixed(largeTime, 0)} ms`,
      large === small * 8 ? `${fixed(projected, 1)}× for 8×` : `${fixed(doubling, 1)}× for 2× (8×: ${fixed(projected, 0)}× projected)`,
      verdict(projected <= targets.hostile)
    ])
  } catch (error) {
    // A throw is a bug in the core: report it in the table rather than stop the run.
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error)
    hostileRows.push([hostile.name, label(small), '–', '–', '–', `throws ${message.slice(0, 60)}`, '**THROWS**'])
    worstHostile = Number.POSITIVE_INFINITY
  }
  console.error(`  hostile ${hostile.name} done at ${fixed((performance.now() - started) / 1000, 0)} s`)
}
print(table(['input', 'small', 'time', 'large', 'time', 'time ratio', 'linear (≤ 10× for 8×)'], hostileRows))
print()

const worstRatio = Math.max(...rows.filter((row) => row.input.bytes >= 65_536).map((row) => row.fromNews / row.parseDutch))
const worstListQuotes = Math.max(...rows.map((row) => row.listQuotesAlone / row.fromNews))
const perByteGrowth = perByte(last.fromNews, last.input.bytes) / perByte(first.fromNews, first.input.bytes)
const worstHeap = Math.max(...heapRows.map((row) => row.fromNews / row.parseDutch))
print('## Targets')
print()
print(
  table(
    ['target', 'measured (worst input)', 'verdict'],
    [
      [`fromNews ≤ ${targets.fromNews}× parse-dutch (inputs ≥ 64 KB)`, ratio(worstRatio), verdict(worstRatio <= targets.fromNews)],
      [`listQuotes adds ≤ ${percent(targets.listQuotes)}`, percent(worstListQuotes), verdict(worstListQuotes <= targets.listQuotes)],
      [
        `time per byte at ${size(last.input.bytes)} ≤ ${targets.perByte}× that at ${size(first.input.bytes)}`,
        ratio(perByteGrowth),
        verdict(perByteGrowth <= targets.perByte)
      ],
      [`heap ≤ ${targets.heap}× parse-dutch's tree`, ratio(worstHeap), verdict(worstHeap <= targets.heap)],
      [
        'hostile input: 8× the input in ≤ 10× the time',
        Number.isFinite(worstHostile) ? `${fixed(worstHostile, 1)}× for 8×` : 'a throw',
        verdict(worstHostile <= targets.hostile)
      ]
    ]
  )
)
print()
for (const note of notes) print(`Note: ${note}`)
if (notes.length > 0) print()
print(`Total run time: ${fixed((performance.now() - started) / 1000, 0)} s.`)

if (outFile) {
  writeFileSync(path.resolve(root, outFile), report.join('\n') + '\n')
  console.error(`Wrote ${outFile}`)
}

/** What `fromNews` pays the tokenizer at least: parse-dutch on each block of the text separately. */
function tokenizeBlocks(text: string): unknown[] {
  const parser = new ParseDutch()
  return text.split(/\n[ \t]*\n/).map((block) => parser.tokenizeParagraph(block))
}

function collectInputs(): Input[] {
  const list: Input[] = []
  const seed = readFileSync(path.join(root, 'fixtures/noord-korea-2019-03.txt'), 'utf8')
  list.push({name: 'seed', text: seed, bytes: Buffer.byteLength(seed), series: false})

  const corpus = path.resolve(root, '../shared/corpus/nl-news')
  if (existsSync(corpus)) {
    const files = readdirSync(corpus).filter((name) => name.endsWith('.txt')).sort()
    const text = files.map((name) => readFileSync(path.join(corpus, name), 'utf8')).join('\n\n')
    list.push({name: 'corpus nl-news', text, bytes: Buffer.byteLength(text), series: false})
    notes.push(`corpus nl-news: ${files.length} files concatenated with blank lines.`)
  } else {
    notes.push('../shared/corpus/nl-news is absent: the corpus input was skipped.')
  }

  const sizes = quick ? [64 * 1024, 256 * 1024, megabyte] : [64 * 1024, 256 * 1024, megabyte, 4 * megabyte, 8 * megabyte]
  for (const target of sizes) {
    const text = syntheticNews(target)
    list.push({name: `synthetic ${size(target)}`, text, bytes: Buffer.byteLength(text), series: true})
  }
  return list
}
