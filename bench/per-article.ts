/**
 * The corpus as users parse it: every file of `../shared/corpus/nl-news` an article of its own,
 * summed over the files (the main bench parses the concatenation, where one registry grows over
 * 176 articles). Prints, for the fastest of several rounds: bare parse-dutch, `fromNews`, its
 * stages (each run right after the one before, on the same fresh tree, as `fromNews` runs them)
 * and `listQuotes`.
 *
 * Run: `node bench/run.mjs --script bench/per-article.ts [rounds]`
 */
import {ParseDutch} from 'parse-dutch'
import {attributeQuotes} from '../src/lib/attribute-quotes.js'
import {buildSections} from '../src/lib/build-sections.js'
import {findBlocks} from '../src/lib/find-blocks.js'
import {fromNews} from '../src/lib/from-news.js'
import {listQuotes} from '../src/lib/list-quotes.js'
import {createLocator} from '../src/lib/locate.js'
import {placeQuotes} from '../src/lib/place-quotes.js'
import {readHeader} from '../src/lib/read-header.js'
import {createTokenizer} from '../src/lib/tokenize-block.js'
import type {Root} from '../src/lib/types.js'
import {articleTexts, fastestOfRounds, printShares} from './rounds.js'

const texts = articleTexts()
const noop = () => undefined
const rounds = Number(process.argv[2] ?? 10)
const names = ['parse-dutch', 'fromNews', 'listQuotes', 'header and sections', 'quote placement', 'attribution'] as const
const best = fastestOfRounds(names, rounds, (time) => {
  for (const text of texts) {
    time('parse-dutch', () => new ParseDutch().parse(text))
    const tree = time('fromNews', () => fromNews(text))
    time('listQuotes', () => listQuotes(tree))
    const {root, locate} = time('header and sections', () => {
      const locate = createLocator(text)
      const fields = readHeader(text, findBlocks(text), locate, noop)
      const body = buildSections({value: text, locate, tokenizer: createTokenizer()}, fields.blocks)
      const root: Root = {type: 'RootNode', children: body.children, position: locate.position(0, text.length)}
      return {root, locate}
    })
    const quotes = time('quote placement', () => placeQuotes(root, {value: text, locate, report: noop}))
    time('attribution', () => attributeQuotes(root, quotes, {value: text, locate, report: noop}))
  }
})
printShares(`${texts.length} articles, each parsed on its own; fastest of ${rounds} rounds:`, names, best)
