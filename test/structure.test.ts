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
import {headingSignals} from '../src/structure/heading-signals/index.js'

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
    const tree = parse(
      'De raad praatte tot na middernacht over de nieuwe begroting, maar kwam er niet uit.\n\nGesprekken stukgelopen\n\n' +
        'Rond één uur ging de voorzitter met de hamer door het overleg heen. De fracties gaan volgende week verder.\n\n' +
        'Het was een lange avond, waarin de oppositie vooral de bezuinigingen op het buurtwerk aanviel.'
    )
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
    // A question of any length, as explainers print them; an exclamation likewise.
    'Waarom stemde de raad in met dit plan?',
    'Wat een dag was het!',
    'Reactie van de burgemeester',
    // The title of a box of links, its two words alone.
    'Lees ook',
    // A number, symbols or an ellipsis in front are the layout's, not the words'.
    '2. Daarna de begroting',
    '✅ Wat wel werkt',
    '★ Tip van de redactie',
    // A heading in quotes, or ending in a quoted word, as NOS and De Telegraaf print them.
    "'Geen weg terug'",
    '’Onhoudbaar’',
    '„Dit moet echt anders”',
    ",,Nooit meer''",
    "Zorgen over 'proefballon'",
    "'Wat nu?'",
    "'Waarom stemde de raad hiermee in?'"
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
    ['opens with a lower-case letter', 'gesprekken stukgelopen'],
    ['opens with a bullet', '- Gesprekken stukgelopen'],
    ['opens with a bullet symbol', '• Gesprekken stukgelopen'],
    ['opens with a quote mark nothing closes', '"Zo gaat het verder" — Anna de Wit'],
    ['holds a web address', 'Meer weten? Kijk op www.voorbeeld.nl'],
    ['holds a web address after a label', 'Aanmelden via https://voorbeeld.nl/aanmelden'],
    ['holds an e-mail address', 'Vragen aan redactie@voorbeeld.nl'],
    ['is a photo credit', 'Foto: Pieter Jansen'],
    ['is a photo credit with an agency', 'Foto ANP'],
    ['is a copyright line', '© Stichting Voorbeeld'],
    ['is a caption that ends in a photo credit', 'Wethouder Eva Kok bij het nieuwe zwembad. Foto: Jan Bos'],
    ['is a caption whose quote is followed by a photo credit', 'Eva Kok op het erf. ‘Hier hoor ik thuis.’ Foto: Jan Bos'],
    ['points to another page', 'Lees ook: Zwembad opnieuw dicht na lekkage'],
    ['points to a video', 'Bekijk hier de video van de finale'],
    ['is a quoted sentence', '„Dit moet echt anders.”'],
    ['only closes a quote', 'Dit moet echt anders”'],
    ['ends in a closing mark after an apostrophe inside a word', 'Zo’n plan blijft vaag’'],
    ['holds two sentences', 'Het regent. Het waait'],
    ['holds a sentence and then a quoted question', "De rechter vroeg het nog eens. ,,Was er dan niemand?''"],
    ['points to more news', 'Meer nieuws uit de regio'],
    ['is a clause that introduces a quoted question', 'De rechter reageerde droog: “Met precies hetzelfde accent?”'],
    ['holds two questions', 'Heerenveen? Joure?'],
    ['is a quote of two sentences that ends in a full stop', '„Vijf jaar? Dat geloof ik pas als ik het zie.”'],
    ['ends in an ellipsis no later line continues', 'En toen ging het mis...'],
    ['runs over two lines', 'Gesprekken\nstukgelopen']
  ]
  for (const [why, block] of notHeadings) {
    it(`does not read a block that ${why} as a heading`, () => {
      const tree = parse(`De raad stemde in.\n\n${block}\n\nMeer nieuws.`)
      expect(outline(tree).sections).toEqual([{heading: null, depth: null, paragraphs: 3}])
    })
  }

  it('reads a pull quote of two sentences whose words end in no mark as a sub-heading beside other sub-headings', () => {
    const tree = parse('De raad stemde in met het plan voor de brug.\n\n„Het water liep overal”\n\nDe bewoners zijn boos over de vertraging.\n\n„Vijf jaar? Dat geloof ik pas als ik het zie”\n\nDe wethouder wil dat het sneller gaat.')
    expect(outline(tree).sections.map((section) => section.heading)).toEqual([null, '„Het water liep overal”', '„Vijf jaar? Dat geloof ik pas als ik het zie”'])
  })

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

/** Paragraphs of the length news sites print, for the signals that compare a line with them. */
const paragraphs = [
  'De gemeenteraad van Zuidwolde stemde dinsdagavond in met het plan voor een nieuw zwembad aan de rand van het dorp. De bouw begint volgend voorjaar en moet anderhalf jaar duren.',
  'Het oude bad aan de Kerkstraat sluit zodra het nieuwe opengaat. Over de bestemming van dat gebouw beslist de raad pas later dit jaar, na een ronde langs de buurtbewoners.',
  'De kosten vallen hoger uit dan eerst begroot, vooral door de gestegen prijzen van staal en beton. De wethouder rekent op een bijdrage van de provincie om het verschil te dekken.',
  'Zwemverenigingen uit de omgeving reageren opgelucht. Zij konden de afgelopen jaren maar op een paar avonden per week terecht in het verouderde bad, dat vaak kampte met storingen.'
]
const [first, second, third, fourth] = paragraphs as [string, string, string, string]

function article(...blocks: string[]): Root {
  return parse(blocks.join('\n\n'))
}

function headings(tree: Root): Array<string | null> {
  return outline(tree).sections.map((section) => section.heading)
}

describe('heading signals that read the neighbours', () => {
  it('reads a question answered by a quote as an interviewer’s question (a paragraph)', () => {
    const tree = article(first, 'Wanneer kunnen de eerste zwemmers erin?', '„Als alles meezit in de zomer van volgend jaar.”', second)
    expect(headings(tree)).toEqual([null])
  })

  it('reads a question answered by a quote as a sub-heading after an earlier sub-heading', () => {
    const tree = article(first, 'De kosten', second, 'Wie betaalt het verschil?', '„Dat zoeken we nog uit”, zegt de wethouder.', third)
    expect(headings(tree)).toEqual([null, 'De kosten', 'Wie betaalt het verschil?'])
  })

  it('reads a question right after a sub-heading, answered by a quote, as a paragraph', () => {
    const tree = article(first, 'De kosten', 'Wie betaalt het verschil?', '„Dat zoeken we nog uit”, zegt de wethouder.', third)
    expect(headings(tree)).toEqual([null, 'De kosten'])
  })

  it('reads a question before another sub-heading as the close of its section', () => {
    const tree = article(first, second, 'Maar hoe lang houdt het dorp dat vol?', 'Nieuwe plannen', third)
    expect(headings(tree)).toEqual([null, 'Nieuwe plannen'])
  })

  it('reads a question followed by a list as a heading', () => {
    const tree = article(first, 'Wat neem je mee naar het nieuwe bad?', '- Een handdoek', second, 'Welke stappen volgen nog?', '1. De aanbesteding', '2. De bouw', third)
    expect(headings(tree)).toEqual([null, 'Wat neem je mee naar het nieuwe bad?', 'Welke stappen volgen nog?'])
  })

  it('reads a question before a quoted crosshead as the close of its section', () => {
    const tree = article(first, second, 'Maar hoe lang houdt het dorp dat vol?', "'Geen weg terug'", third)
    expect(headings(tree)).toEqual([null, "'Geen weg terug'"])
  })

  it('reads a line followed only by closing lines as a paragraph (a signature above a credit)', () => {
    const tree = article(first, second, 'Marieke de Boer', 'Foto: Sander Kok')
    expect(headings(tree)).toEqual([null])
  })

  it('reads numbered lines with text between them as numbered sub-headings', () => {
    const tree = article(first, '1. Eerst het bad', second, '2) Dan het oude gebouw', third)
    expect(headings(tree)).toEqual([null, '1. Eerst het bad', '2) Dan het oude gebouw'])
  })

  it('reads numbered lines that follow one another as a list (paragraphs)', () => {
    const tree = article(first, '1. Eerst het bad', '2. Dan het oude gebouw', '3. Tot slot de weg', second)
    expect(headings(tree)).toEqual([null])
  })

  it('reads a heading that ends in an ellipsis, and the one that continues it, as sub-headings', () => {
    const tree = article(first, 'Eerst een nieuw bad…', second, '… en dan een nieuwe sporthal', third)
    expect(headings(tree)).toEqual([null, 'Eerst een nieuw bad…', '… en dan een nieuwe sporthal'])
  })

  const long = 'Waarom een nieuw zwembad goedkoper uitvalt dan het oude nog tien jaar openhouden'

  it('reads a long line beside other sub-headings as a sub-heading', () => {
    const tree = article(first, 'De kosten', second, long, third, fourth)
    expect(headings(tree)).toEqual([null, 'De kosten', long])
  })

  it('reads a long line in an article without other sub-headings as a paragraph', () => {
    const tree = article(first, second, long, third, fourth)
    expect(headings(tree)).toEqual([null])
  })

  it('compares a line only with an article of three paragraphs or more', () => {
    const tree = article(first, long, second)
    expect(headings(tree)).toEqual([null, long])
  })
})

describe('the heading signals', () => {
  it('are listed in docs/newsast.md § Heading in the order the code runs them', () => {
    const docs = readFileSync(resolve(import.meta.dirname, '../docs/newsast.md'), 'utf8')
    const section = docs.slice(docs.indexOf('### `Heading`'), docs.indexOf('### `Paragraph`'))
    const listed = [...section.matchAll(/^\d+\.\s+`([a-z-]+)`:/gm)].map((match) => match[1])
    expect(listed).toEqual(headingSignals.map((signal) => signal.name))
  })
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
