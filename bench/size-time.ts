/**
 * `fromNews` and bare parse-dutch on one synthetic size, alternating, fastest of many calls
 * each (a quick check of a speed change at one size; the full bench takes minutes).
 *
 * Run: `node bench/run.mjs --script bench/size-time.ts [KB] [calls]`
 */
import {ParseDutch} from 'parse-dutch'
import {fromNews, listQuotes} from '../src/index.js'
import {syntheticNews} from './paragraphs.js'
import {buildStages, stagedBuild} from './rounds.js'

const kilobytes = Number(process.argv[2] ?? 64)
const calls = Number(process.argv[3] ?? 40)
const text = syntheticNews(kilobytes * 1024)
const best = {parseDutch: Infinity, fromNews: Infinity, listQuotes: Infinity}
const stages = new Map<string, number>(buildStages.map((stage) => [stage, Infinity]))
for (let call = 0; call < calls; call++) {
  // The stages in `fromNews`'s order on a fresh tree, each timed on its own.
  stagedBuild(text, (stage, milliseconds) => stages.set(stage, Math.min(stages.get(stage)!, milliseconds)))
  let started = performance.now()
  new ParseDutch().parse(text)
  best.parseDutch = Math.min(best.parseDutch, performance.now() - started)
  started = performance.now()
  const tree = fromNews(text)
  best.fromNews = Math.min(best.fromNews, performance.now() - started)
  started = performance.now()
  listQuotes(tree)
  best.listQuotes = Math.min(best.listQuotes, performance.now() - started)
}
console.log(
  `${kilobytes} KB, fastest of ${calls}: parse-dutch ${best.parseDutch.toFixed(1)} ms, fromNews ${best.fromNews.toFixed(1)} ms (${(best.fromNews / best.parseDutch).toFixed(2)}×), listQuotes ${best.listQuotes.toFixed(1)} ms (${((best.listQuotes / best.fromNews) * 100).toFixed(1)}% of fromNews)`
)
console.log(`  stages: ${[...stages].map(([stage, time]) => `${stage} ${time.toFixed(1)} ms`).join(', ')} (attribution ${((stages.get('attribution')! / best.parseDutch) * 100).toFixed(0)}% of parse-dutch)`)
