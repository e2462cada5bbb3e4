/**
 * What the heading signals read of the whole body: each block as a `Line`, and three facts that
 * signals about a block's surroundings need, gathered in one pass so that no signal looks further
 * than its neighbours for each block (which would make the decision quadratic).
 */
import type {Block} from '../find-blocks.js'
import {isClosingLine} from './closing-line.js'
import {finalCharacter, type Line, readLine} from './line.js'

export interface Article {
  value: string
  lines: Line[]
  /** The mean length (in characters) of the blocks that end a sentence: the article's paragraphs. */
  meanParagraph: number
  /** The index of the last line that opens with an ellipsis (`… en daarna`), or -1. */
  lastContinuation: number
  /** The first index from which every block is a closing line (a link, a credit); `lines.length` when the last block is not. */
  closingFrom: number
}

/** Characters that end a sentence, or a paragraph that quotes one. */
const paragraphEnds = new Set(['.', '!', '?', '…', ':', '"', '”', '’', "'", '»'])

export function readArticle(value: string, blocks: readonly Block[]): Article {
  const lines = blocks.map((block) => readLine(value, block))
  let total = 0
  let count = 0
  let lastContinuation = -1
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!
    if (paragraphEnds.has(finalCharacter(value, line))) {
      total += line.block.end - line.block.start
      count++
    }
    if (line.continues) lastContinuation = index
  }
  let closingFrom = lines.length
  while (closingFrom > 0 && isClosingLine(lines[closingFrom - 1]!)) closingFrom--
  return {value, lines, meanParagraph: count === 0 ? 0 : total / count, lastContinuation, closingFrom}
}

/** Whether a block has the shape of a heading: one line that ends in neither sentence punctuation nor a quote mark. */
export function headingShaped(article: Article, index: number): boolean {
  const line = article.lines[index]
  return line !== undefined && line.oneLine && !paragraphEnds.has(finalCharacter(article.value, line)) &&
    !sentencePunctuation.has(finalCharacter(article.value, line))
}

/** The marks that end a sentence or clause: a line ending in one is prose. */
export const sentencePunctuation = new Set(['.', ',', ';', ':', '…', '-', '–', '—'])
