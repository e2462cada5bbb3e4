/**
 * The least that a stage reading the finished tree must pay, article by article: one walk over
 * every word of a tree `fromNews` has just built, with one set lookup per word (the least any
 * cue detection needs), and `readTokens` (the flat view attribution reads), beside bare
 * parse-dutch and the attribution stage itself on the same articles. Issue 4 asks attribution to
 * cost at most 10 % of the parse time: this shows what one read of the tree costs on its own.
 *
 * Run: `node bench/run.mjs --script bench/floor.ts [rounds]` (needs `../shared/corpus/nl-news`)
 */
import {existsSync} from 'node:fs'
import path from 'node:path'
import {ParseDutch} from 'parse-dutch'
import {cueForms} from '../src/lexicon/cues.js'
import {attributeQuotes} from '../src/attribution/attribute-quotes.js'
import {fromNews} from '../src/from-news.js'
import {readTokens} from '../src/attribution/read-tokens.js'
import {articleTexts, fastestOfRounds, placedTree, printShares} from './rounds.js'

if (!existsSync(path.resolve('../shared/corpus/nl-news'))) {
  console.log('skipped: ../shared/corpus/nl-news is absent')
  process.exit(0)
}
const texts = articleTexts()
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
let cues = 0
const best = fastestOfRounds(names, rounds, (time) => {
  for (const text of texts) {
    time('parse-dutch', () => new ParseDutch().parse(text))
    const tree = time('fromNews', () => fromNews(text))
    cues += time('one walk over every word', () => walk(tree as unknown as Walked))
    time('readTokens', () => {
      for (const section of tree.children) {
        if (section.type !== 'SectionNode') continue
        for (const block of section.children) if (block.type !== 'WhiteSpaceNode') readTokens(block)
      }
    })
    // Attribution on a fresh tree, right after it is built and its quotes placed (as in fromNews).
    const {root, quotes, locate} = placedTree(text)
    time('attribution', () => attributeQuotes(root, quotes, {value: text, locate, report: noop}))
  }
})
printShares(`${texts.length} articles, each parsed on its own; fastest of ${rounds} rounds (${cues > 0 ? 'cue forms seen' : 'no cue forms'}):`, names, best)
