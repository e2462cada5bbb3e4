/**
 * Tokenize one block of text with parse-dutch (the tokenizer of retext-dutch), with positions
 * in document coordinates.
 *
 * Two changes to how parse-latin does it, with the same tree as a result:
 * - its first step (`tokenize`: characters to words, white space, punctuation and symbols) is
 *   replaced by an equivalent that classifies each UTF-16 code unit once, through a table filled
 *   by parse-latin's own `tokenize` on that one character, and counts points from the block's
 *   place in the document;
 * - parse-latin shares point objects between a parent and its first and last child, so every
 *   parent then gets points of its own. Leaves already have their own: this `tokenize` gives
 *   each leaf fresh points, and parse-latin's plugins only ever reassign the points of parents.
 */
import type {Paragraph, SentenceContent} from 'nlcst'
import {ParseDutch} from 'parse-dutch'
import type {Point} from 'unist'

export interface Tokenizer {
  /** Tokenize `text`, which begins at `at` (a point of the document). */
  paragraph(text: string, at: Point): Paragraph
}

export function createTokenizer(): Tokenizer {
  const parser = new BlockParser()
  return {
    paragraph(text, at) {
      parser.origin = at
      const tree = parser.tokenizeParagraph(text)
      ownPoints(tree)
      return tree
    }
  }
}

// Character classes as parse-latin's `tokenize` tests them, one code unit at a time (indexes into `typeOfClass`).
const unknown = 0
const whiteSpaceClass = 1
const wordClass = 3
const classes = new Uint8Array(0x10000)
const typeOfClass = ['', 'WhiteSpaceNode', 'PunctuationNode', 'WordNode', 'SymbolNode'] as const
const latinTokenize = ParseDutch.prototype.tokenize
const plainParser = new ParseDutch()

function classify(code: number): number {
  let kind = classes[code]!
  if (kind === unknown) {
    // The type parse-latin gives the character on its own is its class.
    const type = latinTokenize.call(plainParser, String.fromCharCode(code))[0]!.type
    kind = typeOfClass.indexOf(type as (typeof typeOfClass)[number])
    classes[code] = kind
  }
  return kind
}

class BlockParser extends ParseDutch {
  /** Where the text being tokenized starts in the document. */
  origin: Point = {line: 1, column: 1, offset: 0}

  /** parse-latin's `tokenize`, character for character, counting from `origin`. */
  override tokenize(value: string | null | undefined): SentenceContent[] {
    const children: SentenceContent[] = []
    if (!value) return children
    let line = this.origin.line
    let column = this.origin.column
    const base = this.origin.offset!
    let from = 0
    let startLine = line
    let startColumn = column
    let previousClass = unknown
    let previousCode = -1

    for (let index = 0; index < value.length; index++) {
      const code = value.charCodeAt(index)
      const currentClass = classify(code)
      if (
        index > from &&
        !(
          previousClass === currentClass &&
          // Words and white space continue, as do runs of one punctuation mark or symbol and surrogates.
          (currentClass === wordClass || currentClass === whiteSpaceClass || code === previousCode || (code >= 0xd800 && code <= 0xdfff))
        )
      ) {
        children.push(createNode(previousClass, value.slice(from, index), startLine, startColumn, base + from, line, column, base + index))
        from = index
        startLine = line
        startColumn = column
      }
      if (code === 13 || (code === 10 && previousCode !== 13)) {
        line++
        column = 1
      } else if (code !== 10) {
        column++
      }
      previousClass = currentClass
      previousCode = code
    }
    if (from < value.length) {
      children.push(createNode(previousClass, value.slice(from), startLine, startColumn, base + from, line, column, base + value.length))
    }
    return children
  }
}

function createNode(
  kind: number,
  value: string,
  startLine: number,
  startColumn: number,
  startOffset: number,
  endLine: number,
  endColumn: number,
  endOffset: number
): SentenceContent {
  const position = {
    start: {line: startLine, column: startColumn, offset: startOffset},
    end: {line: endLine, column: endColumn, offset: endOffset}
  }
  if (kind === wordClass) {
    // The word gets points of its own too; `ownPoints` copies them only where a plugin replaced them.
    return {
      type: 'WordNode',
      children: [{type: 'TextNode', value, position}],
      position: {
        start: {line: startLine, column: startColumn, offset: startOffset},
        end: {line: endLine, column: endColumn, offset: endOffset}
      }
    }
  }
  return {type: typeOfClass[kind] as 'WhiteSpaceNode' | 'PunctuationNode' | 'SymbolNode', value, position}
}

interface Positioned {
  type: string
  position?: {start: Point; end: Point} | undefined
  children?: Positioned[]
}

/**
 * Give every parent below `node` (and `node`) a position with points of its own.
 *
 * A word keeps the points `tokenize` gave it unless a plugin replaced one with a point of a
 * leaf it took in (the only points words receive); sentences and paragraphs always get copies.
 */
function ownPoints(node: Positioned): void {
  // The trees parse-latin builds are shallow (paragraph → sentence → word → text), so an
  // explicit stack costs nothing and keeps this safe whatever the input.
  const stack: Positioned[] = [node]
  while (stack.length > 0) {
    const current = stack.pop()!
    const children = current.children!
    const position = current.position
    if (position) {
      let {start, end} = position
      if (current.type !== 'WordNode' || isChildPoint(children, start)) start = copy(start)
      if (current.type !== 'WordNode' || isChildPoint(children, end)) end = copy(end)
      if (start !== position.start || end !== position.end) current.position = {start, end}
    }
    for (let index = 0; index < children.length; index++) {
      const child = children[index]!
      if (child.children) stack.push(child)
    }
  }
}

function isChildPoint(children: Positioned[], point: Point): boolean {
  for (let index = 0; index < children.length; index++) {
    const position = children[index]!.position
    if (position && (position.start === point || position.end === point)) return true
  }
  return false
}

function copy(point: Point): Point {
  return {line: point.line, column: point.column, offset: point.offset}
}
