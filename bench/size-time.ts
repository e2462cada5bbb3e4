/**
 * `fromNews` and bare parse-dutch on one synthetic size, alternating, fastest of many calls
 * each (a quick check of a speed change at one size; the full bench takes minutes).
 *
 * Run: `node bench/run.mjs --script bench/size-time.ts [KB] [calls]`
 */
import {ParseDutch} from 'parse-dutch'
import {fromNews, listQuotes} from '../src/index.js'
import {attributeQuotes} from '../src/lib/attribute-quotes.js'
import {buildSections} from '../src/lib/build-sections.js'
import {findBlocks} from '../src/lib/find-blocks.js'
import {createLocator} from '../src/lib/locate.js'
import {placeQuotes} from '../src/lib/place-quotes.js'
import {readHeader} from '../src/lib/read-header.js'
import {createTokenizer} from '../src/lib/tokenize-block.js'
import type {Root} from '../src/lib/types.js'
import {syntheticNews} from './paragraphs.js'

const kilobytes = Number(process.argv[2] ?? 64)
const calls = Number(process.argv[3] ?? 40)
const text = syntheticNews(kilobytes * 1024)
const best = {parseDutch: Infinity, fromNews: Infinity, listQuotes: Infinity, sections: Infinity, place: Infinity, attribute: Infinity}
const noop = () => undefined
for (let call = 0; call < calls; call++) {
  // The stages one after another on a fresh tree, as in `fromNews`.
  {
    let started = performance.now()
    const locate = createLocator(text)
    const fields = readHeader(text, findBlocks(text), locate, noop)
    const body = buildSections({value: text, locate, tokenizer: createTokenizer()}, fields.blocks)
    const root: Root = {type: 'RootNode', children: body.children, position: locate.position(0, text.length)}
    best.sections = Math.min(best.sections, performance.now() - started)
    started = performance.now()
    const quotes = placeQuotes(root, {value: text, locate, report: noop})
    best.place = Math.min(best.place, performance.now() - started)
    started = performance.now()
    attributeQuotes(root, quotes, {value: text, locate, report: noop})
    best.attribute = Math.min(best.attribute, performance.now() - started)
  }
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
console.log(`  stages: header and sections ${best.sections.toFixed(1)} ms, quote placement ${best.place.toFixed(1)} ms, attribution ${best.attribute.toFixed(1)} ms (${((best.attribute / best.parseDutch) * 100).toFixed(0)}% of parse-dutch)`)
