/**
 * Timing article by article for the small bench scripts (`per-article.ts`, `floor.ts`): the
 * fastest of several rounds over the corpus files, each operation summed over the files within a
 * round, and a table of each operation's share of bare parse-dutch and of `fromNews`.
 */
import {readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {buildSections} from '../src/lib/build-sections.js'
import {findBlocks} from '../src/lib/find-blocks.js'
import {createLocator, type Locator} from '../src/lib/locate.js'
import {type PlacedQuote, placeQuotes} from '../src/lib/place-quotes.js'
import {readHeader} from '../src/lib/read-header.js'
import {createTokenizer} from '../src/lib/tokenize-block.js'
import type {Root} from '../src/lib/types.js'

const noop = () => undefined

/** A fresh tree with its quotes placed, as `fromNews` has it right before attribution. */
export function placedTree(text: string): {root: Root; quotes: PlacedQuote[]; locate: Locator} {
  const locate = createLocator(text)
  const fields = readHeader(text, findBlocks(text), locate, noop)
  const body = buildSections({value: text, locate, tokenizer: createTokenizer()}, fields.blocks)
  const root: Root = {type: 'RootNode', children: body.children, position: locate.position(0, text.length)}
  return {root, quotes: placeQuotes(root, {value: text, locate, report: noop}), locate}
}

/** The texts of `../shared/corpus/nl-news`, in file order. */
export function articleTexts(): string[] {
  const folder = path.resolve('../shared/corpus/nl-news')
  return readdirSync(folder).filter((name) => name.endsWith('.txt')).sort().map((name) => readFileSync(path.join(folder, name), 'utf8'))
}

/**
 * Run `round` `rounds` times; it times its operations with `time(name, run)`, which returns what
 * `run` returns. Returns each operation's fastest round total, in milliseconds.
 */
export function fastestOfRounds(names: readonly string[], rounds: number, round: (time: <T>(name: string, run: () => T) => T) => void): Map<string, number> {
  const best = new Map<string, number>(names.map((name) => [name, Number.POSITIVE_INFINITY]))
  for (let index = 0; index < rounds; index++) {
    const total = new Map<string, number>(names.map((name) => [name, 0]))
    round((name, run) => {
      const started = performance.now()
      const result = run()
      total.set(name, total.get(name)! + performance.now() - started)
      return result
    })
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
