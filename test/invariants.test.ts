/**
 * What never bends, for every string: the tree is lossless, positioned, valid, and the same
 * on every parse.
 */
import {toString} from 'nlcst-to-string'
import {describe, expect, it} from 'vitest'
import {fromNews} from '../src/index.js'
import {assertValidUnist, leafText, positionProblems, schemaProblems, walk} from './util/check-tree.js'

const inputs: Record<string, string> = {
  'the empty string': '',
  'a BOM before the header': '\uFEFFdate 2019-03 De raad vergaderde gisteren.\n',
  'a BOM before plain text': '\uFEFFDe raad vergaderde.\n\nDaarna was het stil.',
  'CRLF line endings': 'title: Raad stemt in\r\ndate: 2019-03-08\r\n\r\nDe raad stemde in.\r\n\r\nTussenkop\r\n\r\nDaarna ging men naar huis.\r\n',
  'lone CR line endings': 'De raad stemde in.\r\rTussenkop\r\rDaarna ging men naar huis.\r',
  'mixed line endings': 'Eerste regel.\nTweede regel.\r\nDerde regel.\rVierde.\n\r\n\rVijfde alinea.',
  'tabs': '\tDe raad\tstemde in.\t\n\n\t\tDaarna\tging men naar huis.\t',
  'no-break spaces': 'De\u00a0raad stemde in.\u00a0\n\u00a0\nDaarna\u202fging men\u00a0naar huis.',
  'emoji and other astral characters': 'Ze zei: “Prima 👍🏽, echt 👨‍👩‍👧!”\n\n𝒜 is een letter. 😀',
  'lone surrogates': 'Een \uD800 halve \uDC00 tekens.\n\nAan het eind \uD83D',
  'NUL and other control characters': 'Een\u0000zin\u0007met\u001bcontrole.\n\n\u0000',
  'no trailing newline': 'De raad stemde in. Daarna ging men naar huis.',
  'trailing blank lines': 'De raad stemde in.\n\n\n\n',
  'leading blank lines': '\n\n  \nDe raad stemde in.',
  'whitespace only': ' \n\t \r\n  \u00a0\n',
  'a single newline': '\n',
  'a single character': 'x',
  'zero-width and line separators': 'De\u200braad\u2028stemde\u2029in.\n\nKlaar.',
  'combining characters': 'Cafe\u0301 en na\u0308ief.\n\nZo.',
  'a header only': 'title: Alleen een kop\ndate: 2019-03-08\n',
  'a header with the body on its line': ' date 2019-03 De raad stemde in.\n\nTussenkop\n\nDaarna ging men naar huis.',
  'quote marks left open': '„Dit is nooit gesloten\n\nen dit ook niet ’ of wel?',
  'Markdown headings': '# Kop\n\nTekst.\n\n## Tussenkop\n\nMeer tekst.\n\n####### geen kop',
  'a dateline': 'AMSTERDAM (ANP) - De raad stemde in.\n\nDaarna ging men naar huis.'
}

describe('invariants', () => {
  for (const [name, input] of Object.entries(inputs)) {
    describe(name, () => {
      const tree = fromNews(input)

      it('is lossless (nlcst-to-string and the leaves joined)', () => {
        expect(toString(tree)).toBe(input)
        expect(leafText(tree)).toBe(input)
      })

      it('has positions that slice out each node’s text, with the right line and column', () => {
        expect(positionProblems(input, tree)).toEqual([])
      })

      it('is a valid unist and newsast tree', () => {
        assertValidUnist(tree)
        expect(schemaProblems(tree)).toEqual([])
      })

      it('is the same tree on a second parse', () => {
        expect(fromNews(input)).toEqual(tree)
      })
    })
  }

  it('gives the root a position even for the empty string', () => {
    const tree = fromNews('')
    expect(tree.position).toEqual({start: {line: 1, column: 1, offset: 0}, end: {line: 1, column: 1, offset: 0}})
    expect(tree.children).toEqual([])
  })

  it('counts CRLF as one line break, and a lone CR as one too', () => {
    const tree = fromNews('Een.\r\n\r\nTwee.\r\rDrie.')
    expect(tree.position?.end).toEqual({line: 5, column: 6, offset: 20})
  })

  it('counts columns in UTF-16 code units, as JavaScript indexes strings', () => {
    const tree = fromNews('😀 Een zin.')
    expect(tree.position?.end).toEqual({line: 1, column: 12, offset: 11})
  })

  it('walks a long document without overflowing the stack', () => {
    const input = Array.from({length: 2000}, (_, index) => `Alinea ${index} heeft een zin.`).join('\n\n')
    const tree = fromNews(input)
    expect(leafText(tree)).toBe(input)
    let paragraphs = 0
    walk(tree, (node) => {
      if (node.type === 'ParagraphNode') paragraphs++
    })
    expect(paragraphs).toBe(2000)
  })

  it('does not depend on the time zone or locale of the machine', () => {
    const input = 'date: vrijdag 8 maart 2019\n\nDe raad stemde in.'
    const before = JSON.stringify(fromNews(input))
    const zone = process.env.TZ
    process.env.TZ = 'Pacific/Kiritimati'
    try {
      expect(JSON.stringify(fromNews(input))).toBe(before)
    } finally {
      if (zone === undefined) delete process.env.TZ
      else process.env.TZ = zone
    }
  })
})

it('gives every node its own point objects (no two positions share a `start`/`end` object)', () => {
  const value = 'title: Raad\n\nDe raad zei: „Ja. Nee.” En ‘dat’ was het.\n\nKop\n\n„Eerste deel.\n\n„Tweede deel,” aldus de burgemeester.'
  const seen = new Set<object>()
  let shared = 0
  walk(fromNews(value), (node) => {
    const position = (node as {position?: {start: object; end: object}}).position
    if (!position) return
    if (seen.has(position.start) || seen.has(position.end)) shared++
    seen.add(position.start)
    seen.add(position.end)
  })
  expect(shared).toBe(0)
})
