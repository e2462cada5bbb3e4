/**
 * The invariants every newsast tree keeps, for every input (CONTRACT.md): checked in one
 * iterative, linear walk, so a tree nested ten thousand deep or built from megabytes of text
 * can be checked too. Used by the property, hostile-input and corpus tests.
 */
import {AssertionError} from 'node:assert'
import type {Point, Position} from 'unist'
import {assert as assertUnistNode} from 'unist-util-assert'
import {rules} from '../src/index.js'
import type {QuoteRecord, Root} from '../src/index.js'

/** Every mark that can open a quotation (runs of two straight marks first: they are one mark). */
export const openingMarks: readonly string[] = [',,', "''", '‘‘', '’’', '‚‚', '„', '“', '”', '‘', '’', '‚', '«', '»', '‹', '›', '"', "'"]

const literalTypes = new Set(['TextNode', 'WhiteSpaceNode', 'PunctuationNode', 'SymbolNode', 'SourceNode', 'FieldNode'])

const sentenceContent = ['WordNode', 'PunctuationNode', 'SymbolNode', 'WhiteSpaceNode', 'SourceNode', 'QuoteNode']

/** Which children each parent may hold (nlcst's content model, extended as CONTRACT.md says). */
const allowedChildren: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['RootNode', new Set(['HeaderNode', 'SectionNode', 'WhiteSpaceNode'])],
  ['HeaderNode', new Set(['FieldNode', 'BylineNode', 'TextNode', 'PunctuationNode', 'WhiteSpaceNode'])],
  ['BylineNode', new Set(['TextNode', 'WhiteSpaceNode', 'PunctuationNode'])],
  ['DatelineNode', new Set(['TextNode', 'WhiteSpaceNode', 'PunctuationNode'])],
  ['SectionNode', new Set(['HeadingNode', 'ParagraphNode', 'WhiteSpaceNode'])],
  // A quote that crosses sentences in a heading is the heading's child, as in a paragraph.
  ['HeadingNode', new Set(['SentenceNode', 'WhiteSpaceNode', 'PunctuationNode', 'QuoteNode'])],
  ['ParagraphNode', new Set(['SentenceNode', 'QuoteNode', 'WhiteSpaceNode', 'DatelineNode'])],
  ['SentenceNode', new Set(sentenceContent)],
  ['QuoteNode', new Set([...sentenceContent, 'SentenceNode'])],
  ['WordNode', new Set(['TextNode', 'PunctuationNode', 'SymbolNode', 'SourceNode'])]
])

export interface CheckOptions {
  /** Also run unist-util-assert on every node (slower; it checks that extra fields are JSON). */
  unist?: boolean
}

function fail(message: string, node?: unknown): never {
  const type = node && typeof node === 'object' && 'type' in node ? ` (${String((node as {type: unknown}).type)})` : ''
  throw new AssertionError({message: `${message}${type}`})
}

/** Line starts as the contract counts them: `\r\n`, `\r` and `\n` are each one break. */
export function lineStartsOf(value: string): number[] {
  const starts = [0]
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index)
    if (code === 13 && value.charCodeAt(index + 1) === 10) index++
    if (code === 10 || code === 13) starts.push(index + 1)
  }
  return starts
}

/** The point at `offset`, found by binary search in the line starts. */
export function pointAt(lineStarts: readonly number[], offset: number): Point {
  let low = 0
  let high = lineStarts.length - 1
  while (low < high) {
    const middle = (low + high + 1) >> 1
    if (lineStarts[middle]! <= offset) low = middle
    else high = middle - 1
  }
  return {line: low + 1, column: offset - lineStarts[low]! + 1, offset}
}

function checkPoint(point: Point | undefined, lineStarts: readonly number[], length: number, label: string, node: unknown): number {
  if (!point || typeof point.offset !== 'number') fail(`${label} point without an offset`, node)
  const {offset} = point
  if (!Number.isInteger(offset) || offset < 0 || offset > length) fail(`${label} offset ${offset} outside 0–${length}`, node)
  const expected = pointAt(lineStarts, offset)
  if (point.line !== expected.line || point.column !== expected.column) {
    fail(`${label} point ${point.line}:${point.column} at offset ${offset} should be ${expected.line}:${expected.column}`, node)
  }
  return offset
}

function checkPosition(position: Position | undefined, lineStarts: readonly number[], length: number, node: unknown): [number, number] {
  if (!position) fail('node without a position', node)
  const start = checkPoint(position.start, lineStarts, length, 'start', node)
  const end = checkPoint(position.end, lineStarts, length, 'end', node)
  if (end < start) fail(`position ends (${end}) before it starts (${start})`, node)
  return [start, end]
}

interface WalkNode {
  type: string
  value?: unknown
  children?: WalkNode[]
  position?: Position
  [key: string]: unknown
}

/**
 * Check a tree made from `value`: valid nodes and content model, every position's offsets
 * and line/column right, every leaf's value the slice of the input at its position, every
 * parent's position spanning exactly its leaves, and the leaves together the whole input.
 */
export function checkTree(tree: Root, value: string, options: CheckOptions = {}): void {
  const lineStarts = lineStartsOf(value)
  if (tree.type !== 'RootNode') fail('the root is not a RootNode', tree)
  // The cursor is where the next leaf must start; the walk visits leaves in document order.
  let cursor = 0
  // `quotes` counts the QuoteNodes around a node: a quote inside one is nested.
  const stack: Array<{node: WalkNode; parentType: string | undefined; exit: boolean; quotes: number}> = [
    {node: tree as unknown as WalkNode, parentType: undefined, exit: false, quotes: 0}
  ]

  while (stack.length > 0) {
    const {node, parentType, exit, quotes} = stack.pop()!
    const [start, end] = checkPosition(node.position, lineStarts, value.length, node)

    if (exit) {
      if (end !== cursor) fail(`parent ends at ${end} but its last leaf ends at ${cursor}`, node)
      continue
    }

    if (typeof node !== 'object' || node === null || typeof node.type !== 'string') fail('not a node', node)
    if (options.unist) assertUnistNode(node.children ? {...node, children: []} : node)
    if (parentType !== undefined && !allowedChildren.get(parentType)?.has(node.type)) {
      fail(`a ${node.type} cannot be a child of a ${parentType}`, node)
    }
    if (start !== cursor) fail(`node starts at ${start} but the text before it ends at ${cursor}`, node)

    if (literalTypes.has(node.type)) {
      if (typeof node.value !== 'string') fail('literal without a string value', node)
      if ('children' in node) fail('literal with children', node)
      // An empty field (`title:` with no value) is a field still; any other empty leaf is a stray split.
      if (node.value.length === 0 && node.type !== 'FieldNode') fail('empty literal', node)
      if (end - start !== node.value.length || !value.startsWith(node.value, start)) {
        fail(`value ${JSON.stringify(node.value.slice(0, 40))} differs from the input at ${start}–${end}`, node)
      }
      cursor = end
      continue
    }

    if (!allowedChildren.has(node.type)) fail('unknown node type', node)
    if (!Array.isArray(node.children)) fail('parent without children', node)
    if (node.type === 'QuoteNode') {
      checkQuoteNode(node, value, start, end)
      if (node.nested !== quotes > 0) fail(`quote at ${start} inside ${quotes} quotes has nested: ${String(node.nested)}`, node)
    }
    stack.push({node, parentType, exit: true, quotes})
    const inner = node.type === 'QuoteNode' ? quotes + 1 : quotes
    for (let index = node.children.length - 1; index >= 0; index--) {
      stack.push({node: node.children[index]!, parentType: node.type, exit: false, quotes: inner})
    }
  }

  if (cursor !== value.length) fail(`the leaves cover ${cursor} of ${value.length} characters`)
  if (tree.position?.start.offset !== 0 || tree.position.end.offset !== value.length) fail('the root does not span the input')
}

/** A quote's marks, where it has them, are the text at its edges. */
function checkQuoteNode(node: WalkNode, value: string, start: number, end: number): void {
  const marks = node.marks as {open: string | null; close: string | null} | undefined
  if (!marks) fail('quote without marks', node)
  if (!['direct', 'partial', 'scare'].includes(node.kind as string)) fail(`quote of kind ${String(node.kind)}`, node)
  if (typeof node.nested !== 'boolean' || typeof node.identifier !== 'string') fail('quote without nested or identifier', node)
  if (marks.open !== null && node.part === 0 && !value.startsWith(marks.open, start)) {
    fail(`quote does not start with its opening mark ${marks.open}`, node)
  }
  if (marks.close !== null && value.slice(end - marks.close.length, end) !== marks.close) {
    fail(`quote does not end with its closing mark ${marks.close}`, node)
  }
}

/**
 * Check the records of `listQuotes`: positions inside the input with the right points, each
 * starting at an opening mark followed by the record's text, in document order.
 */
export function checkQuoteRecords(records: readonly QuoteRecord[], value: string): void {
  const lineStarts = lineStartsOf(value)
  let previousStart = 0
  for (const record of records) {
    const [start, end] = checkPosition(record.position, lineStarts, value.length, record)
    if (start < previousStart) fail(`record at ${start} comes after one at ${previousStart}`, record)
    previousStart = start
    const mark = openingMarks.find((candidate) => value.startsWith(candidate, start))
    if (mark === undefined) fail(`record at ${start} starts with ${JSON.stringify(value.slice(start, start + 2))}, not an opening mark`, record)
    // The text of a quote over several paragraphs joins its parts with a blank line: check the first part.
    const firstPart = record.text.split('\n\n')[0]!
    const slice = value.slice(start, end)
    if (!slice.startsWith(firstPart, mark.length) && !(mark.length === 2 && slice.startsWith(firstPart, 1))) {
      fail(`record text ${JSON.stringify(firstPart.slice(0, 40))} does not follow its opening mark at ${start}`, record)
    }
    if (!['direct', 'partial', 'scare'].includes(record.kind)) fail(`record of kind ${record.kind}`, record)
    if (typeof record.nested !== 'boolean') fail('record without nested', record)
  }
}

/** Every message is a rule of the catalogue, from newsast, placed inside the input. */
export function checkMessages(messages: ReadonlyArray<{ruleId?: string | undefined; source?: string | undefined; place?: unknown}>, value: string): void {
  for (const message of messages) {
    if (!message.ruleId || !(message.ruleId in rules)) fail(`message with unknown rule ${String(message.ruleId)}`)
    if (message.source !== 'newsast') fail(`message from ${String(message.source)}`)
    const place = message.place as Position | Point | undefined
    const offsets = place && 'start' in place ? [place.start.offset, place.end.offset] : [place?.offset]
    for (const offset of offsets) {
      if (offset !== undefined && (offset < 0 || offset > value.length)) fail(`message placed at ${offset}, outside the input`)
    }
  }
}
