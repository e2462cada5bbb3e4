/**
 * `listQuotes`: the flat records of every quote in a newsast tree, in document order.
 */
import {span} from './locate.js'
import {toText} from './to-text.js'
import type {Quote, QuoteRecord, Root} from './types.js'

/**
 * List the quotes of a tree made by `fromNews`.
 *
 * A quote over several paragraphs is one record, from its first opening mark to its final
 * closing mark; its `text` joins the parts' words with a blank line.
 */
export function listQuotes(tree: Root): QuoteRecord[] {
  const records: QuoteRecord[] = []
  // A quote's parts are gathered here and joined once, after the walk: joining at every part
  // made a quote over thousands of paragraphs quadratic.
  const byIdentifier = new Map<string, {record: QuoteRecord; texts: string[]; last: Quote}>()
  const names = new Map<string, string>()
  for (const speaker of tree.data?.speakers ?? []) names.set(speaker.identifier, speaker.name)

  // Iterative pre-order walk: quotes come out in the order of their opening marks. The text of
  // an outermost quote is read once; quotes inside it slice theirs from it, so that deep
  // nesting stays linear.
  const stack: Array<{children?: unknown[]; type?: string}> = [tree]
  let outer: {text: string; start: number; end: number} | undefined
  while (stack.length > 0) {
    const node = stack.pop()!
    if (node.type === 'QuoteNode') {
      const quote = node as Quote
      const start = quote.position!.start.offset!
      const end = quote.position!.end.offset!
      if (!outer || start >= outer.end) outer = {text: toText(quote), start, end}
      const text = innerText(quote, outer.text.slice(start - outer.start, end - outer.start))
      const existing = byIdentifier.get(quote.identifier)
      if (existing) {
        existing.texts.push(text)
        existing.last = quote
      } else {
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
        byIdentifier.set(quote.identifier, {record, texts: [text], last: quote})
        records.push(record)
      }
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

  for (const {record, texts, last} of byIdentifier.values()) {
    if (texts.length === 1) continue
    record.text = texts.join('\n\n')
    record.position = {start: record.position.start, end: {...last.position!.end}}
  }

  return records
}

/** The quote's text (`text`) without its own marks. */
function innerText(quote: Quote, text: string): string {
  if (quote.marks.open && text.startsWith(quote.marks.open)) text = text.slice(quote.marks.open.length)
  if (quote.marks.close && text.endsWith(quote.marks.close)) text = text.slice(0, -quote.marks.close.length)
  return text
}
