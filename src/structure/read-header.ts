/**
 * Read the article's metadata header from its first block(s).
 *
 * Two forms are read:
 * - `name: value` lines at the top (`title: …`, `date: …`), ended by a blank line or by the
 *   first line that is not a field; at least one name must be a known field name;
 * - a known date field name, a space, and a date (`date 2019-03`), where the date's shape
 *   ends the value, even when the body follows on the same line (the seed article).
 * Then a byline (`Door Jan Jansen`) standing alone right after the header is read.
 */
import type {Punctuation, Text, WhiteSpace} from 'nlcst'
import {fieldNames, inlineDateFieldNames, isWritingRole} from '../lexicon/header-fields.js'
import {createLiteral} from '../tree/create-literal.js'
import type {Block} from './find-blocks.js'
import {isLineBreak, isWhiteSpace} from './find-blocks.js'
import {type Locator, span} from '../tree/locate.js'
import {createMessage, type Report} from '../tree/messages.js'
import {readDate} from './read-date.js'
import type {Byline, Field, Header, HeaderContent} from '../tree/types.js'

export interface HeaderResult {
  header: Header | undefined
  /** The blocks left for the body; the first may start later than it did (same-line body). */
  blocks: Block[]
}

interface Context {
  value: string
  locate: Locator
  /** Where problems in the text go; none are built when nobody listens (a message is an `Error`: building one captures a stack trace). */
  report?: Report | undefined
}

export function readHeader(value: string, blocks: Block[], locate: Locator, report?: Report): HeaderResult {
  const context: Context = {value, locate, report}
  const children: HeaderContent[] = []
  const rest = blocks.slice()
  const first = rest[0]

  if (first) {
    const read = readFieldLines(context, first) ?? readInlineDate(context, first)
    if (read) {
      // One by one: a header may hold more fields than a call has room for arguments.
      for (const child of read.children) children.push(child)
      if (read.restStart === undefined) rest.shift()
      else rest[0] = {start: read.restStart, end: first.end}
    }
  }

  if (children.length === 0) return {header: undefined, blocks: rest}
  const header: Header = {
    type: 'HeaderNode',
    children,
    position: span(children[0]!, children[children.length - 1]!)
  }
  return {header, blocks: rest}
}

/** Read `name: value` lines. Returns undefined when the block does not open with a header. */
function readFieldLines(
  context: Context,
  block: Block
): {children: HeaderContent[]; restStart: number | undefined} | undefined {
  const {value} = context
  const children: HeaderContent[] = []
  let lineStart = block.start
  let known = false
  let restStart: number | undefined

  while (lineStart < block.end) {
    let lineEnd = lineStart
    while (lineEnd < block.end && !isLineBreak(value.charCodeAt(lineEnd))) lineEnd++
    const field = readFieldLine(context, lineStart, lineEnd)
    if (!field) {
      restStart = lineStart
      break
    }
    if (fieldNames.has(field.name)) known = true
    if (children.length > 0) {
      children.push(whiteSpace(context, children[children.length - 1]!.position!.end.offset!, lineStart))
    }
    for (const child of field.children) children.push(child)
    // Skip the line break(s) and the next line's indent.
    let next = lineEnd
    while (next < block.end && isWhiteSpace(value.charCodeAt(next))) next++
    lineStart = next
  }

  if (!known || children.length === 0) return undefined
  return {children, restStart}
}

/** Read one `name: value` line between `start` and `end` (the line without its break). */
function readFieldLine(context: Context, start: number, end: number): {name: string; children: HeaderContent[]} | undefined {
  const {value} = context
  let index = start
  // A name: a letter, then letters, digits, `_` or `-`; at most 40 characters.
  const first = value.charCodeAt(index)
  if (!isAsciiLetter(first)) return undefined
  while (index < end && index - start < 40 && isNameCharacter(value.charCodeAt(index))) index++
  const nameEnd = index
  const name = value.slice(start, nameEnd)
  const lower = name.toLowerCase()
  // Lower-case names are fields; a capitalised one only when it is a known field name
  // (so a body line such as `Amsterdam: de stad …` is not read as a header).
  if (name !== lower && !fieldNames.has(lower)) return undefined
  while (index < end && (value.charCodeAt(index) === 32 || value.charCodeAt(index) === 9)) index++
  if (value.charCodeAt(index) !== 58 /* : */) return undefined
  const colon = index
  index++
  let valueStart = index
  while (valueStart < end && isWhiteSpace(value.charCodeAt(valueStart))) valueStart++
  let valueEnd = end
  while (valueEnd > valueStart && isWhiteSpace(value.charCodeAt(valueEnd - 1))) valueEnd--
  return {name: lower, children: buildField(context, lower, start, nameEnd, colon, valueStart, valueEnd, end)}
}

/** Read the seed's form: `date 2019-03`, the body possibly following on the same line. */
function readInlineDate(
  context: Context,
  block: Block
): {children: HeaderContent[]; restStart: number | undefined} | undefined {
  const {value} = context
  let index = block.start
  while (index < block.end && isAsciiLetter(value.charCodeAt(index))) index++
  const nameEnd = index
  const name = value.slice(block.start, nameEnd).toLowerCase()
  if (!inlineDateFieldNames.has(name)) return undefined
  if (value.charCodeAt(index) !== 32 && value.charCodeAt(index) !== 9) return undefined
  while (index < block.end && (value.charCodeAt(index) === 32 || value.charCodeAt(index) === 9)) index++
  const valueStart = index

  // Collect the ends of the next few space-separated words on this line; a date has at most five.
  const ends: number[] = []
  let cursor = valueStart
  while (ends.length < 5 && cursor < block.end && !isLineBreak(value.charCodeAt(cursor))) {
    while (cursor < block.end && !isWhiteSpace(value.charCodeAt(cursor))) cursor++
    ends.push(cursor)
    while (cursor < block.end && (value.charCodeAt(cursor) === 32 || value.charCodeAt(cursor) === 9)) cursor++
  }

  // The longest run of words that reads as a date (valid or not) is the value.
  for (let count = ends.length; count > 0; count--) {
    const valueEnd = ends[count - 1]!
    const reading = readDate(value.slice(valueStart, valueEnd))
    if (reading.kind === 'none') continue
    const field = buildField(context, name, block.start, nameEnd, undefined, valueStart, valueEnd, valueEnd)
    let restStart = valueEnd
    while (restStart < block.end && isWhiteSpace(value.charCodeAt(restStart))) restStart++
    return {children: field, restStart: restStart < block.end ? restStart : undefined}
  }

  return undefined
}

/**
 * A field line becomes its parts as siblings in the header: the name as written (a
 * `TextNode`), the colon and white space, then the `FieldNode`, a literal whose `value` is the
 * value as written. So the text of every leaf, in order, is the line itself.
 */
function buildField(
  context: Context,
  name: string,
  start: number,
  nameEnd: number,
  colon: number | undefined,
  valueStart: number,
  valueEnd: number,
  lineEnd: number
): HeaderContent[] {
  const {value, locate} = context
  const children: HeaderContent[] = [text(context, start, nameEnd)]
  if (colon === undefined) {
    children.push(whiteSpace(context, nameEnd, valueStart))
  } else {
    if (colon > nameEnd) children.push(whiteSpace(context, nameEnd, colon))
    children.push(punctuation(context, colon, colon + 1))
    if (valueStart > colon + 1) children.push(whiteSpace(context, colon + 1, valueStart))
  }

  const fieldValue = value.slice(valueStart, valueEnd)
  const field: Field = {type: 'FieldNode', name, value: fieldValue, position: locate.position(valueStart, valueEnd)}
  children.push(field)
  if (lineEnd > valueEnd) children.push(whiteSpace(context, valueEnd, lineEnd))

  if (isDateField(name)) {
    const reading = readDate(fieldValue)
    if (reading.kind === 'valid') field.date = reading.date
    else if (reading.kind === 'invalid') {
      context.report?.(createMessage('invalid-date', field.position!, `\`${fieldValue}\`: ${reading.reason}`))
    }
  }

  return children
}

function isDateField(name: string): boolean {
  return inlineDateFieldNames.has(name)
}

/**
 * A byline right after the header fields and the headline (or at the very top): it joins the
 * header, which is made when there is none.
 */
export function readByline(
  value: string,
  header: Header | undefined,
  blocks: Block[],
  locate: Locator
): {header: Header | undefined; blocks: Block[]} {
  const next = blocks[0]
  const byline = next && blocks.length > 1 ? bylineOf({value, locate}, next) : undefined
  if (!byline) return {header, blocks}
  if (!header) return {header: {type: 'HeaderNode', children: [byline], position: span(byline, byline)}, blocks: blocks.slice(1)}
  const last = header.children[header.children.length - 1]!
  header.children.push(whiteSpace({value, locate}, last.position!.end.offset!, next!.start), byline)
  header.position = span(header, byline)
  return {header, blocks: blocks.slice(1)}
}

/** `Door Jan Jansen`, `Van onze correspondent Piet Pieters`: one short line. */
function bylineOf(context: Context, block: Block): Byline | undefined {
  const {value, locate} = context
  if (block.end - block.start > 80) return undefined
  const line = value.slice(block.start, block.end)
  const match =
    /^(Door|Van onze (?:correspondent|correspondente|verslaggever|verslaggeefster|redacteur|redactrice|medewerker|medewerkster)|Tekst(?: en foto)?:?) +(\S.*)$/.exec(line)
  if (!match) return undefined
  const names = match[2]!
  // Names: capitalised words, particles, `en`, commas; no sentence punctuation.
  const words = names.split(/[ ,]+/)
  if (words.length > 8) return undefined
  const particle = /^(van|de|der|den|het|ter|ten|te|op|in|'t|en|onze|redactie)$/
  const capitalised = /^\p{Lu}/u
  // (And the writer's trade after the name: `Door Eva Kok, rechtbankverslaggever`.)
  if (!words.every((word) => capitalised.test(word) || particle.test(word) || isWritingRole(word))) return undefined
  if (!words.some((word) => capitalised.test(word))) return undefined
  if (/[.!?:;]$/.test(names)) return undefined
  const introEnd = block.start + match[1]!.length
  const nameStart = block.start + line.length - names.length
  return {
    type: 'BylineNode',
    name: names,
    children: [text(context, block.start, introEnd), whiteSpace(context, introEnd, nameStart), text(context, nameStart, block.end)],
    position: locate.position(block.start, block.end)
  }
}

function text(context: Context, start: number, end: number): Text {
  return createLiteral('TextNode', context, start, end)
}

function whiteSpace(context: Context, start: number, end: number): WhiteSpace {
  return createLiteral('WhiteSpaceNode', context, start, end)
}

function punctuation(context: Context, start: number, end: number): Punctuation {
  return createLiteral('PunctuationNode', context, start, end)
}

function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
}

function isNameCharacter(code: number): boolean {
  return isAsciiLetter(code) || (code >= 48 && code <= 57) || code === 95 || code === 45
}
