/**
 * The least that a stage reading the finished tree must pay, article by article: one walk over
 * every word of a tree `fromNews` has just built, with one set lookup per word (the least any
 * cue detection needs), and `readTokens` (the flat view attribution reads), beside bare
 * parse-dutch and the attribution stage itself on the same articles. Issue 4 asks attribution to
 * cost at most 10 % of the parse time: this shows what one read of the tree costs on its own.
 *
 * Run: `node bench/run.mjs --script bench/floor.ts [rounds]` (needs `../shared/corpus/nl-news`)
 */
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {ParseDutch} from 'parse-dutch'
import {cueForms} from '../src/lexicon/cues.js'
import {attributeQuotes} from '../src/lib/attribute-quotes.js'
import {buildSections} from '../src/lib/build-sections.js'
import {findBlocks} from '../src/lib/find-blocks.js'
import {fromNews} from '../src/lib/from-news.js'
import {createLocator} from '../src/lib/locate.js'
import {placeQuotes} from '../src/lib/place-quotes.js'
import {readHeader} from '../src/lib/read-header.js'
import {readTokens} from '../src/lib/read-tokens.js'
import {createTokenizer} from '../src/lib/tokenize-block.js'
import type {Root} from '../src/lib/types.js'

const folder = path.resolve('../shared/corpus/nl-news')
if (!existsSync(folder)) {
  console.log('skipped: ../shared/corpus/nl-news is absent')
  process.exit(0)
}
const texts = readdirSync(folder).filter((name) => name.endsWith('.txt')).sort().map((name) => readFileSync(path.join(folder, name), 'utf8'))
const rounds = Number(process.argv[2] ?? 15)
const noop = () => undefined

interface Walked {
  type: string
  value?: string
  children?: Walked[]
}

/** Visit every word of the tree; count the cue forms (so the walk cannot be optimised away). */
function walk(node: Walked): number {
  let count = 0
  const children = node.children
  if (!children) return 0
  for (const child of children) {
    if (child.type === 'WordNode') {
      const text = child.children!.length === 1 ? child.children![0]!.value! : ''
      if (cueForms.has(text)) count++
    } else if (child.children) count += walk(child)
  }
  return count
}

const names = ['parse-dutch', 'fromNews', 'one walk over every word', 'readTokens', 'attribution'] as const
const best = new Map<string, number>(names.map((name) => [name, Number.POSITIVE_INFINITY]))
let cues = 0
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
    cues += walk(tree as unknown as Walked)
    add('one walk over every word', started)
    started = performance.now()
    for (const section of tree.children) {
      if (section.type !== 'SectionNode') continue
      for (const block of section.children) if (block.type !== 'WhiteSpaceNode') readTokens(block)
    }
    add('readTokens', started)
    // Attribution on a fresh tree, right after it is built and its quotes placed (as in fromNews).
    const locate = createLocator(text)
    const fields = readHeader(text, findBlocks(text), locate, noop)
    const body = buildSections({value: text, locate, tokenizer: createTokenizer()}, fields.blocks)
    const root: Root = {type: 'RootNode', children: body.children, position: locate.position(0, text.length)}
    const quotes = placeQuotes(root, {value: text, locate, report: noop})
    started = performance.now()
    attributeQuotes(root, quotes, {value: text, locate, report: noop})
    add('attribution', started)
  }
  for (const [name, time] of total) best.set(name, Math.min(best.get(name)!, time))
}
const parse = best.get('parse-dutch')!
const whole = best.get('fromNews')!
console.log(`${texts.length} articles, each parsed on its own; fastest of ${rounds} rounds (${cues > 0 ? 'cue forms seen' : 'no cue forms'}):`)
for (const name of names) {
  const time = best.get(name)!
  console.log(`  ${name.padEnd(26)} ${time.toFixed(1).padStart(7)} ms  ${((time / parse) * 100).toFixed(1).padStart(6)}% of parse-dutch  ${((time / whole) * 100).toFixed(1).padStart(6)}% of fromNews`)
}
