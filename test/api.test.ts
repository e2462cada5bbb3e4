/**
 * The public API: what the main entry exports, the unified plugin, misuse errors, and messages.
 */
import {type Plugin, unified} from 'unified'
import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {describe, expect, it} from 'vitest'
import * as newsast from '../src/index.js'
import {fromNews, listQuotes, newsParse as newsParseAsTyped, rules, type Options, type Root} from '../src/index.js'

// `newsParse` is typed `this: Processor<Root>`, which `unified().use()` rejects at compile time (see the
// todo in types.test.ts); unified's own parsers are typed `Plugin<[Options?], string, Root>`. Cast until fixed.
const newsParse = newsParseAsTyped as unknown as Plugin<[(Readonly<Options> | null | undefined)?], string, Root>

const article = 'title: De raad stemt in\ndate: 2019-03-08\n\nDe gemeenteraad stemde gisteren in met het plan.\n\nTussenkop\n\nDaarna ging iedereen naar huis.\n'

describe('exports', () => {
  it('exposes exactly the public runtime API (sorted), so it cannot grow by accident', () => {
    expect(Object.keys(newsast).sort()).toEqual(['fromNews', 'listQuotes', 'newsParse', 'rules'])
  })

  it('has no default export', () => {
    expect('default' in newsast).toBe(false)
  })

  it('exports functions, and a catalogue of rules with a message each', () => {
    expect(typeof fromNews).toBe('function')
    expect(typeof listQuotes).toBe('function')
    expect(typeof newsParseAsTyped).toBe('function')
    expect(Object.keys(rules).length).toBeGreaterThan(0)
    for (const [ruleId, message] of Object.entries(rules)) {
      expect(ruleId).toMatch(/^[a-z]+(-[a-z]+)*$/)
      expect(typeof message).toBe('string')
    }
  })
})

describe('newsParse', () => {
  it('gives the same tree through unified as fromNews', () => {
    expect(unified().use(newsParse).parse(article)).toEqual(fromNews(article))
  })

  it('gives the same tree through unified for the empty string', () => {
    expect(unified().use(newsParse).parse('')).toEqual(fromNews(''))
  })

  it('accepts null and empty options', () => {
    expect(unified().use(newsParse, null).parse(article)).toEqual(fromNews(article))
    expect(unified().use(newsParse, {}).parse(article)).toEqual(fromNews(article))
  })

  it('reports problems in the text as messages on the file', () => {
    const file = new VFile({path: 'bericht.txt', value: 'date: 2019-13\n\nDe raad stemde in.\n'})
    const tree = unified().use(newsParse).parse(file)
    expect(tree.type).toBe('RootNode')
    expect(file.messages.length).toBeGreaterThan(0)
    const message = file.messages.find((each) => each.ruleId === 'invalid-date')
    expect(message).toBeDefined()
    expect(message!.source).toBe('newsast')
    expect(message!.file).toBe('bericht.txt')
    expect(message!.fatal).toBe(false)
    expect(message!.place).toEqual({start: {line: 1, column: 7, offset: 6}, end: {line: 1, column: 14, offset: 13}})
  })

  it('reports nothing on a file with no problems', () => {
    const file = new VFile({value: article})
    unified().use(newsParse).parse(file)
    expect(file.messages).toEqual([])
  })
})

describe('fromNews with a non-string', () => {
  const cases: Array<[string, unknown, RegExp]> = [
    ['undefined', undefined, /undefined/],
    ['null', null, /null/],
    ['a number', 42, /number.*42/],
    ['a plain object', {}, /object/],
    ['a Buffer', Buffer.from('De raad stemde in.'), /Buffer/],
    ['a VFile', new VFile('De raad stemde in.'), /object/],
    ['a boolean', true, /boolean/],
    ['an array', ['De raad'], /object.*Array|Array/]
  ]
  for (const [name, value, names] of cases) {
    it(`throws a TypeError that names ${name}`, () => {
      const call = () => fromNews(value as string)
      expect(call).toThrow(TypeError)
      expect(call).toThrow(names)
    })
  }

  it('does not throw on a string object’s primitive, and treats a String object as misuse', () => {
    expect(() => fromNews(String(new String('tekst')))).not.toThrow()
    expect(() => fromNews(new String('tekst') as unknown as string)).toThrow(TypeError)
  })
})

describe('messages', () => {
  it('calls onmessage with invalid-date for `date: 2019-13`, and keeps the raw value', () => {
    const messages: VFileMessage[] = []
    const tree = fromNews('date: 2019-13\n\nDe raad stemde in.\n', {onmessage: (message) => void messages.push(message)})
    expect(messages.map((message) => message.ruleId)).toEqual(['invalid-date'])
    expect(messages[0]!.source).toBe('newsast')
    expect(messages[0]!.reason).toMatch(/2019-13/)
    const header = tree.children.find((child) => child.type === 'HeaderNode')
    const field = header?.children.find((child) => child.type === 'FieldNode')
    expect(field).toMatchObject({name: 'date', value: '2019-13'})
    expect(field && 'date' in field ? field.date : undefined).toBeUndefined()
  })

  it('uses only rule ids from the catalogue', () => {
    const seen: string[] = []
    const onmessage = (message: VFileMessage) => void seen.push(String(message.ruleId))
    fromNews('date 2019-02-30 „Nooit gesloten\n\nEen ” los teken en ‘nog een.\n', {onmessage})
    fromNews('date: 31-04-2019\n\n"Hallo," zei ze.\n', {onmessage})
    expect(seen.length).toBeGreaterThan(0)
    for (const ruleId of seen) expect(Object.keys(rules)).toContain(ruleId)
  })

  it('accepts null options, and onmessage: null', () => {
    expect(fromNews(article, null)).toEqual(fromNews(article))
    expect(fromNews('date: 2019-13', {onmessage: null})).toEqual(fromNews('date: 2019-13'))
  })

  it('never throws on problems in the text', () => {
    expect(() => fromNews('date: 2019-13\n\n„open „open ”dicht” ” ’ ‘ « » ,, \'\' "')).not.toThrow()
  })
})

describe('listQuotes', () => {
  it('returns an array for any tree', () => {
    expect(Array.isArray(listQuotes(fromNews('')))).toBe(true)
    expect(Array.isArray(listQuotes(fromNews(article)))).toBe(true)
  })
})
