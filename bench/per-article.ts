/**
 * The corpus as users parse it: every file of `../shared/corpus/nl-news` an article of its own,
 * summed over the files (the main bench parses the concatenation, where one registry grows over
 * 176 articles). Prints, for the fastest of several rounds: bare parse-dutch, `fromNews`, its
 * stages (each run right after the one before, on the same fresh tree, as `fromNews` runs them)
 * and `listQuotes`.
 *
 * Run: `node bench/run.mjs --script bench/per-article.ts [rounds]`
 */
import {readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
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

const folder = path.resolve('../shared/corpus/nl-news')
const texts = readdirSync(folder).filter((name) => name.endsWith('.txt')).sort().map((name) => readFileSync(path.join(folder, name), 'utf8'))
const noop = () => undefined
const rounds = Number(process.argv[2] ?? 10)
const names = ['parse-dutch', 'fromNews', 'listQuotes', 'header and sections', 'quote placement', 'attribution'] as const
const best = new Map<string, number>(names.map((name) => [name, Number.POSITIVE_INFINITY]))
for (let round = 0; round < rounds; round++) {
  const total = new Map<string, number>(names.map((name) => [name, 0]))
  const add = (name: string, started: number) => total.set(name, total.get(name)! + performance.now() - started)
  for (const text of texts) {
    let started = performance.now()
    new ParseDutch().parse(text)
    add('parse-dutch', started)
    started = performance.now()
    const tree = fromNews(text)
    add('fromNews', started)
    started = performance.now()
    listQuotes(tree)
    add('listQuotes', started)
    started = performance.now()
    const locate = createLocator(text)
    const fields = readHeader(text, findBlocks(text), locate, noop)
    const body = buildSections({value: text, locate, tokenizer: createTokenizer()}, fields.blocks)
    const root: Root = {type: 'RootNode', children: body.children, position: locate.position(0, text.length)}
    add('header and sections', started)
    started = performance.now()
    const quotes = placeQuotes(root, {value: text, locate, report: noop})
    add('quote placement', started)
    started = performance.now()
    attributeQuotes(root, quotes, {value: text, locate, report: noop})
    add('attribution', started)
  }
  for (const [name, time] of total) best.set(name, Math.min(best.get(name)!, time))
}
const parse = best.get('parse-dutch')!
const whole = best.get('fromNews')!
console.log(`${texts.length} articles, each parsed on its own; fastest of ${rounds} rounds:`)
for (const name of names) {
  const time = best.get(name)!
  console.log(`  ${name.padEnd(20)} ${time.toFixed(1).padStart(7)} ms  ${((time / parse) * 100).toFixed(0).padStart(4)}% of parse-dutch  ${((time / whole) * 100).toFixed(0).padStart(4)}% of fromNews`)
}
