/**
 * A flat view of a paragraph for the attribution stage: its words and punctuation in order,
 * each with its quote depth and the sentence it belongs to, plus an `open` and a `close`
 * token around every quote. Built with an explicit stack (quotes may nest deeply).
 */
import type {Quote} from './types.js'

export interface Token {
  kind: 'word' | 'punctuation' | 'open' | 'close'
  /** The text as written (empty for `open`/`close`). */
  value: string
  /** Lower case of `value`. */
  lower: string
  start: number
  end: number
  /** How many quotes this token is inside (the marks of a quote are inside it). */
  depth: number
  /** Index of the sentence (outside quotes) in the paragraph. */
  sentence: number
  /** For `open`/`close`: the quote. */
  quote?: Quote
}

interface Walkable {
  type: string
  value?: string
  children?: Walkable[]
  position?: {start: {offset?: number | undefined}; end: {offset?: number | undefined}} | undefined
}

export function readTokens(block: {children: unknown[]}): Token[] {
  const tokens: Token[] = []
  let depth = 0
  let sentence = 0
  // Entries are nodes to enter, or markers to leave a quote or a sentence.
  const stack: Array<Walkable | {leave: 'quote'; node: Quote} | {leave: 'sentence'}> = []
  for (let index = block.children.length - 1; index >= 0; index--) stack.push(block.children[index] as Walkable)

  while (stack.length > 0) {
    const entry = stack.pop()!
    if ('leave' in entry) {
      if (entry.leave === 'quote') {
        depth--
        const end = entry.node.position!.end.offset!
        tokens.push({kind: 'close', value: '', lower: '', start: end, end, depth, sentence, quote: entry.node})
      } else if (depth === 0) {
        sentence++
      }
      continue
    }
    const node = entry
    if (node.type === 'WordNode') {
      const value = wordValue(node)
      tokens.push({kind: 'word', value, lower: value.toLowerCase(), start: node.position!.start.offset!, end: node.position!.end.offset!, depth, sentence})
    } else if (node.type === 'PunctuationNode' || node.type === 'SymbolNode') {
      tokens.push({kind: 'punctuation', value: node.value!, lower: node.value!, start: node.position!.start.offset!, end: node.position!.end.offset!, depth, sentence})
    } else if (node.type === 'QuoteNode') {
      const start = node.position!.start.offset!
      tokens.push({kind: 'open', value: '', lower: '', start, end: start, depth, sentence, quote: node as unknown as Quote})
      depth++
      stack.push({leave: 'quote', node: node as unknown as Quote})
      pushChildren(node)
    } else if (node.type === 'SentenceNode') {
      stack.push({leave: 'sentence'})
      pushChildren(node)
    } else if (node.children) {
      pushChildren(node)
    }
  }
  return tokens

  function pushChildren(node: Walkable): void {
    const children = node.children!
    for (let index = children.length - 1; index >= 0; index--) stack.push(children[index]!)
  }
}

function wordValue(node: Walkable): string {
  let value = ''
  for (const child of node.children ?? []) value += typeof child.value === 'string' ? child.value : wordValue(child)
  return value
}
