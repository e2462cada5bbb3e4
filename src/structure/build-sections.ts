/**
 * Turn the body's blocks into sections: sub-headings open sections, other blocks are
 * paragraphs tokenized by parse-dutch; the first paragraph may open with a dateline.
 *
 * Which blocks are headings is read by the heading signals (./heading-signals/, README
 * § Algorithm, docs/newsast.md § Heading); this module builds the sections from that decision.
 */
import type {Paragraph, WhiteSpace} from 'nlcst'
import {createLiteral} from '../tree/create-literal.js'
import type {Block} from './find-blocks.js'
import {type Locator, span} from '../tree/locate.js'
import type {Tokenizer} from './tokenize-block.js'
import type {Dateline, Heading, Section} from '../tree/types.js'
import {headingDepths} from './heading-signals/index.js'

export {headingDepths}

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

// Expressions live at module level: a literal inside a function may lose its compiled code at a
// major collection and is then compiled again (about a millisecond for `\p{…}` classes).
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

