/**
 * The corpus as users parse it: every file of `../shared/corpus/nl-news` an article of its own,
 * summed over the files (the main bench parses the concatenation, where one registry grows over
 * 176 articles). Prints, for the fastest of several rounds: bare parse-dutch, `fromNews`, its
 * stages in the order `fromNews` runs them (`stagedBuild`: the placement and the reading of
 * tokens it interleaves with tokenizing are timed block by block) and `listQuotes`.
 *
 * Run: `node bench/run.mjs --script bench/per-article.ts [rounds]`
 */
import {ParseDutch} from 'parse-dutch'
import {fromNews} from '../src/from-news.js'
import {listQuotes} from '../src/quotes/list-quotes.js'
import {articleTexts, buildStages, fastestOfRounds, printShares, stagedBuild} from './rounds.js'

const texts = articleTexts()
const rounds = Number(process.argv[2] ?? 10)
const names = ['parse-dutch', 'fromNews', 'listQuotes', ...buildStages] as const
const best = fastestOfRounds(names, rounds, (time, add) => {
  for (const text of texts) {
    time('parse-dutch', () => new ParseDutch().parse(text))
    const tree = time('fromNews', () => fromNews(text))
    time('listQuotes', () => listQuotes(tree))
    stagedBuild(text, add)
  }
})
printShares(`${texts.length} articles, each parsed on its own; fastest of ${rounds} rounds:`, names, best)
