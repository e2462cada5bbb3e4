/**
 * The attribution stage alone on the corpus, each file an article of its own: the fastest of
 * several rounds (a quick check of a speed change; the machine's noise is larger than most).
 *
 * Run: `node bench/run.mjs --script bench/attribution-time.ts [rounds]`
 */
import {readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {attributeQuotes} from '../src/attribution/attribute-quotes.js'
import {buildSections} from '../src/structure/build-sections.js'
import {findBlocks} from '../src/structure/find-blocks.js'
import {createLocator} from '../src/tree/locate.js'
import {placeQuotes} from '../src/quotes/place-quotes.js'
import {readHeader} from '../src/structure/read-header.js'
import {createTokenizer} from '../src/structure/tokenize-block.js'
import type {Root} from '../src/tree/types.js'

const folder = path.resolve('../shared/corpus/nl-news')
const texts = readdirSync(folder).filter((name) => name.endsWith('.txt')).sort().map((name) => readFileSync(path.join(folder, name), 'utf8'))
const noop = () => undefined
const rounds = Number(process.argv[2] ?? 15)
function prepare(text: string) {
  const locate = createLocator(text)
  const fields = readHeader(text, findBlocks(text), locate, noop)
  const body = buildSections({value: text, locate, tokenizer: createTokenizer()}, fields.blocks)
  const root: Root = {type: 'RootNode', children: body.children, position: locate.position(0, text.length)}
  return {root, quotes: placeQuotes(root, {value: text, locate, report: noop}), locate, text}
}
const times: number[] = []
for (let round = 0; round < rounds; round++) {
  // Each article is attributed right after it is prepared, as in `fromNews`, where the tree is fresh.
  let total = 0
  for (const source of texts) {
    const {root, quotes, locate, text} = prepare(source)
    const started = performance.now()
    attributeQuotes(root, quotes, {value: text, locate, report: noop})
    total += performance.now() - started
  }
  times.push(total)
}
times.sort((a, b) => a - b)
console.log(`attribution on ${texts.length} articles: fastest ${times[0]!.toFixed(1)} ms, median ${times[times.length >> 1]!.toFixed(1)} ms of ${rounds} rounds`)
