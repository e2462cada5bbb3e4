/**
 * Parse one article and gather what the line-per-article formats print: its header fields,
 * an outline of its sections and paragraphs, its quotes and the problems found in it.
 */
import type {Position} from 'unist'
import type {VFileMessage} from 'vfile-message'
import {fromNews, listQuotes, type DateValue, type Header, type QuoteRecord, type Root, type Section} from '../index.js'
import {toText} from '../tree/to-text.js'

export interface HeaderSummary {
  fields: Array<{name: string; value: string; date?: DateValue}>
  /** The names in the byline, as written, or `null`. */
  byline: string | null
}

export interface SectionSummary {
  /** The heading's text, or `null` for the section before the first heading. */
  heading: string | null
  depth: number | null
  line: number | null
  paragraphs: Array<{line: number | null; opening: string; quotes: number}>
}

export interface MessageSummary {
  ruleId: string | null
  source: string | null
  reason: string
  place: Position | Position['start'] | null
  /** `false` for a warning, `null` for information (vfile's convention). */
  fatal: boolean | null
}

export interface ArticleSummary {
  header: HeaderSummary | null
  outline: SectionSummary[]
  quotes: QuoteRecord[]
  messages: MessageSummary[]
}

export interface ParsedArticle {
  tree: Root
  messages: VFileMessage[]
}

export function parseArticle(text: string): ParsedArticle {
  const messages: VFileMessage[] = []
  const tree = fromNews(text, {onmessage: (message) => void messages.push(message)})
  return {tree, messages}
}

export function summarizeArticle({tree, messages}: ParsedArticle): ArticleSummary {
  let header: HeaderSummary | null = null
  const outline: SectionSummary[] = []
  for (const child of tree.children) {
    if (child.type === 'HeaderNode') header = summarizeHeader(child)
    else if (child.type === 'SectionNode') outline.push(summarizeSection(child))
  }
  return {header, outline, quotes: listQuotes(tree), messages: messages.map(summarizeMessage)}
}

function summarizeHeader(header: Header): HeaderSummary {
  const summary: HeaderSummary = {fields: [], byline: null}
  for (const child of header.children) {
    if (child.type === 'FieldNode') {
      summary.fields.push(child.date ? {name: child.name, value: child.value, date: child.date} : {name: child.name, value: child.value})
    } else if (child.type === 'BylineNode') summary.byline = child.name
  }
  return summary
}

function summarizeSection(section: Section): SectionSummary {
  const summary: SectionSummary = {heading: null, depth: null, line: section.position?.start.line ?? null, paragraphs: []}
  for (const child of section.children) {
    if (child.type === 'HeadingNode') {
      summary.heading = toText(child).trim()
      summary.depth = child.depth
    } else if (child.type === 'ParagraphNode') {
      summary.paragraphs.push({line: child.position?.start.line ?? null, opening: opening(toText(child)), quotes: countQuotes(child)})
    }
  }
  return summary
}

/** The first words of a paragraph, enough to recognise it. */
function opening(text: string): string {
  const words = text.trim().split(/\s+/)
  return words.length > 8 ? `${words.slice(0, 8).join(' ')}…` : words.join(' ')
}

/** Quotes in a subtree, nested ones excluded (they are part of another quote). */
function countQuotes(node: {type: string; children?: unknown[]}): number {
  let count = 0
  const stack: Array<{type: string; nested?: boolean; children?: unknown[]}> = [node]
  while (stack.length > 0) {
    const current = stack.pop()!
    if (current.type === 'QuoteNode' && !current.nested) count++
    // A loop, not a spread: a sentence can hold more children than a call takes arguments.
    for (const child of (current.children ?? []) as typeof stack) stack.push(child)
  }
  return count
}

function summarizeMessage(message: VFileMessage): MessageSummary {
  return {
    ruleId: message.ruleId ?? null,
    source: message.source ?? null,
    reason: message.reason,
    place: message.place ?? null,
    fatal: message.fatal ?? null
  }
}
