/**
 * `fromNews` of a baseline commit against the working tree, and bare parse-dutch beside them,
 * in one process, call by call in turn: on a shared machine whose speed drifts from minute to
 * minute, runs in separate processes (or the bench's operations one after another) can differ
 * by more than a change does; taking turns puts the drift on all three alike.
 *
 * Run: `node bench/run.mjs --script bench/compare.ts --baseline <commit> [64|256|…|articles] [rounds]`
 * (a size in KB of the synthetic input, or `articles`: each corpus file parsed on its own).
 * Prints the median and the fastest round of each, and their ratios to parse-dutch.
 */
import {ParseDutch} from 'parse-dutch'
import {fromNews as baselineFromNews} from 'baseline:index'
import {fromNews} from '../src/index.js'
import {syntheticNews} from './paragraphs.js'
import {articleTexts} from './rounds.js'

const args = process.argv.slice(2)
const commitAt = args.indexOf('--baseline-commit')
if (commitAt === -1) throw new Error('Run through `node bench/run.mjs --script bench/compare.ts --baseline <commit>`')
const commit = args.splice(commitAt, 2)[1]!
const input = args[0] ?? '64'
const rounds = Number(args[1] ?? 40)
const texts = input === 'articles' ? articleTexts() : [syntheticNews(Number(input) * 1024)]

const operations: Record<string, () => void> = {
  [`baseline ${commit}`]: () => {
    for (const text of texts) baselineFromNews(text)
  },
  'working tree': () => {
    for (const text of texts) fromNews(text)
  },
  'parse-dutch': () => {
    for (const text of texts) new ParseDutch().parse(text)
  }
}
const names = Object.keys(operations)
const times = new Map<string, number[]>(names.map((name) => [name, []]))
for (let round = 0; round < 5; round++) for (const name of names) operations[name]!()
for (let round = 0; round < rounds; round++) {
  // A different order each round: none always runs right after the same other one.
  for (let index = 0; index < names.length; index++) {
    const name = names[(round + index) % names.length]!
    const started = performance.now()
    operations[name]!()
    times.get(name)!.push(performance.now() - started)
  }
}

const median = (list: number[]) => [...list].sort((a, b) => a - b)[list.length >> 1]!
const fastest = (list: number[]) => Math.min(...list)
const parseDutch = times.get('parse-dutch')!
console.log(`${input === 'articles' ? `${texts.length} articles` : `synthetic ${input} KB`}, ${rounds} rounds in turn:`)
for (const name of names) {
  const list = times.get(name)!
  console.log(
    `  ${name.padEnd(20)} median ${median(list).toFixed(1).padStart(7)} ms (${(median(list) / median(parseDutch)).toFixed(2)}× parse-dutch)   fastest ${fastest(list).toFixed(1).padStart(7)} ms (${(fastest(list) / fastest(parseDutch)).toFixed(2)}×)`
  )
}
