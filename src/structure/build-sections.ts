/**
 * Turn the body's blocks into sections: sub-headings open sections, other blocks are
 * paragraphs tokenized by parse-dutch; the first paragraph may open with a dateline.
 *
 * The rules (README § Algorithm), for blocks of one line of at most 100 characters:
 * - a block that starts with 1–6 `#` and a space is a Markdown heading;
 * - a block of one line, at most 12 words and 100 characters, that starts with a capital
 *   letter or a digit, ends in neither sentence punctuation nor a quote mark (a question or
 *   exclamation mark only in a heading of at most 2 words), and is not the last block, is a
 *   sub-heading, unless it holds two sentences (`.`, `!` or `?` followed by a capital);
 *   a closing quote mark may end it when an opening mark of the same family starts a word of
 *   it (`'Geen weg terug'`, `Zorgen over 'proefballon'`): the rules then read the text inside;
 * - everything else is a paragraph.
 */
import type {Paragraph, WhiteSpace} from 'nlcst'
import {createLiteral} from '../tree/create-literal.js'
import type {Block} from './find-blocks.js'
import {isLineBreak} from './find-blocks.js'
import {markFamily} from '../quotes/find-quote-marks.js'
import {type Locator, span} from '../tree/locate.js'
import type {Tokenizer} from './tokenize-block.js'
import type {Dateline, Heading, Section} from '../tree/types.js'

export interface BodyContext {
  value: string
  locate: Locator
  tokenizer: Tokenizer
  /**
   * Called with each block's node as soon as it is built, before the next block is tokenized:
   * `fromNews` places the block's quotes and reads its tokens then, while its nodes are still in
   * the processor's cache (read later, from a tree of megabytes, each node is a fetch from memory).
   */
  onBlock?: ((node: Paragraph | Heading, index: number) => void) | undefined
}

export interface Body {
  /** Sections, with the white space between them (in the root). */
  children: Array<Section | WhiteSpace>
}

const sentencePunctuation = new Set(['.', ',', ';', ':', '…', '-', '–', '—'])
const quoteCharacters = new Set(['"', "'", '„', '“', '”', '‘', '’', '‚', '«', '»', '‹', '›', ','])
// Expressions live at module level: a literal inside a function may lose its compiled code at a
// major collection and is then compiled again (about a millisecond for `\p{…}` classes).
const markdownHeading = /^(#{1,6})[ \t]+\S/
const headingStart = /[\p{Lu}\p{N}]/uy
const whiteSpaceRun = /\s+/
const whiteSpaceCharacter = /\s/
// The marks that can close a quoted heading (their families are the pairing's: `markFamily`).
const closingMarks = new Set(['"', '”', '“', '»', "'", '’', '›'])
const twoSentences = /[.!?] \p{Lu}/u
const datelineExpression =
  /^(\p{Lu}[\p{Lu}'’/-]+(?: \p{Lu}[\p{Lu}'’/-]+){0,3})( \(([\p{L}\p{N}]{2,10}(?:[ /][\p{L}\p{N}]{2,10})?)\))? ([-–—]) /u

/**
 * @param depths Which blocks are headings (see `headingDepths`), when the caller has worked that out.
 */
export function buildSections(context: BodyContext, blocks: Block[], depths = headingDepths(context.value, blocks)): Body {
  const children: Body['children'] = []
  let section: Section | undefined
  let previousEnd = -1

  for (let index = 0; index < blocks.length; index++) {
    const block = blocks[index]!
    const depth = depths[index]
    const gap = previousEnd === -1 ? undefined : whiteSpace(context, previousEnd, block.start)

    if (depth !== undefined) {
      if (gap) children.push(gap)
      const heading = buildHeading(context, block, depth)
      context.onBlock?.(heading, index)
      section = {type: 'SectionNode', children: [heading]}
      children.push(section)
    } else {
      if (!section) {
        if (gap) children.push(gap)
        section = {type: 'SectionNode', children: []}
        children.push(section)
      } else if (gap) {
        section.children.push(gap)
      }
      const paragraph = buildParagraph(context, block, index === 0)
      context.onBlock?.(paragraph, index)
      section.children.push(paragraph)
    }
    previousEnd = block.end
  }

  for (const child of children) {
    if (child.type === 'SectionNode') {
      const first = child.children[0]!
      const last = child.children[child.children.length - 1]!
      child.position = span(first, last)
    }
  }

  return {children}
}

/** The heading depth of each block (`undefined` for a paragraph): the last block is never a heading. */
export function headingDepths(value: string, blocks: readonly Block[]): Array<number | undefined> {
  return blocks.map((block, index) => headingDepth(value, block, index === blocks.length - 1))
}

/** The heading depth of a block, or `undefined` when it is not a heading. */
export function headingDepth(value: string, block: Block, last: boolean): number | undefined {
  const length = block.end - block.start
  if (length > 100) return undefined
  const text = value.slice(block.start, block.end)
  for (let index = 0; index < text.length; index++) {
    if (isLineBreak(text.charCodeAt(index))) return undefined
  }

  const markdown = markdownHeading.exec(text)
  if (markdown) return markdown[1]!.length

  if (last) return undefined
  let start = 0
  let end = text.length
  // A heading in quotes, or ending in a quoted word, as NOS and De Telegraaf print them: the
  // rules below read the text inside the closing mark.
  const quoted = readClosingQuote(text)
  if (quoted) {
    if (quoted.open === 0) start = quoted.openWidth
    end -= quoted.closeWidth
  }
  headingStart.lastIndex = start
  if (!headingStart.test(text)) return undefined
  const final = text.charAt(end - 1)
  const words = text.split(whiteSpaceRun).length
  if (words > 12) return undefined
  // A one- or two-word question ("Tegenhanger?") is a heading; a longer one is an interviewer's question.
  if ((final === "?" || final === "!") && words > 2) return undefined
  if (sentencePunctuation.has(final) || quoteCharacters.has(final)) return undefined
  // Two sentences are a paragraph, however short.
  if (twoSentences.test(text)) return undefined
  return 2
}

/**
 * The quote a heading ends in: the width of its closing mark and where the opening mark of the
 * same family that starts one of the heading's words is; `undefined` when the heading does not end
 * in a closing mark or nothing in it opens that quote (a line that only closes a quote is no heading).
 */
function readClosingQuote(
  text: string
): {open: number; openWidth: number; closeWidth: number} | undefined {
  const final = text.charAt(text.length - 1)
  if (!closingMarks.has(final)) return undefined
  // `''` is a typed double closing mark, opened by `,,` or a double mark.
  const typedDouble = final === "'" && text.charAt(text.length - 2) === "'"
  const closeWidth = typedDouble ? 2 : 1
  const family = typedDouble ? 'double' : markFamily(final)
  const limit = text.length - closeWidth - 1
  for (let index = 0; index < limit; index++) {
    if (index > 0 && !whiteSpaceCharacter.test(text.charAt(index - 1))) continue
    const character = text.charAt(index)
    const pair = typedDouble && (character === ',' || character === "'") && text.charAt(index + 1) === character
    const openWidth = pair ? 2 : 1
    if (!pair && markFamily(character) !== family) continue
    if (index + openWidth < limit + 1 && !whiteSpaceCharacter.test(text.charAt(index + openWidth))) {
      return {open: index, openWidth, closeWidth}
    }
  }
  return undefined
}

function buildHeading(context: BodyContext, block: Block, depth: number): Heading {
  const paragraph = tokenize(context, block.start, block.end)
  return {
    type: 'HeadingNode',
    depth,
    children: paragraph.children as Heading['children'],
    position: context.locate.position(block.start, block.end)
  }
}

function buildParagraph(context: BodyContext, block: Block, first: boolean): Paragraph {
  const dateline = first ? readDateline(context, block) : undefined
  if (!dateline) {
    const paragraph = tokenize(context, block.start, block.end)
    paragraph.position = context.locate.position(block.start, block.end)
    return paragraph
  }

  const end = dateline.position!.end.offset!
  let restStart = end
  while (restStart < block.end && context.value.charCodeAt(restStart) === 32) restStart++
  const paragraph = tokenize(context, restStart, block.end)
  const children: Paragraph['children'] = [dateline]
  if (restStart > end) children.push(whiteSpace(context, end, restStart))
  for (const child of paragraph.children) children.push(child)
  return {type: 'ParagraphNode', children, position: context.locate.position(block.start, block.end)}
}

/** `AMSTERDAM (ANP) -` or `PYONGYANG -` at the start of the first paragraph. */
function readDateline(context: BodyContext, block: Block): Dateline | undefined {
  const head = context.value.slice(block.start, Math.min(block.end, block.start + 80))
  const match = datelineExpression.exec(head)
  if (!match) return undefined
  const place = match[1]!
  const start = block.start
  const placeEnd = start + place.length
  const children: Dateline['children'] = [text(context, start, placeEnd)]
  let cursor = placeEnd
  if (match[2] !== undefined) {
    const agency = match[3]!
    children.push(whiteSpace(context, cursor, cursor + 1))
    children.push(punctuation(context, cursor + 1, cursor + 2))
    children.push(text(context, cursor + 2, cursor + 2 + agency.length))
    cursor += 2 + agency.length
    children.push(punctuation(context, cursor, cursor + 1))
    cursor++
  }
  children.push(whiteSpace(context, cursor, cursor + 1))
  children.push(punctuation(context, cursor + 1, cursor + 2))
  cursor += 2
  return {
    type: 'DatelineNode',
    place,
    agency: match[3] ?? null,
    children,
    position: context.locate.position(start, cursor)
  }
}

function tokenize(context: BodyContext, start: number, end: number): Paragraph {
  return context.tokenizer.paragraph(context.value.slice(start, end), context.locate.point(start))
}

function whiteSpace(context: BodyContext, start: number, end: number): WhiteSpace {
  return createLiteral('WhiteSpaceNode', context, start, end)
}

function text(context: BodyContext, start: number, end: number) {
  return createLiteral('TextNode', context, start, end)
}

function punctuation(context: BodyContext, start: number, end: number) {
  return createLiteral('PunctuationNode', context, start, end)
}

