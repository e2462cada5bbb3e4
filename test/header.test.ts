/**
 * The article's header: inline `date 2019-03`, `name: value` lines, normalised dates, invalid
 * dates, the byline, the dateline, and the inferred title.
 */
import type {VFileMessage} from 'vfile-message'
import {describe, expect, it} from 'vitest'
import {fromNews, type DateValue, type Root} from '../src/index.js'
import {treeProblems} from './util/check-tree.js'
import {bylineOf, datelineOf, fieldOf, fieldsOf, headerOf, outline, paragraphTexts} from './util/outline.js'

/** Parse, check the invariants on the way, and collect the messages. */
function parse(value: string): {tree: Root; messages: VFileMessage[]} {
  const messages: VFileMessage[] = []
  const tree = fromNews(value, {onmessage: (message) => void messages.push(message)})
  expect(treeProblems(value, tree)).toEqual([])
  return {tree, messages}
}

/** The header's children as `type:value` strings, to pin the lossless layout of a field line. */
function headerLayout(tree: Root): string[] {
  return (headerOf(tree)?.children ?? []).map((child) =>
    child.type === 'FieldNode' ? `Field(${child.name}):${child.value}` : `${child.type.replace(/Node$/, '')}:${'value' in child ? child.value : ''}`
  )
}

describe('the inline date (the seed’s form)', () => {
  it('reads `date 2019-03` when the body follows on the same line', () => {
    const {tree, messages} = parse('date 2019-03 De gemeenteraad stemde gisteren in.\n\nDaarna was het stil.')
    expect(headerLayout(tree)).toEqual(['Text:date', 'WhiteSpace: ', 'Field(date):2019-03'])
    expect(fieldOf(tree, 'date')?.date).toEqual({iso: '2019-03', year: 2019, month: 3})
    expect(paragraphTexts(tree)).toEqual(['De gemeenteraad stemde gisteren in.', 'Daarna was het stil.'])
    expect(messages).toEqual([])
  })

  it('keeps the space between the header and the same-line body in the root', () => {
    const {tree} = parse(' date 2019-03 De raad stemde in.')
    expect(tree.children.map((child) => child.type)).toEqual(['WhiteSpaceNode', 'HeaderNode', 'WhiteSpaceNode', 'SectionNode'])
    expect(fieldOf(tree, 'date')?.position?.start).toEqual({line: 1, column: 7, offset: 6})
  })

  it('reads `date 2019-03` on a line of its own', () => {
    const {tree} = parse('date 2019-03\n\nDe raad stemde in.')
    expect(outline(tree)).toEqual({header: {date: '2019-03'}, sections: [{heading: null, depth: null, paragraphs: 1}]})
  })

  const inlineForms: Array<[string, string, DateValue]> = [
    ['datum 8 maart 2019', '8 maart 2019', {iso: '2019-03-08', year: 2019, month: 3, day: 8}],
    ['date vrijdag 8 maart 2019', 'vrijdag 8 maart 2019', {iso: '2019-03-08', year: 2019, month: 3, day: 8}],
    ['date 08-03-2019', '08-03-2019', {iso: '2019-03-08', year: 2019, month: 3, day: 8}],
    ['date 2019-03-08', '2019-03-08', {iso: '2019-03-08', year: 2019, month: 3, day: 8}],
    [
      'date 2019-03-08T12:30:00+01:00',
      '2019-03-08T12:30:00+01:00',
      {iso: '2019-03-08T12:30:00+01:00', year: 2019, month: 3, day: 8, time: '12:30:00', timezone: '+01:00'}
    ]
  ]
  for (const [line, value, date] of inlineForms) {
    it(`reads \`${line}\` and ends the value where the date ends`, () => {
      const {tree} = parse(`${line} De raad stemde in.\n\nMeer nieuws.`)
      expect(fieldOf(tree, line.split(' ')[0]!)).toMatchObject({value, date})
      expect(paragraphTexts(tree)[0]).toBe('De raad stemde in.')
    })
  }

  it('does not read a word that is not a date field name', () => {
    const {tree} = parse('dag 2019-03 De raad stemde in.')
    expect(headerOf(tree)).toBeUndefined()
  })

  it('does not read a date field name without a date', () => {
    const {tree} = parse('date onbekend. De raad stemde in.')
    expect(headerOf(tree)).toBeUndefined()
    expect(paragraphTexts(tree)).toEqual(['date onbekend. De raad stemde in.'])
  })
})

describe('`name: value` lines', () => {
  const input = 'title: Raad stemt in met plan\ndate: 2019-03-08\nsource: Dagblad van het Oosten\nauthor: Jan Jansen\nurl: https://example.nl/raad\nlang: nl\n\nDe raad stemde in.\n'

  it('reads every field, lower-cased name and value as written', () => {
    const {tree, messages} = parse(input)
    expect(outline(tree).header).toEqual({
      title: 'Raad stemt in met plan',
      date: '2019-03-08',
      source: 'Dagblad van het Oosten',
      author: 'Jan Jansen',
      url: 'https://example.nl/raad',
      lang: 'nl'
    })
    expect(fieldOf(tree, 'date')?.date).toEqual({iso: '2019-03-08', year: 2019, month: 3, day: 8})
    expect(fieldOf(tree, 'title')?.date).toBeUndefined()
    expect(messages).toEqual([])
  })

  it('keeps the name, colon and spaces as siblings of the field, and the line breaks as white space', () => {
    const {tree} = parse('title:  Raad stemt in\ndate : 2019-03\n\nDe raad stemde in.')
    expect(headerLayout(tree)).toEqual([
      'Text:title',
      'Punctuation::',
      'WhiteSpace:  ',
      'Field(title):Raad stemt in',
      'WhiteSpace:\n',
      'Text:date',
      'WhiteSpace: ',
      'Punctuation::',
      'WhiteSpace: ',
      'Field(date):2019-03'
    ])
  })

  it('lower-cases a capitalised known name and keeps it as written in the text', () => {
    const {tree} = parse('Title: Raad\nDate: 2019-03\n\nDe raad stemde in.')
    expect(outline(tree).header).toEqual({title: 'Raad', date: '2019-03'})
    expect(headerLayout(tree)[0]).toBe('Text:Title')
  })

  it('reads unknown lower-case names alongside known ones', () => {
    const {tree} = parse('title: Raad\nregio: Twente\n\nDe raad stemde in.')
    expect(outline(tree).header).toEqual({title: 'Raad', regio: 'Twente'})
  })

  it('ends the header at the blank line', () => {
    const {tree} = parse('title: Raad\n\ndate: 2019-03\n\nDe raad stemde in.')
    expect(outline(tree).header).toEqual({title: 'Raad'})
  })

  it('ends the header at the first line that is not a field, which opens the body', () => {
    const {tree} = parse('date: 2019-03\ntitle: Raad\nDe raad stemde in.\n\nMeer nieuws.')
    expect(outline(tree).header).toEqual({date: '2019-03', title: 'Raad'})
    expect(paragraphTexts(tree)).toEqual(['De raad stemde in.', 'Meer nieuws.'])
  })

  it('reads no header from lines of unknown names only', () => {
    expect(headerOf(parse('foo: bar\n\nDe raad stemde in.').tree)).toBeUndefined()
  })

  it('reads no header from a body line that opens with a capitalised word and a colon', () => {
    const {tree} = parse('Amsterdam: de stad groeit weer.\n\nMeer nieuws.')
    expect(headerOf(tree)).toBeUndefined()
    expect(paragraphTexts(tree)).toEqual(['Amsterdam: de stad groeit weer.', 'Meer nieuws.'])
  })

  it('reads a header without a body', () => {
    const {tree} = parse('title: Alleen een kop\ndate: 2019-03-08\n')
    expect(outline(tree)).toEqual({header: {title: 'Alleen een kop', date: '2019-03-08'}, sections: []})
  })
})

describe('dates', () => {
  const valid: Array<[string, DateValue]> = [
    ['2019', {iso: '2019', year: 2019}],
    ['2019-03', {iso: '2019-03', year: 2019, month: 3}],
    ['2019-03-08', {iso: '2019-03-08', year: 2019, month: 3, day: 8}],
    ['2019-03-08T12:30', {iso: '2019-03-08T12:30', year: 2019, month: 3, day: 8, time: '12:30'}],
    ['2019-03-08T12:30:15Z', {iso: '2019-03-08T12:30:15Z', year: 2019, month: 3, day: 8, time: '12:30:15', timezone: 'Z'}],
    ['2019-03-08T12:30:15+0100', {iso: '2019-03-08T12:30:15+01:00', year: 2019, month: 3, day: 8, time: '12:30:15', timezone: '+01:00'}],
    ['08-03-2019', {iso: '2019-03-08', year: 2019, month: 3, day: 8}],
    ['8/3/2019', {iso: '2019-03-08', year: 2019, month: 3, day: 8}],
    ['8 maart 2019', {iso: '2019-03-08', year: 2019, month: 3, day: 8}],
    ['vrijdag 8 maart 2019', {iso: '2019-03-08', year: 2019, month: 3, day: 8}],
    ['1 Mei 2019', {iso: '2019-05-01', year: 2019, month: 5, day: 1}],
    ['8 mrt. 2019', {iso: '2019-03-08', year: 2019, month: 3, day: 8}],
    ['maart 2019', {iso: '2019-03', year: 2019, month: 3}],
    ['2020-02-29', {iso: '2020-02-29', year: 2020, month: 2, day: 29}]
  ]
  for (const [value, date] of valid) {
    it(`normalises \`date: ${value}\` into fields, keeping the value as written`, () => {
      const {tree, messages} = parse(`date: ${value}\n\nDe raad stemde in.`)
      const field = fieldOf(tree, 'date')
      expect(field?.value).toBe(value)
      expect(field?.date).toEqual(date)
      // JSON values only: a date survives a JSON round trip unchanged.
      expect(JSON.parse(JSON.stringify(field?.date))).toEqual(date)
      expect(messages).toEqual([])
    })
  }

  const invalid = ['2019-13', '2019-00', '31-02-2019', '2019-02-29', '2019-04-31', '32 maart 2019', '2019-03-08T24:00']
  for (const value of invalid) {
    it(`keeps the raw value of the impossible date \`${value}\` and reports it`, () => {
      const {tree, messages} = parse(`date: ${value}\n\nDe raad stemde in.`)
      const field = fieldOf(tree, 'date')
      expect(field?.value).toBe(value)
      expect(field?.date).toBeUndefined()
      expect(messages).toHaveLength(1)
      expect(messages[0]).toMatchObject({ruleId: 'invalid-date', source: 'newsast', fatal: false})
      expect(messages[0]!.place).toEqual(field?.position)
      expect(messages[0]!.reason).toContain(value)
    })
  }

  it('reports the impossible inline date `date 2019-13` and keeps the body', () => {
    const {tree, messages} = parse('date 2019-13 De raad stemde in.')
    expect(fieldOf(tree, 'date')).toMatchObject({value: '2019-13'})
    expect(fieldOf(tree, 'date')?.date).toBeUndefined()
    expect(messages.map((message) => message.ruleId)).toEqual(['invalid-date'])
    expect(paragraphTexts(tree)).toEqual(['De raad stemde in.'])
  })

  it('does not read a date in a field that is not a date field', () => {
    const {tree, messages} = parse('title: 2019-13\n\nDe raad stemde in.')
    expect(fieldOf(tree, 'title')?.date).toBeUndefined()
    expect(messages).toEqual([])
  })
})

describe('the byline', () => {
  it('reads `Door Jan Jansen` at the top of an article', () => {
    const {tree} = parse('Door Jan Jansen\n\nDe raad stemde in.\n\nMeer nieuws.')
    const byline = bylineOf(tree)
    expect(byline).toMatchObject({type: 'BylineNode', name: 'Jan Jansen'})
    expect(byline?.children.map((child) => child.value)).toEqual(['Door', ' ', 'Jan Jansen'])
    expect(paragraphTexts(tree)).toEqual(['De raad stemde in.', 'Meer nieuws.'])
  })

  it('reads a byline after the header fields', () => {
    const {tree} = parse('title: Raad stemt in\n\nDoor Jan Jansen en Piet de Vries\n\nDe raad stemde in.\n\nMeer nieuws.')
    expect(outline(tree).header).toEqual({title: 'Raad stemt in'})
    expect(bylineOf(tree)?.name).toBe('Jan Jansen en Piet de Vries')
  })

  it('does not read a sentence that opens with `Door` as a byline', () => {
    const {tree} = parse('Door de regen viel de wedstrijd uit.\n\nMeer nieuws.')
    expect(bylineOf(tree)).toBeUndefined()
    expect(paragraphTexts(tree)[0]).toBe('Door de regen viel de wedstrijd uit.')
  })

  it('reads `Van onze correspondent Piet Pieters` as a byline', () => {
    const {tree} = parse('Van onze correspondent Piet Pieters\n\nDe raad stemde in.\n\nMeer.')
    expect(bylineOf(tree)?.name).toBe('Piet Pieters')
    expect(outline(tree).header).toEqual({})
  })

  it('reads `Door Jan Jansen` after an inferred headline as the byline, not as a sub-heading', () => {
    const {tree} = parse('Raad stemt in\n\nDoor Jan Jansen\n\nDe raad stemde in.\n\nMeer.')
    expect(outline(tree).header).toEqual({title: 'Raad stemt in'})
    expect(bylineOf(tree)?.name).toBe('Jan Jansen')
    expect(outline(tree).sections).toEqual([{heading: null, depth: null, paragraphs: 2}])
  })
})

describe('the dateline', () => {
  const datelines: Array<[string, string, string | null]> = [
    ['AMSTERDAM (ANP) - ', 'AMSTERDAM', 'ANP'],
    ['PYONGYANG - ', 'PYONGYANG', null],
    ['DEN HAAG - ', 'DEN HAAG', null],
    ['ROTTERDAM (ANP) – ', 'ROTTERDAM', 'ANP']
  ]
  for (const [opening, place, agency] of datelines) {
    it(`reads \`${opening.trim()}\` opening the first paragraph`, () => {
      const {tree} = parse(`${opening}De raad stemde gisteren in.\n\nMeer nieuws.`)
      const dateline = datelineOf(tree)
      expect(dateline).toMatchObject({type: 'DatelineNode', place, agency})
      expect(dateline?.position?.start.offset).toBe(0)
      expect(dateline?.position?.end.offset).toBe(opening.trimEnd().length)
    })
  }

  it('reads a dateline right after the seed’s inline date', () => {
    const {tree} = parse('date 2019-03 AMSTERDAM (ANP) - De raad stemde in.')
    expect(datelineOf(tree)).toMatchObject({place: 'AMSTERDAM', agency: 'ANP'})
  })

  it('reads a dateline only in the first paragraph', () => {
    const {tree} = parse('De raad stemde in.\n\nUTRECHT - Ook daar stemde de raad in.')
    expect(datelineOf(tree)).toBeUndefined()
  })

  it('does not read a capitalised word without the dash as a dateline', () => {
    const {tree} = parse('AMSTERDAM stemde in.\n\nMeer nieuws.')
    expect(datelineOf(tree)).toBeUndefined()
  })
})

describe('the inferred title', () => {
  it('reads a headline-like first block as the title where the header gives none', () => {
    const {tree} = parse('Raad stemt in met nieuw plan\n\nDe raad stemde gisteren in met het plan.')
    expect(outline(tree)).toEqual({
      header: {title: 'Raad stemt in met nieuw plan'},
      sections: [{heading: null, depth: null, paragraphs: 1}]
    })
    expect(fieldOf(tree, 'title')?.position?.start.offset).toBe(0)
  })

  it('adds the title to a header that has fields but no title', () => {
    const {tree} = parse('date 2019-03\n\nRaad stemt in met nieuw plan\n\nDe raad stemde gisteren in.')
    expect(outline(tree).header).toEqual({date: '2019-03', title: 'Raad stemt in met nieuw plan'})
  })

  it('does not replace a title the header gives', () => {
    const {tree} = parse('title: Kop\n\nRaad stemt in met nieuw plan\n\nDe raad stemde gisteren in.')
    expect(fieldsOf(tree).filter((field) => field.name === 'title').map((field) => field.value)).toEqual(['Kop'])
  })

  it('does not read a first block that is a sentence, or the only block, as a title', () => {
    expect(headerOf(parse('De raad stemde in.\n\nMeer nieuws.').tree)).toBeUndefined()
    expect(headerOf(parse('Raad stemt in met nieuw plan').tree)).toBeUndefined()
  })

  it('reads `# Raad stemt in` at the top as the title `Raad stemt in`, without the `#` marker', () => {
    const {tree} = parse('# Raad stemt in\n\nDe raad stemde in.')
    expect(outline(tree).header).toEqual({title: 'Raad stemt in'})
  })
})
