/**
 * The shared loop of test/quotes.test.ts and test/attribution.test.ts: each `fixtures/<case>`
 * is checked against the quote records a careful reader expects, written out per case.
 * Where the core is wrong today the expectation stays as it is, run with `it.fails` and a reason.
 */
import {readFileSync} from 'node:fs'
import type {Node} from 'unist'
import type {VFileMessage} from 'vfile-message'
import {describe, expect, it} from 'vitest'
import {fromNews, listQuotes, type AttributionMethod, type QuoteKind, type QuoteRecord, type Root, type RuleId} from '../../src/index.js'
import {treeProblems} from './check-tree.js'

/** What a careful reader says about one quote. */
export interface ExpectedQuote {
  /** The quote as written, marks included: the record's position must slice back to exactly this. */
  span: string
  /** The quoted words, marks excluded. */
  text: string
  kind: QuoteKind
  nested?: boolean
  /** Who said it and how that was found; only the fields given are compared. */
  said: {speaker: string | null; method?: AttributionMethod | null; cue?: string | null; mention?: string | null}
  /** Where the core is wrong today: which check fails, and why (run as `it.fails`); `missing`: no record spans the quote, so both fail. */
  wrong?: {kind?: string; said?: string; missing?: string}
}

export interface ExpectedCase {
  quotes: ExpectedQuote[]
  /** The rule ids of the messages, in order. */
  messages: RuleId[]
  /** Why the list of quotes (spans, text, nesting) is wrong today, if it is (run as `it.fails`). */
  wrong?: string
  /** Why the messages are wrong today, if they are (run as `it.fails`). */
  wrongMessages?: string
}

export interface LoadedCase {
  value: string
  tree: Root
  quotes: QuoteRecord[]
  messages: VFileMessage[]
}

const loaded = new Map<string, LoadedCase>()

/** Parse `fixtures/<name>/input.txt` once, checking the tree's invariants on the way. */
export function load(name: string): LoadedCase {
  let result = loaded.get(name)
  if (!result) {
    const value = readFileSync(new URL(`../../fixtures/${name}/input.txt`, import.meta.url), 'utf8')
    const messages: VFileMessage[] = []
    const tree = fromNews(value, {onmessage: (message) => void messages.push(message)})
    expect(treeProblems(value, tree)).toEqual([])
    result = {value, tree, quotes: listQuotes(tree), messages}
    loaded.set(name, result)
  }
  return result
}

/** The source text a record's position covers. */
export function slice(value: string, quote: QuoteRecord): string {
  return value.slice(quote.position.start.offset, quote.position.end.offset)
}

/** Define the checks of one fixture: its quotes, each quote's kind and speaker, and its messages. */
export function checkCase(name: string, expected: ExpectedCase): void {
  describe(name, () => {
    const found = () => {
      const {value, quotes} = load(name)
      return quotes.map((quote) => ({span: slice(value, quote), text: quote.text, nested: quote.nested}))
    }
    const quotesTitle = `finds ${expected.quotes.length} quote(s), with their spans, text and nesting`
    const quotesCheck = () => {
      expect(found()).toEqual(expected.quotes.map((quote) => ({span: quote.span, text: quote.text, nested: quote.nested ?? false})))
    }
    if (expected.wrong) it.fails(`${quotesTitle} (wrong today: ${expected.wrong})`, quotesCheck)
    else it(quotesTitle, quotesCheck)

    for (const [index, quote] of expected.quotes.entries()) {
      const record = () => {
        const {value, quotes} = load(name)
        const match = quotes.filter((each) => slice(value, each) === quote.span)
        expect(match.length, `no record spans ${quote.span}`).toBeGreaterThan(0)
        // Two quotes with the same words are told apart by their order.
        const same = expected.quotes.slice(0, index).filter((each) => each.span === quote.span).length
        return match[Math.min(same, match.length - 1)]!
      }
      const label = quote.span.length > 50 ? `${quote.span.slice(0, 47)}…` : quote.span
      const kindTitle = `${label} is ${quote.kind}`
      const kindCheck = () => expect(record().kind).toBe(quote.kind)
      const kindWrong = quote.wrong?.kind ?? quote.wrong?.missing
      if (kindWrong) it.fails(`${kindTitle} (wrong today: ${kindWrong})`, kindCheck)
      else it(kindTitle, kindCheck)

      const saidTitle = `${label} is said by ${quote.said.speaker ?? 'no one'}${quote.said.method ? ` (${quote.said.method})` : ''}`
      const saidCheck = () => {
        const actual = record()
        const picked = Object.fromEntries(Object.keys(quote.said).map((key) => [key, actual[key as keyof typeof quote.said]]))
        expect(picked).toEqual(quote.said)
      }
      const saidWrong = quote.wrong?.said ?? quote.wrong?.missing
      if (saidWrong) it.fails(`${saidTitle} (wrong today: ${saidWrong})`, saidCheck)
      else it(saidTitle, saidCheck)
    }

    const messagesTitle = `reports ${expected.messages.length ? expected.messages.join(', ') : 'no messages'}`
    const messagesCheck = () => {
      expect(load(name).messages.map((message) => message.ruleId)).toEqual(expected.messages)
    }
    if (expected.wrongMessages) it.fails(`${messagesTitle} (wrong today: ${expected.wrongMessages})`, messagesCheck)
    else it(messagesTitle, messagesCheck)
  })
}

/** Every node of a type, each with its ancestors (outermost first), without recursion. */
export function findAll(tree: Node, type: string): Array<{node: Node & Record<string, unknown>; ancestors: Node[]}> {
  const result: Array<{node: Node & Record<string, unknown>; ancestors: Node[]}> = []
  const stack: Array<[Node, Node[]]> = [[tree, []]]
  while (stack.length > 0) {
    const [node, ancestors] = stack.pop()!
    if (node.type === type) result.push({node: node as Node & Record<string, unknown>, ancestors})
    const children = (node as Node & {children?: Node[]}).children
    if (children) for (let index = children.length - 1; index >= 0; index--) stack.push([children[index]!, [...ancestors, node]])
  }
  return result
}
