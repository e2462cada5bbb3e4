#!/usr/bin/env node
/**
 * `npm run demo`: parse a Dutch news article with the built library (`dist/index.js`) and print
 * its tree as unist-util-inspect prints it, an outline (header fields, sections with their
 * headings and paragraph counts), the registry of speakers, and the quotes as a table.
 *
 * Usage: `node scripts/demo.mjs [--only tree|outline|speakers|quotes] [article.txt]`
 * (default: the seed article, `fixtures/noord-korea-2019-03.txt`). Colour only on a terminal.
 * `scripts/readme.mjs` runs this script with `--only` for the README's output blocks.
 */
import {existsSync, readFileSync} from 'node:fs'
import {resolve} from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {parseArgs} from 'node:util'
import {inspect} from 'unist-util-inspect'

const root = resolve(fileURLToPath(new URL('..', import.meta.url)))
const library = resolve(root, 'dist/index.js')
const seed = resolve(root, 'fixtures/noord-korea-2019-03.txt')
const parts = ['tree', 'outline', 'speakers', 'quotes']
/** Longest quote text shown in the table; the rest is cut with an ellipsis. */
const maxText = 48

let args
try {
  args = parseArgs({options: {only: {type: 'string'}, help: {type: 'boolean', short: 'h'}}, allowPositionals: true})
} catch (error) {
  fail(String(error instanceof Error ? error.message : error))
}
if (args.values.help) {
  console.log('Usage: node scripts/demo.mjs [--only tree|outline|speakers|quotes] [article.txt]')
  process.exit(0)
}
const only = args.values.only
if (only !== undefined && !parts.includes(only)) fail(`--only takes one of ${parts.join(', ')}, not \`${only}\``)
if (args.positionals.length > 1) fail('give at most one article')
if (!existsSync(library)) fail('dist/index.js is missing: run `npm run build` first (`npm run demo` does)')

const file = args.positionals[0] === undefined ? seed : resolve(args.positionals[0])
if (!existsSync(file)) fail(`no such file: ${file}`)

const {fromNews, listQuotes} = await import(pathToFileURL(library).href)
const text = readFileSync(file, 'utf8')
const messages = []
const tree = fromNews(text, {onmessage: (message) => messages.push(message)})
const color = Boolean(process.stdout.isTTY) && !process.env.NO_COLOR

const printers = {
  tree: () => inspect(tree, {color}),
  outline: () => formatOutline(tree, messages),
  speakers: () => formatSpeakers(tree.data?.speakers ?? []),
  quotes: () => formatQuotes(listQuotes(tree))
}

if (only) {
  process.stdout.write(printers[only]() + '\n')
} else {
  const name = args.positionals[0] ?? 'fixtures/noord-korea-2019-03.txt'
  const titles = {tree: 'Tree (unist-util-inspect)', outline: 'Outline', speakers: 'Speakers', quotes: 'Quotes'}
  process.stdout.write(`newsast demo: ${name} (${text.length} characters)\n`)
  for (const part of parts) {
    process.stdout.write(`\n${titles[part]}\n${'='.repeat(titles[part].length)}\n\n${printers[part]()}\n`)
  }
}

/** Header fields, then each section: its heading, how many paragraphs and quotes; then messages. */
function formatOutline(tree, messages) {
  const lines = []
  const header = tree.children.find((child) => child.type === 'HeaderNode')
  if (header) {
    lines.push('header')
    for (const child of header.children) {
      if (child.type === 'FieldNode') {
        const date = child.date ? `  → ${JSON.stringify(child.date)}` : ''
        lines.push(`  ${child.name}: ${child.value}${date}`)
      } else if (child.type === 'BylineNode') {
        lines.push(`  byline: ${child.name}`)
      }
    }
  } else {
    lines.push('header: none')
  }
  const sections = tree.children.filter((child) => child.type === 'SectionNode')
  sections.forEach((section, index) => {
    const heading = section.children.find((child) => child.type === 'HeadingNode')
    const paragraphs = section.children.filter((child) => child.type === 'ParagraphNode')
    const quotes = paragraphs.reduce((sum, paragraph) => sum + countQuotes(paragraph), 0)
    const title = heading ? `“${textOf(heading).trim()}” (depth ${heading.depth})` : '(no heading)'
    const lineRange = `lines ${section.position.start.line}–${section.position.end.line}`
    lines.push(`section ${index + 1}: ${title}, ${plural(paragraphs.length, 'paragraph')}, ${plural(quotes, 'quote')}, ${lineRange}`)
    for (const child of section.children) {
      if (child.type === 'ParagraphNode') {
        const dateline = child.children.find((node) => node.type === 'DatelineNode')
        if (dateline) lines.push(`  dateline: ${dateline.place}${dateline.agency ? ` (${dateline.agency})` : ''}`)
      }
    }
  })
  if (messages.length > 0) {
    lines.push('messages')
    for (const message of messages) {
      const start = message.place && 'start' in message.place ? message.place.start : message.place
      lines.push(`  ${start ? `${start.line}:${start.column}` : '?'} ${message.ruleId}: ${message.reason}`)
    }
  }
  return lines.join('\n')
}

/** The registry in `root.data.speakers`: one row per source. */
function formatSpeakers(speakers) {
  if (speakers.length === 0) return '(no speakers)'
  return table(
    ['id', 'name', 'aliases', 'roles', 'gender', 'mentions'],
    speakers.map((speaker) => [
      speaker.identifier,
      speaker.name,
      speaker.aliases.join(', ') || '–',
      speaker.roles.join(', ') || '–',
      speaker.gender ?? '–',
      String(speaker.mentions.length)
    ])
  )
}

/** One row per quote (a quote over several paragraphs is one row), in document order. */
function formatQuotes(quotes) {
  if (quotes.length === 0) return '(no quotes)'
  return table(
    ['at', 'kind', 'speaker', 'mention', 'method', 'cue', 'text'],
    quotes.map((quote) => [
      `${quote.position.start.line}:${quote.position.start.column}`,
      quote.kind + (quote.nested ? ' (nested)' : ''),
      quote.speaker ?? '–',
      quote.mention ?? '–',
      quote.method ?? '–',
      quote.cue ?? '–',
      shorten(quote.text.replace(/\s+/g, ' ').trim(), maxText)
    ])
  )
}

/** A plain-text table: columns padded to their widest cell, a rule under the heading. */
function table(headings, rows) {
  const widths = headings.map((heading, column) => Math.max(width(heading), ...rows.map((row) => width(row[column]))))
  const line = (cells) => cells.map((cell, column) => cell + ' '.repeat(widths[column] - width(cell))).join('  ').trimEnd()
  return [line(headings), line(widths.map((size) => '-'.repeat(size))), ...rows.map(line)].join('\n')
}

function width(value) {
  return [...value].length
}

function shorten(value, size) {
  const characters = [...value]
  return characters.length > size ? `${characters.slice(0, size - 1).join('')}…` : value
}

function plural(count, noun) {
  return `${count} ${noun}${count === 1 ? '' : 's'}`
}

/** Quotes in a subtree, nested ones excluded (they belong to another quote). */
function countQuotes(node) {
  let count = 0
  const stack = [node]
  while (stack.length > 0) {
    const current = stack.pop()
    if (current.type === 'QuoteNode' && !current.nested && current.part === 0) count++
    for (const child of current.children ?? []) stack.push(child)
  }
  return count
}

function textOf(node) {
  return typeof node.value === 'string' ? node.value : (node.children ?? []).map(textOf).join('')
}

function fail(reason) {
  console.error(`demo: ${reason}`)
  process.exit(1)
}
