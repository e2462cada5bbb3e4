/**
 * Article by article for `per-article.ts` and `compare.ts`: the texts of a folder of articles,
 * the fastest of several rounds over them (each operation summed over the files within a round),
 * a table of each operation's share of bare parse-dutch and of `fromNews`, and `fromNews`'s
 * stages timed in the order it runs them.
 */
import {readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import type {Paragraph} from 'nlcst'
import {attributeQuotes} from '../src/attribution/attribute-quotes.js'
import {buildSections, headingDepths} from '../src/structure/build-sections.js'
import {findBlocks} from '../src/structure/find-blocks.js'
import {createLocator} from '../src/tree/locate.js'
import {placeBlockQuotes, planQuotes, quoteBlocks} from '../src/quotes/place-quotes.js'
import {readHeader} from '../src/structure/read-header.js'
import {readTokens, type Token} from '../src/attribution/read-tokens.js'
import {createTokenizer} from '../src/structure/tokenize-block.js'
import type {Heading, Root} from '../src/tree/types.js'

const noop = () => undefined

/** The stages of `fromNews` that `stagedBuild` times. */
export const buildStages = ['header and sections', 'quote placement', 'reading tokens', 'attribution'] as const

/**
 * Build and attribute a tree as `fromNews` does (quote marks paired on the text, each block
 * given its quotes and read for attribution as it is tokenized), timing its stages:
 * `record(stage, milliseconds)` is called for each of `buildStages`. Header and sections is the
 * build without the placement and the reading it interleaves. (No title or byline inference.)
 */
export function stagedBuild(text: string, record: (stage: (typeof buildStages)[number], milliseconds: number) => void): Root {
  const started = performance.now()
  const locate = createLocator(text)
  const context = {value: text, locate, report: noop}
  const fields = readHeader(text, findBlocks(text), locate, noop)
  const depths = headingDepths(text, fields.blocks)
  let placing = performance.now()
  const plan = planQuotes(quoteBlocks(fields.blocks, depths), context)
  placing = performance.now() - placing
  let reading = 0
  const tokens: Token[][] = []
  const onBlock = (node: Paragraph | Heading, index: number) => {
    const placed = performance.now()
    placeBlockQuotes(plan, index, node, context)
    const read = performance.now()
    tokens[index] = readTokens(node)
    reading += performance.now() - read
    placing += read - placed
  }
  const body = buildSections({value: text, locate, tokenizer: createTokenizer(), onBlock}, fields.blocks, depths)
  const root: Root = {type: 'RootNode', children: body.children, position: locate.position(0, text.length)}
  const built = performance.now()
  attributeQuotes(root, plan.quotes, context, tokens)
  record('attribution', performance.now() - built)
  record('header and sections', built - started - placing - reading)
  record('quote placement', placing)
  record('reading tokens', reading)
  return root
}

/** The folder of articles the scripts measure by default (one plain-text article per `.txt` file; not part of the repository). */
export const defaultArticles = '../shared/corpus/nl-news'

/** The texts of the `.txt` files of `folder`, in file order. */
export function articleTexts(folder = defaultArticles): string[] {
  folder = path.resolve(folder)
  return readdirSync(folder).filter((name) => name.endsWith('.txt')).sort().map((name) => readFileSync(path.join(folder, name), 'utf8'))
}

/**
 * Run `round` `rounds` times; it times its operations with `time(name, run)`, which returns what
 * `run` returns, or adds a time it measured itself with `add(name, milliseconds)`. Returns each
 * operation's fastest round total, in milliseconds.
 */
export function fastestOfRounds(
  names: readonly string[],
  rounds: number,
  round: (time: <T>(name: string, run: () => T) => T, add: (name: string, milliseconds: number) => void) => void
): Map<string, number> {
  const best = new Map<string, number>(names.map((name) => [name, Number.POSITIVE_INFINITY]))
  for (let index = 0; index < rounds; index++) {
    const total = new Map<string, number>(names.map((name) => [name, 0]))
    const add = (name: string, milliseconds: number) => void total.set(name, total.get(name)! + milliseconds)
    round((name, run) => {
      const started = performance.now()
      const result = run()
      add(name, performance.now() - started)
      return result
    }, add)
    for (const [name, time] of total) best.set(name, Math.min(best.get(name)!, time))
  }
  return best
}

/** Print each operation's time with its share of `parse-dutch` and of `fromNews` (both must be among the names). */
export function printShares(title: string, names: readonly string[], best: Map<string, number>): void {
  const parse = best.get('parse-dutch')!
  const whole = best.get('fromNews')!
  const width = Math.max(...names.map((name) => name.length)) + 2
  console.log(title)
  for (const name of names) {
    const time = best.get(name)!
    console.log(`  ${name.padEnd(width)} ${time.toFixed(1).padStart(7)} ms  ${((time / parse) * 100).toFixed(1).padStart(6)}% of parse-dutch  ${((time / whole) * 100).toFixed(1).padStart(6)}% of fromNews`)
  }
}
