/**
 * `listQuotes`: the flat records of every quote in a newsast tree, in document order.
 */
import {span} from '../tree/locate.js'
import type {Quote, QuoteRecord, Root} from '../tree/types.js'

/**
 * List the quotes of a tree made by `fromNews`.
 *
 * A quote over several paragraphs is one record, from its first opening mark to its final
 * closing mark; its `text` joins the parts' words with a blank line.
 */
export function listQuotes(tree: Root): QuoteRecord[] {
  const records: QuoteRecord[] = []
  const byIdentifier = new Map<string, QuoteRecord>()
  // The texts of a quote over several paragraphs are gathered here and joined once, after the
  // walk: joining at every part made a quote over thousands of paragraphs quadratic. Only such
  // quotes get an entry (the allocations per quote are what `listQuotes` costs on a big tree).
  const parts = new Map<QuoteRecord, {texts: string[]; last: Quote}>()
  // Lists reused from quote to quote: the quotes inside the outermost one, the walk's stack, its leaves.
  const nested: Quote[] = []
  const quoteStack: Walked[] = []
  const leaves: string[] = []

  // Iterative pre-order walk: quotes come out in the order of their opening marks. An outermost
  // quote is read once, in one walk that gathers its text and the quotes inside it; those slice
  // their text from it, so deep nesting stays linear and no word inside a quote is visited twice.
  const stack: Array<{children?: unknown[]; type?: string}> = [tree]
  while (stack.length > 0) {
    const node = stack.pop()!
    if (node.type === 'QuoteNode') {
      const outer = node as Quote
      nested.length = 0
      const text = readQuote(outer, nested, quoteStack, leaves)
      add(outer, innerText(outer, text))
      const start = outer.position!.start.offset!
      for (const quote of nested) {
        const from = quote.position!.start.offset! - start
        add(quote, innerText(quote, text.slice(from, from + quote.position!.end.offset! - quote.position!.start.offset!)))
      }
      continue
    }
    const children = node.children
    if (children) {
      for (let index = children.length - 1; index >= 0; index--) {
        const child = children[index] as typeof node
        // Leaves hold no quotes, and neither do words (a mark glued to a word is split off it).
        if (child.children && child.type !== 'WordNode') stack.push(child)
      }
    }
  }

  for (const [record, {texts, last}] of parts) {
    record.text = texts.join('\n\n')
    record.position = {start: record.position.start, end: {...last.position!.end}}
  }

  return records

  function add(quote: Quote, text: string): void {
    const first = byIdentifier.get(quote.identifier)
    if (first) {
      const gathered = parts.get(first)
      if (gathered) {
        gathered.texts.push(text)
        gathered.last = quote
      } else {
        parts.set(first, {texts: [first.text, text], last: quote})
      }
      return
    }
    const attribution = quote.attribution
    const record: QuoteRecord = {
      kind: quote.kind,
      text,
      position: span(quote, quote),
      speaker: attribution?.name ?? null,
      mention: attribution?.mention ?? null,
      cue: attribution?.cue ?? null,
      method: attribution?.method ?? null,
      nested: quote.nested,
      identifier: quote.identifier,
      speakerIdentifier: attribution?.speaker ?? null
    }
    byIdentifier.set(quote.identifier, record)
    records.push(record)
  }
}

interface Walked {
  value?: unknown
  type?: string
  children?: Walked[]
}

/**
 * The text of a quote (its leaves' values in order); the quotes inside it are added to
 * `nested` in the order of their opening marks. `stack` and `leaves` are empty lists to work
 * with: the leaves are joined once, as `text +=` per leaf made a string of every prefix for
 * the collector to clear.
 */
function readQuote(quote: Quote, nested: Quote[], stack: Walked[], leaves: string[]): string {
  stack.push(quote as Walked)
  while (stack.length > 0) {
    const current = stack.pop()!
    if (typeof current.value === 'string') {
      leaves.push(current.value)
      continue
    }
    const children = current.children
    if (!children) continue
    if (current !== quote && current.type === 'QuoteNode') nested.push(current as Quote)
    // Most words are one text node.
    if (children.length === 1 && typeof children[0]!.value === 'string') {
      leaves.push(children[0]!.value)
      continue
    }
    for (let index = children.length - 1; index >= 0; index--) stack.push(children[index]!)
  }
  const text = leaves.join('')
  leaves.length = 0
  return text
}

/** The quote's text (`text`) without its own marks. */
function innerText(quote: Quote, text: string): string {
  if (quote.marks.open && text.startsWith(quote.marks.open)) text = text.slice(quote.marks.open.length)
  if (quote.marks.close && text.endsWith(quote.marks.close)) text = text.slice(0, -quote.marks.close.length)
  return text
}
