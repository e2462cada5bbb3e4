/**
 * `--format outline`: the header's fields, then each section with its heading and the
 * opening words of its paragraphs, then the problems found.
 */
import type {ArticleSummary} from './summarize-article.js'

export function formatOutline(summary: ArticleSummary): string {
  const lines: string[] = []
  if (summary.header) {
    lines.push('header')
    const nameWidth = Math.max(0, ...summary.header.fields.map((field) => field.name.length))
    for (const field of summary.header.fields) {
      const normalised = field.date && field.date.iso !== field.value ? ` (${field.date.iso})` : ''
      lines.push(`  ${field.name.padEnd(nameWidth)}  ${field.value}${normalised}`)
    }
    if (summary.header.byline !== null) lines.push(`  ${'byline'.padEnd(nameWidth)}  ${summary.header.byline}`)
  }
  for (const section of summary.outline) {
    const heading = section.heading === null ? '(no heading)' : `${'#'.repeat(section.depth ?? 2)} ${section.heading}`
    lines.push(`section ${heading}${section.line === null ? '' : `  (line ${section.line})`}`)
    for (const paragraph of section.paragraphs) {
      const quotes = paragraph.quotes === 0 ? '' : `  [${paragraph.quotes} ${paragraph.quotes === 1 ? 'quote' : 'quotes'}]`
      lines.push(`  ¶ ${String(paragraph.line ?? '?').padStart(4)}  ${paragraph.opening}${quotes}`)
    }
  }
  if (summary.messages.length > 0) {
    lines.push('messages')
    for (const message of summary.messages) {
      const place = message.place ? ('start' in message.place ? message.place.start : message.place) : null
      const where = place ? `${place.line}:${place.column}` : '?'
      lines.push(`  ${where.padEnd(8)} ${message.reason}  ${message.source ?? ''}:${message.ruleId ?? ''}`)
    }
  }
  return lines.join('\n') + '\n'
}
