/**
 * Tokenize one block of text with parse-dutch (the tokenizer of retext-dutch) and move the
 * positions of its nodes from block coordinates into document coordinates.
 *
 * parse-latin shares point objects between a word and its text, and between a parent and its
 * first and last child, so every point is replaced by a new object rather than changed in place.
 */
import type {Paragraph} from 'nlcst'
import {ParseDutch} from 'parse-dutch'
import type {Point} from 'unist'

export interface Tokenizer {
  /** Tokenize `value.slice(start, end)`, which begins at `at` (a point of the document). */
  paragraph(value: string, at: Point): Paragraph
}

export function createTokenizer(): Tokenizer {
  const parser = new ParseDutch()
  return {
    paragraph(text, at) {
      const tree = parser.tokenizeParagraph(text)
      shift(tree, at)
      return tree
    }
  }
}

interface Positioned {
  position?: {start: Point; end: Point} | undefined
  children?: Positioned[]
}

/** Shift every position below `node` (whose points start at 1:1, offset 0) to start at `at`. */
function shift(node: Positioned, at: Point): void {
  const line = at.line - 1
  const column = at.column - 1
  const offset = at.offset!
  const move = (point: Point): Point => ({
    line: point.line + line,
    column: point.line === 1 ? point.column + column : point.column,
    offset: point.offset! + offset
  })
  // The trees parse-latin builds are shallow (paragraph → sentence → word → text), so an
  // explicit stack costs nothing and keeps this safe whatever the input.
  const stack: Positioned[] = [node]
  while (stack.length > 0) {
    const current = stack.pop()!
    if (current.position) current.position = {start: move(current.position.start), end: move(current.position.end)}
    if (current.children) for (const child of current.children) stack.push(child)
  }
}
