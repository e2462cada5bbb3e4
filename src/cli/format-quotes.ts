/**
 * `--format quotes`: a table with one row per quote: place, speaker, kind, cue and text.
 */
import type {QuoteRecord} from '../index.js'

const headings = ['place', 'speaker', 'kind', 'cue', 'text'] as const
/** Caps that keep the text column readable when a speaker or cue is long. */
const maxSpeaker = 32
const maxCue = 16
const minText = 20

export function formatQuotes(quotes: readonly QuoteRecord[], columns: number | null): string {
  if (quotes.length === 0) return '(no quotes)\n'
  const rows = quotes.map((quote) => [
    `${quote.position.start.line}:${quote.position.start.column}`,
    truncate(quote.speaker ?? '–', maxSpeaker),
    quote.kind + (quote.nested ? ' (nested)' : ''),
    truncate(quote.cue ?? '–', maxCue),
    // A quote over several paragraphs is one row: fold its breaks.
    quote.text.replace(/\s+/g, ' ').trim()
  ])
  const widths = headings.slice(0, 4).map((heading, column) => Math.max(heading.length, ...rows.map((row) => width(row[column]!))))
  const textWidth = columns === null ? null : Math.max(minText, columns - widths.reduce((sum, value) => sum + value + 2, 0))

  const line = (cells: readonly string[]) =>
    cells
      .map((cell, column) => (column < 4 ? pad(cell, widths[column]!) : textWidth === null ? cell : truncate(cell, textWidth)))
      .join('  ')
      .trimEnd()
  const rule = [...widths.map((value) => '-'.repeat(value)), '-'.repeat(textWidth === null ? 4 : Math.min(textWidth, 40))]
  return [line(headings), line(rule), ...rows.map(line)].join('\n') + '\n'
}

/** Width in code points: close enough for a terminal, and never splits a surrogate pair. */
function width(value: string): number {
  return [...value].length
}

function pad(value: string, size: number): string {
  return value + ' '.repeat(Math.max(0, size - width(value)))
}

function truncate(value: string, size: number): string {
  const characters = [...value]
  return characters.length > size ? `${characters.slice(0, size - 1).join('')}…` : value
}
