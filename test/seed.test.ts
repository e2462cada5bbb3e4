/**
 * The reference article: its outline, its 8 quotes (offsets and kinds) and who said them, as the
 * foundation, quote and attribution issues ask.
 */
import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {fromNews, listQuotes} from '../src/index.js'

const value = readFileSync(new URL('../fixtures/noord-korea-2019-03.txt', import.meta.url), 'utf8')
const tree = fromNews(value)
const quotes = listQuotes(tree)

describe('the seed article', () => {
  it('has its header date and two sections', () => {
    const header = tree.children.find((child) => child.type === 'HeaderNode')
    const date = header?.children.find((child) => child.type === 'FieldNode')
    expect(date).toMatchObject({name: 'date', value: '2019-03', date: {iso: '2019-03', year: 2019, month: 3}})
    const sections = tree.children.filter((child) => child.type === 'SectionNode')
    expect(sections.map((section) => section.children.filter((child) => child.type === 'ParagraphNode').length)).toEqual([3, 4])
  })

  it('has exactly 8 quotes, at their offsets, with their kinds', () => {
    expect(
      quotes.map((quote) => [quote.position.start.offset, quote.position.end.offset, quote.kind])
    ).toEqual([
      [562, 588, 'partial'],
      [703, 755, 'direct'],
      [809, 851, 'partial'],
      [853, 903, 'direct'],
      [980, 1025, 'direct'],
      [1761, 1791, 'partial'],
      [1817, 2079, 'direct'],
      [2288, 2307, 'scare']
    ])
  })

  it('gives every speech quote to Choe Son-hui, and the scare quote to no one', () => {
    expect(quotes.map((quote) => quote.speaker)).toEqual([...Array(7).fill('Choe Son-hui'), null])
  })

  it('records how each speaker was found', () => {
    expect(quotes.map((quote) => [quote.method, quote.cue, quote.mention])).toEqual([
      ['carry-over', null, null],
      ['cue', 'aldus', 'Choe'],
      ['pronoun', 'volgens', 'haar'],
      ['carry-over', null, null],
      ['carry-over', null, null],
      ['role', 'aldus', 'de onderminister'],
      ['carry-over', null, null],
      [null, null, null]
    ])
  })

  it('registers Choe Son-hui with her alias and role', () => {
    const choe = tree.data?.speakers?.find((speaker) => speaker.name === 'Choe Son-hui')
    expect(choe).toMatchObject({aliases: ['Choe'], roles: expect.arrayContaining(['onderminister'])})
    expect(choe?.mentions.length).toBeGreaterThanOrEqual(3)
  })
})
