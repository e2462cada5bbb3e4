/**
 * Profile one stage of `fromNews` alone, with inclusive time per function (a function counts
 * once per sample it is on the stack): the input of the stage is made before the profiler
 * starts. Stages: `tokenize` (every block through the block tokenizer), `place` (quote
 * placement on tokenized sections), `attribute` (the default: attribution on placed quotes).
 *
 * Run: `node bench/run.mjs --script bench/profile-stage.ts [--stage tokenize|place|attribute] [--size <KB>] [--corpus] [--articles]`
 * (`RUNS=n`, default 4: the inputs of every run are held at once, and a larger heap slows
 * allocation and collection down.)
 */
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import {Session} from 'node:inspector/promises'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {attributeQuotes} from '../src/attribution/attribute-quotes.js'
import {buildSections} from '../src/structure/build-sections.js'
import {findBlocks} from '../src/structure/find-blocks.js'
import {createLocator} from '../src/tree/locate.js'
import {placeQuotes, type PlacedQuote} from '../src/quotes/place-quotes.js'
import {readHeader} from '../src/structure/read-header.js'
import {createTokenizer} from '../src/structure/tokenize-block.js'
import type {Root} from '../src/tree/types.js'
import {syntheticNews} from './paragraphs.js'
import {type ProfileNode, readSourceMap} from './source-map.js'

const args = process.argv.slice(2)
const sizeIndex = args.indexOf('--size')
const useCorpus = args.includes('--corpus')
// `--articles`: the corpus files each as an article of its own (as users parse them).
const useArticles = args.includes('--articles')
const texts = useArticles ? corpusTexts() : [useCorpus ? corpusTexts().join('\n\n') : syntheticNews((sizeIndex === -1 ? 256 : Number(args[sizeIndex + 1])) * 1024)]
const text = texts.join('\n\n')
const noop = () => undefined

interface Prepared {root: Root; quotes: PlacedQuote[]; locate: ReturnType<typeof createLocator>; text: string}
function prepare(): Prepared[] {
  return texts.map(prepareOne)
}
function prepareOne(text: string): Prepared {
  const locate = createLocator(text)
  const fields = readHeader(text, findBlocks(text), locate, noop)
  const body = buildSections({value: text, locate, tokenizer: createTokenizer()}, fields.blocks)
  const root: Root = {type: 'RootNode', children: body.children, position: locate.position(0, text.length)}
  return {root, quotes: placeQuotes(root, {value: text, locate, report: noop}), locate, text}
}
const stageIndex = args.indexOf('--stage')
const stage = stageIndex === -1 ? 'attribute' : args[stageIndex + 1]!
if (!['tokenize', 'place', 'attribute'].includes(stage)) throw new Error(`Unknown stage \`${stage}\`: tokenize, place or attribute`)
const runs = Number(process.env.RUNS ?? 4)
// `--hot` (attribution): each article is attributed right after its tree is built, as in
// `fromNews`, where the tree is still in the caches; only samples inside attribution count.
// (Held trees are cold: attribution then takes nearly twice as long, most of it in reading them.)
const hot = args.includes('--hot')

interface Sectioned {root: Root; locate: ReturnType<typeof createLocator>; text: string}
function section(text: string): Sectioned {
  const locate = createLocator(text)
  const fields = readHeader(text, findBlocks(text), locate, noop)
  const body = buildSections({value: text, locate, tokenizer: createTokenizer()}, fields.blocks)
  return {root: {type: 'RootNode', children: body.children, position: locate.position(0, text.length)}, locate, text}
}
const blockLists = texts.map((text) => {
  const locate = createLocator(text)
  return findBlocks(text).map((block) => ({text: text.slice(block.start, block.end), at: locate.point(block.start)}))
})
function tokenizeAll(): void {
  for (const list of blockLists) {
    const tokenizer = createTokenizer()
    for (const block of list) tokenizer.paragraph(block.text, block.at)
  }
}
const runStage =
  stage === 'tokenize'
    ? (() => () => tokenizeAll())
    : stage === 'place'
      ? () => {
          const list = texts.map(section)
          return () => {
            for (const {root, locate, text} of list) placeQuotes(root, {value: text, locate, report: noop})
          }
        }
      : hot
        ? () => () => {
            for (const text of texts) {
              const {root, quotes, locate} = prepareOne(text)
              attributeQuotes(root, quotes, {value: text, locate, report: noop})
            }
          }
        : () => {
          const list = prepare()
          return () => {
            for (const {root, quotes, locate, text} of list) attributeQuotes(root, quotes, {value: text, locate, report: noop})
          }
        }
// Warm up (each run needs fresh input: placing and attributing change the trees).
for (let index = 0; index < 3; index++) runStage()()
const prepared = Array.from({length: runs}, runStage)
const session = new Session()
session.connect()
await session.post('Profiler.enable')
await session.post('Profiler.setSamplingInterval', {interval: 100})
await session.post('Profiler.start')
const started = performance.now()
for (const run of prepared) run()
const elapsed = performance.now() - started
const {profile} = (await session.post('Profiler.stop')) as unknown as {profile: {nodes: ProfileNode[]; samples: number[]}}
session.disconnect()

const bundle = fileURLToPath(import.meta.url)
const lookup = readSourceMap(JSON.parse(readFileSync(`${bundle}.map`, 'utf8')))
const byId = new Map(profile.nodes.map((node) => [node.id, node]))
const parent = new Map<number, number>()
for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id)
const label = (node: ProfileNode): string => {
  const frame = node.callFrame
  const name = frame.functionName || '(anonymous)'
  const local = frame.url.startsWith('file:') ? fileURLToPath(frame.url) : frame.url
  if (local === bundle) {
    const place = lookup(frame.lineNumber + 1, frame.columnNumber)
    return `${name} ${place ? `${path.basename(place.source)}:${place.line}` : 'bundle'}`
  }
  return `${name} ${local ? path.basename(local) : '(native)'}`
}
const inclusive = new Map<string, number>()
const self = new Map<string, number>()
const samples = profile.samples
let counted = 0
for (const id of samples) {
  if (hot && !inAttribution(id)) continue
  counted++
  const seen = new Set<string>()
  let node = byId.get(id)
  const own = node ? label(node) : '?'
  self.set(own, (self.get(own) ?? 0) + 1)
  while (node) {
    const key = label(node)
    if (!seen.has(key)) {
      seen.add(key)
      inclusive.set(key, (inclusive.get(key) ?? 0) + 1)
    }
    const up = parent.get(node.id)
    node = up === undefined ? undefined : byId.get(up)
  }
}
function inAttribution(id: number): boolean {
  for (let node = byId.get(id); node; node = parent.has(node.id) ? byId.get(parent.get(node.id)!) : undefined) {
    if (node.callFrame.functionName === 'attributeQuotes') return true
  }
  return false
}
console.log(`${stage}: ${(elapsed / runs).toFixed(1)} ms a run on ${(text.length / 1024).toFixed(0)} K chars; ${samples.length} samples${hot ? `, ${counted} in attribution` : ''}`)
console.log('\ninclusive:')
for (const [key, count] of [...inclusive].sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.TOP ?? 45))) console.log(`${((count / counted) * 100).toFixed(1).padStart(5)}%  ${key}`)
console.log('\nself:')
for (const [key, count] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`${((count / counted) * 100).toFixed(1).padStart(5)}%  ${key}`)

const byLine = new Map<string, number>()
for (const node of profile.nodes) {
  if (!(node.callFrame.url.startsWith('file:') && fileURLToPath(node.callFrame.url) === bundle)) continue
  if (hot && !inAttribution(node.id)) continue
  for (const tick of node.positionTicks ?? []) {
    const place = lookup(tick.line, 0)
    const key = place ? `${path.basename(place.source)}:${place.line}` : `bundle:${tick.line}`
    byLine.set(key, (byLine.get(key) ?? 0) + tick.ticks)
  }
}
console.log('\nself by line:')
for (const [key, count] of [...byLine].sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.LINES ?? 30))) console.log(`${((count / counted) * 100).toFixed(1).padStart(5)}%  ${key}`)

function corpusTexts(): string[] {
  const directory = path.resolve('../shared/corpus/nl-news')
  if (!existsSync(directory)) throw new Error('../shared/corpus/nl-news is absent')
  return readdirSync(directory).filter((name) => name.endsWith('.txt')).sort().map((name) => readFileSync(path.join(directory, name), 'utf8'))
}
