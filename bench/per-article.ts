/**
 * The figures of the README's Performance table: `fromNews` against bare parse-dutch
 * (`new ParseDutch().parse(text)`) in one process, taking turns call by call, so that the drift
 * of a shared machine falls on both alike.
 *
 * - Article by article: every file of `../shared/corpus/nl-news` parsed on its own, as users
 *   parse articles. Each round parses every article with both (in turn, the order swapped every
 *   round); per article the fastest of the rounds and the median are kept, then summed over the
 *   articles. The median of the per-article ratios is printed too, so that the few long articles
 *   do not stand for all.
 * - 1 MB: the synthetic 1 MB input of the main bench (`bench/paragraphs.ts`), in turn as well.
 * - With `--stages`: where `fromNews`'s time goes, article by article (fastest of the rounds),
 *   its stages in the order `fromNews` runs them, and `listQuotes` on the ready trees.
 *
 * Run: `node bench/run.mjs --script bench/per-article.ts [--articles <folder>] [--rounds 15] [--large-rounds 7] [--stages]`
 * (`--articles`: a folder of `.txt` articles, by default `../shared/corpus/nl-news`; without
 * one, only the 1 MB rows are measured).
 */
import {existsSync} from 'node:fs'
import {cpus} from 'node:os'
import {ParseDutch} from 'parse-dutch'
import {fromNews} from '../src/from-news.js'
import {listQuotes} from '../src/quotes/list-quotes.js'
import {syntheticNews} from './paragraphs.js'
import {articleTexts, buildStages, defaultArticles, fastestOfRounds, printShares, stagedBuild} from './rounds.js'

const args = process.argv.slice(2)
const option = (name: string) => {
  const at = args.indexOf(name)
  return at === -1 ? undefined : args[at + 1]
}
const rounds = Number(option('--rounds') ?? 15)
const largeRounds = Number(option('--large-rounds') ?? 7)
const folder = option('--articles') ?? defaultArticles
const megabyte = 1 << 20

type Operation = 'parse-dutch' | 'fromNews'
const operations: Record<Operation, (text: string) => unknown> = {
  'parse-dutch': (text) => new ParseDutch().parse(text),
  fromNews: (text) => fromNews(text)
}
const order: Operation[] = ['parse-dutch', 'fromNews']

/** Time both operations on each text `count` times in turn; returns each text's list of times per operation. */
function inTurn(texts: string[], count: number): Record<Operation, number[][]> {
  const times: Record<Operation, number[][]> = {'parse-dutch': texts.map(() => []), fromNews: texts.map(() => [])}
  for (let round = 0; round < count; round++) {
    for (const [index, text] of texts.entries()) {
      // Swap the order every round: neither always runs right after the other's garbage.
      for (const name of round % 2 === 0 ? order : [...order].reverse()) {
        const started = performance.now()
        operations[name](text)
        times[name][index]!.push(performance.now() - started)
      }
    }
  }
  return times
}

const fastest = (list: number[]) => Math.min(...list)
const median = (list: number[]) => {
  const sorted = [...list].sort((a, b) => a - b)
  const middle = sorted.length >> 1
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}
const sum = (list: number[]) => list.reduce((total, value) => total + value, 0)
const bytesOf = (texts: string[]) => sum(texts.map((text) => Buffer.byteLength(text)))
const rate = (bytes: number, milliseconds: number) => (bytes / megabyte / (milliseconds / 1000)).toFixed(2)

interface Row {
  input: string
  bytes: number
  pick: string
  parseDutch: number
  fromNews: number
}

function rows(input: string, texts: string[], count: number, pickers: Array<[string, (list: number[]) => number]>): Row[] {
  inTurn(texts, 1) // warm-up, not counted
  const times = inTurn(texts, count)
  return pickers.map(([pick, picker]) => ({
    input,
    bytes: bytesOf(texts),
    pick,
    parseDutch: sum(times['parse-dutch'].map(picker)),
    fromNews: sum(times.fromNews.map(picker))
  }))
}

console.log(`Source: ${process.env.NEWSAST_BENCH_SOURCE ?? 'the working tree'}. Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, ${new Date().toISOString().slice(0, 16)}Z.`)

const started = performance.now()
const texts = existsSync(folder) ? articleTexts(folder) : []
if (texts.length === 0) console.log(`No articles in ${folder}: only the 1 MB rows (give a folder of .txt articles with --articles).`)
inTurn(texts, 1) // warm-up, not counted
const articleTimes = inTurn(texts, rounds)
const table: Row[] = []
for (const [pick, picker] of [
  ['fastest', fastest],
  ['median', median]
] as const) {
  if (texts.length === 0) break
  table.push({
    input: `${texts.length} articles, each on its own`,
    bytes: bytesOf(texts),
    pick: `${pick} of ${rounds} per article, summed`,
    parseDutch: sum(articleTimes['parse-dutch'].map(picker)),
    fromNews: sum(articleTimes.fromNews.map(picker))
  })
}
const perArticle = texts.map((_, index) => fastest(articleTimes.fromNews[index]!) / fastest(articleTimes['parse-dutch'][index]!))
const sortedRatios = [...perArticle].sort((a, b) => a - b)
const quantile = (q: number) => sortedRatios[Math.min(sortedRatios.length - 1, Math.floor(q * sortedRatios.length))]!

const large = [syntheticNews(megabyte)]
table.push(
  ...rows('synthetic 1 MB', large, largeRounds, [
    [`fastest of ${largeRounds}`, fastest],
    [`median of ${largeRounds}`, median]
  ])
)

console.log('')
console.log('| input | size | calls | parse-dutch MB/s | fromNews MB/s | fromNews ÷ parse-dutch |')
console.log('| --- | ---: | --- | ---: | ---: | ---: |')
for (const row of table) {
  const size = row.bytes >= megabyte ? `${(row.bytes / megabyte).toFixed(2)} MB` : `${Math.round(row.bytes / 1024)} KB`
  console.log(`| ${row.input} | ${size} | ${row.pick} | ${rate(row.bytes, row.parseDutch)} | ${rate(row.bytes, row.fromNews)} | ${(row.fromNews / row.parseDutch).toFixed(2)}× |`)
}
if (texts.length > 0) {
  console.log('')
  console.log(
    `Per article (fastest calls): fromNews ÷ parse-dutch median ${quantile(0.5).toFixed(2)}×, ` +
      `middle half ${quantile(0.25).toFixed(2)}–${quantile(0.75).toFixed(2)}×, ` +
      `range ${sortedRatios[0]!.toFixed(2)}–${sortedRatios.at(-1)!.toFixed(2)}×.`
  )
}

if (args.includes('--stages') && texts.length > 0) {
  const names = ['parse-dutch', 'fromNews', 'listQuotes', ...buildStages] as const
  const best = fastestOfRounds(names, rounds, (time, add) => {
    for (const text of texts) {
      time('parse-dutch', () => new ParseDutch().parse(text))
      const tree = time('fromNews', () => fromNews(text))
      time('listQuotes', () => listQuotes(tree))
      stagedBuild(text, add)
    }
  })
  console.log('')
  printShares(`Stages, ${texts.length} articles, each parsed on its own; fastest of ${rounds} rounds:`, names, best)
}
console.log(`\nRun time: ${Math.round((performance.now() - started) / 1000)} s.`)
