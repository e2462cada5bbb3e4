/**
 * What the heading signals read of the whole body: each block as a `Line`, and three facts that
 * signals about a block's surroundings need, gathered in one pass so that no signal looks further
 * than its neighbours for each block (which would make the decision quadratic).
 */
import type {Block} from '../find-blocks.js'
import {isClosingLine} from './closing-line.js'
import {createLineBreakFinder, finalCharacter, type Line, readLine} from './line.js'

export interface Article {
  value: string
  lines: Line[]
  /**
   * The mean length (in characters) of the blocks that end in a full stop, an ellipsis, a colon or
   * a quote mark: the article's paragraphs (a question may be a heading, so it does not count);
   * `0` when there are fewer than three of them, too few to compare a line with.
   */
  meanParagraph: number
  /** The index of the last line that opens with an ellipsis (`… en daarna`), or -1. */
  lastContinuation: number
  /** The first index from which every block is a closing line (a link, a credit); `lines.length` when the last block is not. */
  closingFrom: number
}

/** Characters that end a paragraph for sure: a statement, or a quote. */
const paragraphEnds = new Set(['.', '…', ':', '"', '”', '’', "'", '»'])

export function readArticle(value: string, blocks: readonly Block[]): Article {
  const hasLineBreak = createLineBreakFinder(value)
  const lines = blocks.map((block) => readLine(value, block, hasLineBreak))
  let total = 0
  let count = 0
  let lastContinuation = -1
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!
    // A quoted crosshead (`'Geen weg terug'`) is read inside its marks, so it does not count.
    const final = line.oneLine ? line.text.charAt(line.coreEnd - 1) : finalCharacter(value, line)
    if (paragraphEnds.has(final)) {
      total += line.block.end - line.block.start
      count++
    }
    if (line.continues) lastContinuation = index
  }
  let closingFrom = lines.length
  while (closingFrom > 0 && isClosingLine(lines[closingFrom - 1]!)) closingFrom--
  return {value, lines, meanParagraph: count < 3 ? 0 : total / count, lastContinuation, closingFrom}
}

/**
 * Whether a block has the shape of a heading: one line whose core ends in no punctuation and no
 * quote mark, and is no list item (a bullet, or a number next to the number after it).
 */
export function headingShaped(article: Article, index: number): boolean {
  const line = article.lines[index]
  if (line === undefined || !line.oneLine || line.bullet) return false
  if (line.number !== undefined && article.lines[index + 1]?.number === line.number + 1) return false
  // Read inside a quote that closes the line, as the signals read a quoted crosshead.
  const final = line.text.charAt(line.coreEnd - 1)
  return !paragraphEnds.has(final) && !sentencePunctuation.has(final) && final !== '?' && final !== '!'
}

/** The marks that end a sentence or clause: a line ending in one is prose. */
export const sentencePunctuation = new Set(['.', ',', ';', ':', '…', '-', '–', '—'])
