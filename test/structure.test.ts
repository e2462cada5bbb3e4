/**
 * The body's structure: sections, sub-headings (plain and Markdown), paragraphs, and the
 * nlcst content of paragraphs; and the seed article's outline.
 */
import {readFileSync} from 'node:fs'
import {resolve} from 'node:path'
import type {Nodes} from 'nlcst'
import {toString} from 'nlcst-to-string'
import retextDutch from 'retext-dutch'
import {unified} from 'unified'
import {describe, expect, it} from 'vitest'
import {fromNews, type Root} from '../src/index.js'
import {treeProblems, walk} from './util/check-tree.js'
import {fieldOf, headingOf, outline, paragraphTexts, sectionsOf} from './util/outline.js'

const seedPath = resolve(import.meta.dirname, '../fixtures/noord-korea-2019-03.txt')

function parse(value: string): Root {
  const tree = fromNews(value)
  expect(treeProblems(value, tree)).toEqual([])
  return tree
}

/** A copy of a tree without positions, to compare shapes. */
function withoutPositions(node: Nodes): unknown {
  return JSON.parse(JSON.stringify(node, (key, value: unknown) => (key === 'position' ? undefined : value)))
}

describe('the seed article', () => {
  const seed = readFileSync(seedPath, 'utf8')
  const tree = parse(seed)

  it('reads the header field date = 2019-03 (year 2019, month 3)', () => {
    expect(outline(tree).header).toEqual({date: '2019-03'})
    expect(fieldOf(tree, 'date')?.date).toEqual({iso: '2019-03', year: 2019, month: 3})
  })

  it('has 2 sections: 3 paragraphs without a heading, then “Gesprekken stukgelopen” and 4 paragraphs', () => {
    expect(outline(tree).sections).toEqual([
      {heading: null, depth: null, paragraphs: 3},
      {heading: 'Gesprekken stukgelopen', depth: 2, paragraphs: 4}
    ])
  })

  it('starts the body right after the date, on the header’s line', () => {
    expect(paragraphTexts(tree)[0]).toMatch(/^De Noord-Koreaanse leider Kim Jong-un besluit/)
  })

  it('keeps the white space between blocks in the tree', () => {
    expect(tree.children.map((child) => child.type)).toEqual([
      'WhiteSpaceNode',
      'HeaderNode',
      'WhiteSpaceNode',
      'SectionNode',
      'WhiteSpaceNode',
      'SectionNode'
    ])
  })
})

describe('sub-headings', () => {
  it('reads a short line on its own, without sentence-final punctuation, as a heading that opens a section', () => {
    const tree = parse('De raad stemde in.\n\nGesprekken stukgelopen\n\nDaarna ging men naar huis.\n\nHet was laat.')
    expect(outline(tree).sections).toEqual([
      {heading: null, depth: null, paragraphs: 1},
      {heading: 'Gesprekken stukgelopen', depth: 2, paragraphs: 2}
    ])
  })

  it('gives a heading nlcst content (sentences and words)', () => {
    const tree = parse('De raad stemde in.\n\nGesprekken stukgelopen\n\nMeer nieuws.')
    const heading = headingOf(sectionsOf(tree)[1]!)!
    const types: string[] = []
    walk(heading, (node) => void types.push(node.type))
    expect(types).toContain('SentenceNode')
    expect(types).toContain('WordNode')
  })

  const headings = [
    '2019 in cijfers',
    'Kop!',
    'Tegenhanger?',
    'Reactie van de burgemeester',
    // A heading in quotes, or ending in a quoted word, as NOS and De Telegraaf print them.
    "'Geen weg terug'",
    '’Onhoudbaar’',
    '„Dit moet echt anders”',
    ",,Nooit meer''",
    "Zorgen over 'proefballon'",
    "'Wat nu?'"
  ]
  for (const heading of headings) {
    it(`reads \`${heading}\` as a sub-heading`, () => {
      const tree = parse(`De raad stemde in.\n\n${heading}\n\nMeer nieuws.`)
      expect(outline(tree).sections.map((section) => section.heading)).toEqual([null, heading])
    })
  }

  const notHeadings: Array<[string, string]> = [
    ['ends in a full stop', 'Gesprekken stukgelopen.'],
    ['ends in a colon', 'De cijfers:'],
    ['is a longer question', 'Waarom stemde de raad in met dit plan?'],
    ['is a longer exclamation', 'Wat een dag was het!'],
    ['opens with a lower-case letter', 'gesprekken stukgelopen'],
    ['has more than 12 words', 'Een kop van dertien woorden is veel te lang om nog een kop te zijn'],
    ['is a quoted sentence', '„Dit moet echt anders.”'],
    ['is a longer quoted question', "'Waarom stemde de raad hiermee in?'"],
    ['only closes a quote', 'Dit moet echt anders”'],
    ['ends in a closing mark after an apostrophe inside a word', 'Zo’n plan blijft vaag’'],
    ['holds two sentences', 'Het regent. Het waait'],
    ['runs over two lines', 'Gesprekken\nstukgelopen']
  ]
  for (const [why, block] of notHeadings) {
    it(`does not read a block that ${why} as a heading`, () => {
      const tree = parse(`De raad stemde in.\n\n${block}\n\nMeer nieuws.`)
      expect(outline(tree).sections).toEqual([{heading: null, depth: null, paragraphs: 3}])
    })
  }

  it('does not read the last block as a heading', () => {
    const tree = parse('De raad stemde in.\n\nTot slot')
    expect(outline(tree).sections).toEqual([{heading: null, depth: null, paragraphs: 2}])
  })

  it('gives a heading followed by another heading a section of its own', () => {
    const tree = parse('De raad stemde in.\n\nEerste kop\n\nTweede kop\n\nMeer nieuws.')
    expect(outline(tree).sections).toEqual([
      {heading: null, depth: null, paragraphs: 1},
      {heading: 'Eerste kop', depth: 2, paragraphs: 0},
      {heading: 'Tweede kop', depth: 2, paragraphs: 1}
    ])
  })

  // `Dr.` reads as the end of a sentence (the `[.!?] \p{Lu}` rule), so a short line with an
  // abbreviation is a paragraph; parse-dutch itself knows `Dr.` is no sentence end.
  it.todo('reads `Dr. Jansen reageert` as a sub-heading')
})

describe('Markdown headings', () => {
  it('reads `#` to `######` as headings of that depth', () => {
    const tree = parse('De raad stemde in.\n\n# Een\n\nTekst.\n\n## Twee\n\nTekst.\n\n###### Zes\n\nTekst.')
    expect(outline(tree).sections).toEqual([
      {heading: null, depth: null, paragraphs: 1},
      {heading: '# Een', depth: 1, paragraphs: 1},
      {heading: '## Twee', depth: 2, paragraphs: 1},
      {heading: '###### Zes', depth: 6, paragraphs: 1}
    ])
  })

  it('reads a Markdown heading even as the last block, or ending in a full stop', () => {
    const tree = parse('De raad stemde in.\n\n## Tot slot.')
    expect(outline(tree).sections.map((section) => section.depth)).toEqual([null, 2])
  })

  it('does not read `#` without a space, or seven `#`, as a Markdown heading', () => {
    const tree = parse('De raad stemde in.\n\n#geenkop is een hashtag.\n\n####### Zeven\n\nTekst.')
    expect(outline(tree).sections.map((section) => section.depth)).toEqual([null])
  })
})

describe('paragraphs', () => {
  it('splits blocks on blank lines, and on lines of white space only', () => {
    const tree = parse('Een.\n\nTwee.\n \t \nDrie.\n\u00a0\nVier.\r\n\r\nVijf.\r\rZes.')
    expect(paragraphTexts(tree)).toEqual(['Een.', 'Twee.', 'Drie.', 'Vier.', 'Vijf.', 'Zes.'])
  })

  it('keeps lines without a blank line between them in one paragraph', () => {
    const tree = parse('Een regel.\nNog een regel.\r\nEn nog een.')
    expect(paragraphTexts(tree)).toEqual(['Een regel.\nNog een regel.\r\nEn nog een.'])
  })

  it('keeps the white space between paragraphs in the section', () => {
    const tree = parse('Een.\n\n\n  \nTwee.')
    const section = sectionsOf(tree)[0]!
    expect(section.children.map((child) => child.type)).toEqual(['ParagraphNode', 'WhiteSpaceNode', 'ParagraphNode'])
    expect(toString(section.children[1]!)).toBe('\n\n\n  \n')
  })

  it('makes one section without a heading for text with no sub-heading', () => {
    const tree = parse('Een.\n\nTwee.\n\nDrie.')
    expect(outline(tree)).toEqual({header: {}, sections: [{heading: null, depth: null, paragraphs: 3}]})
  })

  it('makes no sections for white space only', () => {
    const tree = parse('\n \n\t\n')
    expect(tree.children.map((child) => child.type)).toEqual(['WhiteSpaceNode'])
  })

  it('holds sentences exactly as retext-dutch produces them', () => {
    const text = 'Dr. Jansen zei gisteren dat het 3,5 procent was. Hij lachte! Zie www.example.nl voor meer, o.a. de cijfers.'
    const tree = parse(`De raad stemde in.\n\n${text}`)
    const section = sectionsOf(tree)[0]!
    const paragraph = section.children.filter((child) => child.type === 'ParagraphNode')[1]!
    const expected = unified().use(retextDutch).parse(text).children[0]!
    expect(withoutPositions(paragraph)).toEqual(withoutPositions(expected))
  })
})
