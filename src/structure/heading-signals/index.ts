/**
 * Which blocks of the body are headings: each block is read by the signals below, in this order;
 * the first that decides, decides (micromark's way with its constructs). A one-line block no
 * signal decides on is a sub-heading of depth 2. Each signal is documented in its own module and
 * in docs/newsast.md § Heading.
 */
import type {Block} from '../find-blocks.js'
import {type Article, readArticle} from './article.js'
import {closingLine} from './closing-line.js'
import {finalPunctuation} from './final-punctuation.js'
import {listItem} from './list-item.js'
import {markdown} from './markdown.js'
import {oneLine} from './one-line.js'
import {opening} from './opening.js'
import {question} from './question.js'
import {relativeLength} from './relative-length.js'
import {sentences} from './sentences.js'
import type {Decided, HeadingSignal} from './signal.js'

export type {Decided, HeadingSignal, Verdict} from './signal.js'

export const headingSignals: readonly HeadingSignal[] = [
  oneLine,
  markdown,
  closingLine,
  listItem,
  opening,
  finalPunctuation,
  sentences,
  question,
  relativeLength
]

/** The heading depth of each block (`undefined` for a paragraph). */
export function headingDepths(value: string, blocks: readonly Block[]): Array<number | undefined> {
  const article = readArticle(value, blocks)
  const depths: Array<number | undefined> = []
  const decided: Decided = {depths, headed: false}
  const long: number[] = []
  for (let index = 0; index < blocks.length; index++) {
    const verdict = decide(article, index, decided)
    if (verdict === 'long') {
      long.push(index)
      depths.push(undefined)
    } else {
      if (verdict !== false) decided.headed = true
      depths.push(verdict === false ? undefined : verdict)
    }
  }
  // Long lines are headings beside other headings only, short or long (see `relative-length`).
  if (decided.headed || long.length > 1) for (const index of long) depths[index] = 2
  return depths
}

function decide(article: Article, index: number, decided: Decided) {
  for (const signal of headingSignals) {
    const verdict = signal.read(article, index, decided)
    if (verdict !== undefined) return verdict
  }
  return 2
}
