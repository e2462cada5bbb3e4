/**
 * Where `fromNews` spends its time, stage by stage: the stages are run as `fromNews` runs them,
 * each timed on its own (median of several calls after a warm-up).
 *
 * Run: `node bench/run.mjs --script bench/stages.ts [--size <KB>] [--corpus]`
 */
import {readdirSync, readFileSync, existsSync} from 'node:fs'
import path from 'node:path'
import {attributeQuotes} from '../src/attribution/attribute-quotes.js'
import {buildSections} from '../src/structure/build-sections.js'
import {createLiteral} from '../src/tree/create-literal.js'
import {findBlocks} from '../src/structure/find-blocks.js'
import {createLocator} from '../src/tree/locate.js'
import {placeQuotes} from '../src/quotes/place-quotes.js'
import {readHeader} from '../src/structure/read-header.js'
import {createTokenizer} from '../src/structure/tokenize-block.js'
import {fromNews} from '../src/from-news.js'
import {listQuotes} from '../src/quotes/list-quotes.js'
import type {Root} from '../src/tree/types.js'
import {syntheticNews} from './paragraphs.js'
import {ParseDutch} from 'parse-dutch'

const args = process.argv.slice(2)
const sizeIndex = args.indexOf('--size')
const useCorpus = args.includes('--corpus')
const text = useCorpus ? corpusText() : syntheticNews((sizeIndex === -1 ? 256 : Number(args[sizeIndex + 1])) * 1024)

const noop = () => undefined
const times: Record<string, number[]> = {}
function time<T>(name: string, run: () => T): T {
  const started = performance.now()
  const result = run()
  ;(times[name] ??= []).push(performance.now() - started)
  return result
}
for (let call = 0; call < 9; call++) {
  time('parse-dutch (whole text)', () => new ParseDutch().parse(text))
  const tree = time('fromNews', () => fromNews(text))
  time('listQuotes', () => listQuotes(tree))
  const locate = createLocator(text)
  const tokenizer = createTokenizer()
  const fields = time('header', () => readHeader(text, findBlocks(text), locate, noop))
  const body = time('sections (tokenize)', () => buildSections({value: text, locate, tokenizer}, fields.blocks))
  const children: Root['children'] = []
  let offset = 0
  for (const node of body.children) {
    const start = node.position!.start.offset!
    if (start > offset) children.push(createLiteral('WhiteSpaceNode', {value: text, locate}, offset, start))
    children.push(node)
    offset = node.position!.end.offset!
  }
  const root: Root = {type: 'RootNode', children, position: locate.position(0, text.length)}
  const quotes = time('placeQuotes', () => placeQuotes(root, {value: text, locate, report: noop}))
  time('attributeQuotes', () => attributeQuotes(root, quotes, {value: text, locate, report: noop}))
}
const median = (list: number[]) => list.slice().sort((a, b) => a - b)[list.length >> 1]!
const total = median(times.fromNews!)
console.log(`${useCorpus ? 'corpus' : 'synthetic'} ${(text.length / 1024).toFixed(0)} K chars`)
for (const [name, list] of Object.entries(times)) {
  console.log(`${name.padEnd(28)} ${median(list).toFixed(1).padStart(8)} ms  ${((median(list) / total) * 100).toFixed(1).padStart(5)}% of fromNews`)
}

function corpusText(): string {
  const folder = path.resolve('../shared/corpus/nl-news')
  if (!existsSync(folder)) throw new Error('no corpus')
  return readdirSync(folder).filter((name) => name.endsWith('.txt')).sort().map((name) => readFileSync(path.join(folder, name), 'utf8')).join('\n\n')
}
