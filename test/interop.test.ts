/**
 * newsast among the unified collective: real retext plugins run on a newsast tree and their
 * messages point at the right text, and a stringifier gives back the input exactly.
 */
import {readFileSync} from 'node:fs'
import {join, resolve} from 'node:path'
import {toString} from 'nlcst-to-string'
import {retext} from 'retext'
import retextQuotes from 'retext-quotes'
import retextReadability from 'retext-readability'
import retextStringify from 'retext-stringify'
import {unified, type Plugin} from 'unified'
import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {describe, expect, it} from 'vitest'
import {fromNews, listQuotes, newsParse as newsParseAsDeclared, type Root} from '../src/index.js'

// TODO(core): `newsParse` is declared with `this: Processor<Root>`, which TypeScript rejects in
// `unified().use(newsParse)` (TS2769). The collective declares a parser as `Plugin<[Options?], string, Root>`
// (see retext-latin's `index.d.ts`); with that declaration this cast can go.
const newsParse = newsParseAsDeclared as unknown as Plugin<[], string, Root>

const root = resolve(import.meta.dirname, '..')
const seed = readFileSync(join(root, 'fixtures/noord-korea-2019-03.txt'), 'utf8')

/** Texts that stress the round trip: a BOM, CRLF, tabs, an open quote, a quote over paragraphs. */
const awkward: Record<string, string> = {
  empty: '',
  'white space only': ' \n\t\n',
  'bom and crlf': '\uFEFFtitle: Nieuw plan\r\ndate 2021-05-04\r\n\r\nDe raad stemt in.\r\n\r\n„Het is goed zo”, zei de voorzitter.\r\n',
  tabs: 'Kop\n\n\tDe tekst\tmet tabs.\n',
  'unclosed quote': 'De minister zei: "Dit is nog niet af.\n\nVolgende alinea.',
  'multi-paragraph quote': '"Eerste deel van het citaat.\n\n"Tweede deel," aldus de burgemeester.',
  'markdown heading': '# Kop\n\nTekst onder de kop.\n\n## Tussenkop\n\nMeer tekst met ‘scare quotes’.',
  'astral characters': 'Emoji 😀 en 𝒳 in een zin: “Ja 🎉”, zei ze.'
}

/** 1-based line and column of an offset, counted independently of the parser (CRLF is one break). */
function pointAt(text: string, offset: number): {line: number; column: number} {
  let line = 1
  let lineStart = 0
  for (let index = 0; index < offset; index++) {
    const code = text.charCodeAt(index)
    if (code === 10 || (code === 13 && text.charCodeAt(index + 1) !== 10)) {
      line++
      lineStart = index + 1
    }
  }
  return {line, column: offset - lineStart + 1}
}

/** The slice of the input a message points at; checks that line/column agree with the offsets. */
function sliceAt(text: string, message: VFileMessage): string {
  const place = message.place
  expect(place && 'start' in place).toBe(true)
  const {start, end} = place as {start: {line: number; column: number; offset?: number}; end: {line: number; column: number; offset?: number}}
  expect(typeof start.offset).toBe('number')
  expect(typeof end.offset).toBe('number')
  expect({line: start.line, column: start.column}).toEqual(pointAt(text, start.offset!))
  expect({line: end.line, column: end.column}).toEqual(pointAt(text, end.offset!))
  return text.slice(start.offset, end.offset)
}

describe('retext plugins on a newsast tree', () => {
  it('retext-quotes reports every quote mark of the seed at its place in the text', async () => {
    const file = await unified().use(newsParse).use(retextQuotes, {preferred: 'straight'}).use(retextStringify).process(seed)
    const messages = file.messages.filter((message) => message.source === 'retext-quotes')
    // The seed's 8 quotes are typographic: each opening and each closing mark is flagged.
    expect(messages).toHaveLength(2 * 8)
    for (const message of messages) {
      expect(message.actual).toMatch(/^[“”‘’]$/)
      expect(sliceAt(seed, message)).toBe(message.actual)
    }
    // The marks it flags are those of the quotes newsast found.
    const marks = listQuotes(fromNews(seed)).flatMap((quote) => [quote.position.start.offset, quote.position.end.offset! - 1])
    expect(messages.map((message) => (message.place as {start: {offset: number}}).start.offset)).toEqual(marks)
  })

  it('retext-readability reports hard sentences with positions that slice to the sentence', async () => {
    const file = await unified().use(newsParse).use(retextReadability, {age: 16}).use(retextStringify).process(seed)
    const messages = file.messages.filter((message) => message.source === 'retext-readability')
    expect(messages.length).toBeGreaterThan(0)
    for (const message of messages) {
      expect(sliceAt(seed, message)).toBe(message.actual)
    }
    // Sentences inside sections are reached, not only the first section's.
    const headingOffset = seed.indexOf('Gesprekken stukgelopen')
    expect(messages.some((message) => (message.place as {start: {offset: number}}).start.offset > headingOffset)).toBe(true)
  })

  it('runs plugins on a tree made by fromNews with `run`', async () => {
    const tree = fromNews(seed)
    const file = new VFile({value: seed})
    await unified().use(retextQuotes, {preferred: 'straight'}).run(tree, file)
    expect(file.messages).toHaveLength(16)
    for (const message of file.messages) expect(sliceAt(seed, message)).toBe(message.actual)
  })

  it('reports newsast messages on the file, alongside the plugins’ messages', async () => {
    const text = awkward['unclosed quote']!
    const file = await unified().use(newsParse).use(retextQuotes).use(retextStringify).process(text)
    const own = file.messages.filter((message) => message.source === 'newsast')
    expect(own.map((message) => message.ruleId)).toContain('unclosed-quote')
    for (const message of own) sliceAt(text, message)
  })
})

describe('round trip through a stringifier', () => {
  it('unified().use(newsParse).use(retextStringify) gives back the seed exactly', () => {
    expect(String(unified().use(newsParse).use(retextStringify).processSync(seed))).toBe(seed)
  })

  it('retext().use(newsParse) swaps in the newsast parser and keeps the text', () => {
    const processor = retext().use(newsParse)
    expect(processor.parse(seed)).toEqual(fromNews(seed))
    expect(String(processor.processSync(seed))).toBe(seed)
  })

  for (const [name, text] of Object.entries(awkward)) {
    it(`gives back the input exactly: ${name}`, () => {
      const processor = unified().use(newsParse).use(retextStringify)
      expect(String(processor.processSync(text))).toBe(text)
      expect(toString(processor.parse(text))).toBe(text)
    })
  }
})
