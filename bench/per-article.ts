/**
 * The corpus as users parse it: every file of `../shared/corpus/nl-news` an article of its own,
 * summed over the files (the main bench parses the concatenation, where one registry grows over
 * 150 articles). Prints the attribution stage, `fromNews` and bare parse-dutch per round.
 *
 * Run: `node bench/run.mjs --script bench/per-article.ts`
 */
import {readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {attributeQuotes} from '../src/lib/attribute-quotes.js'
import {buildSections} from '../src/lib/build-sections.js'
import {findBlocks} from '../src/lib/find-blocks.js'
import {createLocator} from '../src/lib/locate.js'
import {placeQuotes} from '../src/lib/place-quotes.js'
import {readHeader} from '../src/lib/read-header.js'
import {createTokenizer} from '../src/lib/tokenize-block.js'
import {fromNews} from '../src/lib/from-news.js'
import {ParseDutch} from 'parse-dutch'
import type {Root} from '../src/lib/types.js'
const folder = path.resolve('../shared/corpus/nl-news')
const texts = readdirSync(folder).filter((n) => n.endsWith('.txt')).sort().map((n) => readFileSync(path.join(folder, n), 'utf8'))
const noop = () => undefined
function prepare(text: string) {
  const locate = createLocator(text)
  const fields = readHeader(text, findBlocks(text), locate, noop)
  const body = buildSections({value: text, locate, tokenizer: createTokenizer()}, fields.blocks)
  const root: Root = {type: 'RootNode', children: body.children, position: locate.position(0, text.length)}
  const quotes = placeQuotes(root, {value: text, locate, report: noop})
  return {root, quotes, locate, text}
}
for (let r = 0; r < 5; r++) {
  let att = 0, fn = 0, pd = 0
  for (const text of texts) {
    const p = prepare(text)
    let s = performance.now(); attributeQuotes(p.root, p.quotes, {value: text, locate: p.locate, report: noop}); att += performance.now() - s
    s = performance.now(); fromNews(text); fn += performance.now() - s
    s = performance.now(); new ParseDutch().parse(text); pd += performance.now() - s
  }
  console.log(`per article: attribution ${att.toFixed(1)} fromNews ${fn.toFixed(1)} parse-dutch ${pd.toFixed(1)}  att/pd ${(att/pd*100).toFixed(1)}% att/fn ${(att/fn*100).toFixed(1)}%`)
}
