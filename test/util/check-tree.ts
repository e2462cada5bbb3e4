/**
 * Checks shared by the invariant and fixture tests: lossless text, positions against an
 * independent line/column computation, and the newsast schema (which node may hold which).
 * Every walk is iterative, so deep trees cannot overflow the stack.
 */
import {toString} from 'nlcst-to-string'
import type {Node, Point} from 'unist'
import {assert as assertUnist} from 'unist-util-assert'

interface AnyNode extends Node {
  value?: unknown
  children?: AnyNode[]
}

/** Visit every node in document order (pre-order), without recursion. */
export function walk(tree: Node, visit: (node: AnyNode, parent: AnyNode | undefined) => void): void {
  const stack: Array<[AnyNode, AnyNode | undefined]> = [[tree as AnyNode, undefined]]
  while (stack.length > 0) {
    const [node, parent] = stack.pop()!
    visit(node, parent)
    const children = node.children
    if (children) {
      for (let index = children.length - 1; index >= 0; index--) stack.push([children[index]!, node])
    }
  }
}

/** The text of a tree as the scorer reads it: a node's string `value`, else its children's text, in order. */
export function leafText(tree: Node): string {
  let text = ''
  const stack: AnyNode[] = [tree as AnyNode]
  while (stack.length > 0) {
    const node = stack.pop()!
    if (typeof node.value === 'string') text += node.value
    else if (node.children) for (let index = node.children.length - 1; index >= 0; index--) stack.push(node.children[index]!)
  }
  return text
}

/** Line starts counted the simple way: `\r\n`, a lone `\r` and `\n` each end one line. */
export function referenceLineStarts(value: string): number[] {
  const starts = [0]
  for (let index = 0; index < value.length; index++) {
    const character = value[index]
    if (character === '\r' && value[index + 1] === '\n') index++
    if (character === '\r' || character === '\n') starts.push(index + 1)
  }
  return starts
}

/** The 1-based line and column of `offset`, from the line starts (a linear scan: fine for test inputs). */
export function referencePoint(lineStarts: number[], offset: number): Point {
  let line = 0
  while (line + 1 < lineStarts.length && lineStarts[line + 1]! <= offset) line++
  return {line: line + 1, column: offset - lineStarts[line]! + 1, offset}
}

/** The text a node stands for: a literal's `value`, or its leaves joined. */
export function nodeText(node: AnyNode): string {
  return toString(node as Parameters<typeof toString>[0])
}

/**
 * Collect every violation of the position invariants: each node that covers text has a
 * position; its offsets slice out exactly its text; its points agree with the reference
 * line/column; children tile their parent in order, without gaps or overlap.
 */
export function positionProblems(value: string, tree: Node): string[] {
  const problems: string[] = []
  const lineStarts = referenceLineStarts(value)

  walk(tree, (node) => {
    const text = nodeText(node)
    const position = node.position
    if (!position) {
      if (text !== '') problems.push(`${node.type} ${JSON.stringify(text.slice(0, 40))} covers text but has no position`)
      return
    }
    const start = position.start.offset
    const end = position.end.offset
    if (start === undefined || end === undefined) {
      problems.push(`${node.type} has a position without offsets`)
      return
    }
    const where = `${node.type} ${start}-${end}`
    if (start > end) problems.push(`${where}: start after end`)
    if (value.slice(start, end) !== text) {
      problems.push(`${where}: slice ${JSON.stringify(value.slice(start, end).slice(0, 40))} is not its text ${JSON.stringify(text.slice(0, 40))}`)
    }
    for (const [label, point, offset] of [['start', position.start, start], ['end', position.end, end]] as const) {
      const expected = referencePoint(lineStarts, offset)
      if (point.line !== expected.line || point.column !== expected.column) {
        problems.push(`${where}: ${label} is ${point.line}:${point.column}, expected ${expected.line}:${expected.column}`)
      }
    }

    const children = node.children
    if (children && children.length > 0 && children.every((child) => child.position)) {
      let cursor = start
      for (const child of children) {
        const childStart = child.position!.start.offset!
        if (childStart !== cursor) problems.push(`${where}: child ${child.type} starts at ${childStart}, expected ${cursor}`)
        cursor = child.position!.end.offset!
      }
      if (cursor !== end) problems.push(`${where}: last child ends at ${cursor}, expected ${end}`)
    }
  })

  return problems
}

type Kind = 'parent' | 'literal'

/** The newsast schema: which node types exist, and what each parent may contain (src/tree/types.ts, nlcst). */
const sentenceContent = ['WordNode', 'WhiteSpaceNode', 'PunctuationNode', 'SymbolNode', 'SourceNode', 'QuoteNode']
const schema: Record<string, {kind: Kind; children?: string[]}> = {
  RootNode: {kind: 'parent', children: ['HeaderNode', 'SectionNode', 'WhiteSpaceNode']},
  HeaderNode: {kind: 'parent', children: ['FieldNode', 'BylineNode', 'TextNode', 'PunctuationNode', 'WhiteSpaceNode']},
  BylineNode: {kind: 'parent', children: ['TextNode', 'WhiteSpaceNode', 'PunctuationNode']},
  DatelineNode: {kind: 'parent', children: ['TextNode', 'WhiteSpaceNode', 'PunctuationNode']},
  SectionNode: {kind: 'parent', children: ['HeadingNode', 'ParagraphNode', 'WhiteSpaceNode']},
  HeadingNode: {kind: 'parent', children: ['SentenceNode', 'WhiteSpaceNode', 'PunctuationNode', 'QuoteNode']},
  ParagraphNode: {kind: 'parent', children: ['SentenceNode', 'WhiteSpaceNode', 'QuoteNode', 'DatelineNode']},
  SentenceNode: {kind: 'parent', children: sentenceContent},
  QuoteNode: {kind: 'parent', children: [...sentenceContent, 'SentenceNode']},
  WordNode: {kind: 'parent', children: ['TextNode', 'SymbolNode', 'PunctuationNode']},
  FieldNode: {kind: 'literal'},
  TextNode: {kind: 'literal'},
  WhiteSpaceNode: {kind: 'literal'},
  PunctuationNode: {kind: 'literal'},
  SymbolNode: {kind: 'literal'},
  SourceNode: {kind: 'literal'}
}

/** Collect every violation of the schema: unknown types, wrong children, misplaced headings and datelines. */
export function schemaProblems(tree: Node): string[] {
  const problems: string[] = []
  if (tree.type !== 'RootNode') problems.push(`the root is a ${tree.type}, not a RootNode`)
  walk(tree, (node, parent) => {
    const rule = schema[node.type]
    if (!rule) {
      problems.push(`unknown node type ${node.type}`)
      return
    }
    if (rule.kind === 'literal' && (typeof node.value !== 'string' || 'children' in node)) {
      problems.push(`${node.type} must be a literal with a string value`)
    }
    if (rule.kind === 'parent') {
      if (!Array.isArray(node.children)) problems.push(`${node.type} must have children`)
      else if (node.children.length === 0 && node.type !== 'RootNode') problems.push(`${node.type} has no children`)
    }
    if (parent) {
      const allowed = schema[parent.type]?.children ?? []
      if (!allowed.includes(node.type)) problems.push(`${node.type} cannot be in ${parent.type}`)
      const index = parent.children!.indexOf(node)
      if (node.type === 'HeadingNode' && index !== 0) problems.push(`HeadingNode must open its section (index ${index})`)
      if (node.type === 'DatelineNode' && index !== 0) problems.push(`DatelineNode must open its paragraph (index ${index})`)
      if (node.type === 'HeaderNode' && parent.children!.some((sibling, at) => at < index && sibling.type === 'SectionNode')) {
        problems.push('HeaderNode must come before every SectionNode')
      }
    }
    if (node.type === 'FieldNode' && typeof (node as {name?: unknown}).name !== 'string') {
      problems.push('FieldNode needs a string name')
    }
  })
  return problems
}

/** unist validity (recursive inside unist-util-assert; our test inputs stay shallow enough). */
export function assertValidUnist(tree: Node): void {
  assertUnist(tree)
}

/** Every check at once, for a tree parsed from `value`; returns the problems found (none: `[]`). */
export function treeProblems(value: string, tree: Node): string[] {
  const problems: string[] = []
  if (nodeText(tree) !== value) problems.push('nlcst-to-string of the root is not the input')
  if (leafText(tree) !== value) problems.push('the leaves joined are not the input')
  problems.push(...schemaProblems(tree), ...positionProblems(value, tree))
  return problems
}
