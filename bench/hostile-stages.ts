/**
 * Stage times of `fromNews` on one hostile input at two sizes, to see which stage grows faster
 * than the input. Run: `node bench/run.mjs --script bench/hostile-stages.ts [--input <index>] [--size <MB>]`
 */
import {attributeQuotes} from '../src/attribution/attribute-quotes.js'
import {buildSections} from '../src/structure/build-sections.js'
import {findBlocks} from '../src/structure/find-blocks.js'
import {createLocator} from '../src/tree/locate.js'
import {placeQuotes} from '../src/quotes/place-quotes.js'
import {readHeader} from '../src/structure/read-header.js'
import {createTokenizer} from '../src/structure/tokenize-block.js'
import type {Root} from '../src/tree/types.js'
import {hostileInputs} from './hostile-inputs.js'

const args = process.argv.slice(2)
const inputIndex = args.indexOf('--input')
const sizeIndex = args.indexOf('--size')
const hostile = hostileInputs[inputIndex === -1 ? 11 : Number(args[inputIndex + 1])]!
const megabytes = sizeIndex === -1 ? [1, 4] : [Number(args[sizeIndex + 1])]
const noop = () => undefined
console.log(hostile.name)
for (const size of megabytes) {
  const text = hostile.make(hostile.scale * size)
  for (let round = 0; round < 2; round++) {
    const times: string[] = []
    let started = performance.now()
    const locate = createLocator(text)
    const fields = readHeader(text, findBlocks(text), locate, noop)
    const body = buildSections({value: text, locate, tokenizer: createTokenizer()}, fields.blocks)
    times.push(`sections ${(performance.now() - started).toFixed(0)} ms`)
    const root: Root = {type: 'RootNode', children: body.children, position: locate.position(0, text.length)}
    started = performance.now()
    const quotes = placeQuotes(root, {value: text, locate, report: noop})
    times.push(`placeQuotes ${(performance.now() - started).toFixed(0)} ms`)
    started = performance.now()
    attributeQuotes(root, quotes, {value: text, locate, report: noop})
    times.push(`attributeQuotes ${(performance.now() - started).toFixed(0)} ms`)
    console.log(`${size}× scale: ${times.join(', ')}`)
  }
}
