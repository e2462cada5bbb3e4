/**
 * Quotes (issue 3): one fixture per phenomenon in `fixtures/quote-*`, each with the records a
 * careful reader expects: every mark style, apostrophes that are no quotes, nesting, quotes over
 * several sentences and paragraphs, unclosed and stray marks, headings, and the three kinds.
 */
import {describe, expect, it} from 'vitest'
import {checkCase, findAll, load} from './util/quote-fixtures.js'

checkCase('quote-marks-typographic', {
  quotes: [
    {
      span: '„De werkzaamheden duren zeker twee jaar”',
      text: 'De werkzaamheden duren zeker twee jaar',
      kind: 'direct',
      said: {speaker: 'Sandra Kok', method: 'cue', cue: 'zegt', mention: 'Sandra Kok'}
    },
    {
      span: '“We houden de weg zoveel mogelijk open.”',
      text: 'We houden de weg zoveel mogelijk open.',
      kind: 'direct',
      said: {speaker: 'Sandra Kok', method: 'carry-over', cue: null, mention: null}
    },
    {
      span: '‘Dat beloven ze altijd’',
      text: 'Dat beloven ze altijd',
      kind: 'direct',
      said: {speaker: 'Gerrit Smit', method: 'pronoun', cue: 'zegt', mention: 'hij'}
    },
    {
      span: '‚Maar de vrachtwagens rijden straks gewoon door onze straat.’',
      text: 'Maar de vrachtwagens rijden straks gewoon door onze straat.',
      kind: 'direct',
      said: {speaker: 'Gerrit Smit', method: 'carry-over', cue: null, mention: null}
    },
    {
      span: '«Wij kunnen hiervan veel leren.»',
      text: 'Wij kunnen hiervan veel leren.',
      kind: 'direct',
      said: {speaker: 'Claire Dubois', method: 'colon', cue: 'zegt', mention: 'Claire Dubois'},
      // The unknown role word `Ingenieur` at the sentence start is read as part of the name.
    },
    {
      span: '‹Het is een goed voorbeeld voor andere landen.›',
      text: 'Het is een goed voorbeeld voor andere landen.',
      kind: 'direct',
      said: {speaker: 'Luc Martin', method: 'colon', cue: null, mention: 'Luc Martin'}
    }
  ],
  messages: []
})

checkCase('quote-marks-ascii', {
  quotes: [
    {
      span: ",,Het was elke zondag druk''",
      text: 'Het was elke zondag druk',
      kind: 'direct',
      said: {speaker: 'Marloes Peters', method: 'cue', cue: 'zegt', mention: 'Marloes Peters'}
    },
    {
      span: ',,Vooral gezinnen met jonge kinderen kwamen langs."',
      text: 'Vooral gezinnen met jonge kinderen kwamen langs.',
      kind: 'direct',
      said: {speaker: 'Marloes Peters', method: 'carry-over', cue: null, mention: null}
    },
    {
      span: '"Ik vind het mooi werk"',
      text: 'Ik vind het mooi werk',
      kind: 'direct',
      said: {speaker: 'Ahmed Yilmaz', method: 'pronoun', cue: 'zegt', mention: 'hij'}
    },
    {
      span: "'Nu kan ik eindelijk in het weekend boeken lenen'",
      text: 'Nu kan ik eindelijk in het weekend boeken lenen',
      kind: 'direct',
      said: {speaker: 'Ans de Wit', method: 'pronoun', cue: 'zegt', mention: 'ze'}
    }
  ],
  messages: []
})

checkCase('quote-mixed-pair', {
  quotes: [
    {
      span: `"We zijn er heel blij mee'`,
      text: 'We zijn er heel blij mee',
      kind: 'direct',
      said: {speaker: 'Erik Jansen', method: 'cue', cue: 'zegt', mention: 'Erik Jansen'}
    },
    {
      span: "'Hij rijdt als een zonnetje''",
      text: 'Hij rijdt als een zonnetje',
      kind: 'direct',
      said: {speaker: 'Tom Visser', method: 'pronoun', cue: 'zegt', mention: 'hij'}
    }
  ],
  messages: ['mismatched-quote', 'mismatched-quote']
})

checkCase('quote-apostrophes', {
  quotes: [
    {
      span: `"'t Is gewoon hard werken"`,
      text: "'t Is gewoon hard werken",
      kind: 'direct',
      said: {speaker: 'Hans Koster', method: 'cue', cue: 'zegt', mention: 'Hans Koster'}
    },
    {
      span: `"Ik sta d'r elke ochtend om zeven uur, met m'n eerste koffie."`,
      text: "Ik sta d'r elke ochtend om zeven uur, met m'n eerste koffie.",
      kind: 'direct',
      said: {speaker: 'Hans Koster', method: 'carry-over', cue: null, mention: null}
    }
  ],
  messages: []
})

checkCase('quote-apostrophes-in-single-quotes', {
  quotes: [
    {
      span: "'Klaas' oude Volvo staat hier al sinds de jaren '90'",
      text: "Klaas' oude Volvo staat hier al sinds de jaren '90",
      kind: 'direct',
      said: {speaker: 'Thijs Bos', method: 'pronoun', cue: 'zegt', mention: 'hij'},
      wrong: {missing: "only `'Klaas'` is found"}
    },
    {
      span: "'Die auto's maken ze niet meer.'",
      text: "Die auto's maken ze niet meer.",
      kind: 'direct',
      said: {speaker: 'Thijs Bos', method: 'carry-over', cue: null, mention: null}
    }
  ],
  messages: [],
  // The possessive `Klaas'` closes the quote it is in: `'Klaas'` becomes a scare quote and the rest is lost.
  wrong: "`'Klaas'` is paired as a quote of its own"
})

checkCase('quote-elision-after-open-mark', {
  quotes: [
    {
      span: "''s Winters is het hier doodstil'",
      text: "'s Winters is het hier doodstil",
      kind: 'direct',
      said: {speaker: 'Gerda Mol', method: 'pronoun', cue: 'zegt', mention: 'ze'}
    },
    {
      span: "'Dan zie je geen toerist.'",
      text: 'Dan zie je geen toerist.',
      kind: 'direct',
      said: {speaker: 'Gerda Mol', method: 'carry-over', cue: null, mention: null}
    },
    {
      span: "''t Is hier nog altijd prachtig'",
      text: "'t Is hier nog altijd prachtig",
      kind: 'direct',
      said: {speaker: 'Gerda Mol', method: 'pronoun', cue: 'zegt', mention: 'ze'}
    }
  ],
  messages: []
})

checkCase('quote-nested', {
  quotes: [
    {
      span: '„Het kabinet noemt dit ‘solidariteit’, maar de rekening ligt bij de burger. Dat moeten we eerlijk zeggen.”',
      text: 'Het kabinet noemt dit ‘solidariteit’, maar de rekening ligt bij de burger. Dat moeten we eerlijk zeggen.',
      kind: 'direct',
      said: {speaker: 'Sophie de Graaf', method: 'colon', cue: 'zei', mention: 'Sophie de Graaf'}
    },
    {span: '‘solidariteit’', text: 'solidariteit', kind: 'scare', nested: true, said: {speaker: null, method: null, cue: null, mention: null}},
    {
      span: '„Ik laat me niet wegzetten als ‘de minister van de cadeautjes’”',
      text: 'Ik laat me niet wegzetten als ‘de minister van de cadeautjes’',
      kind: 'direct',
      said: {speaker: 'Van Dijk', method: 'pronoun', cue: 'zei', mention: 'hij'}
    },
    {
      span: '‘de minister van de cadeautjes’',
      text: 'de minister van de cadeautjes',
      kind: 'scare',
      nested: true,
      said: {speaker: null, method: null, cue: null, mention: null}
    }
  ],
  messages: []
})

checkCase('quote-multi-paragraph-reopened', {
  quotes: [
    {
      span:
        '„Dit gebouw is van alle inwoners. Iedereen is hier welkom, ook als u alleen een kop koffie wilt drinken.\n\n' +
        '„We hebben lang gewacht op deze dag. De verbouwing duurde langer dan gepland en kostte meer dan gehoopt.\n\n' +
        '„Maar het resultaat mag er zijn. Ik ben trots op iedereen die eraan heeft meegewerkt.”',
      text:
        'Dit gebouw is van alle inwoners. Iedereen is hier welkom, ook als u alleen een kop koffie wilt drinken.\n\n' +
        'We hebben lang gewacht op deze dag. De verbouwing duurde langer dan gepland en kostte meer dan gehoopt.\n\n' +
        'Maar het resultaat mag er zijn. Ik ben trots op iedereen die eraan heeft meegewerkt.',
      kind: 'direct',
      said: {speaker: 'Linda Hoekstra', method: 'introduction', cue: 'zei', mention: 'Linda Hoekstra'}
    }
  ],
  messages: []
})

checkCase('quote-multi-paragraph-closed-later', {
  quotes: [
    {
      span:
        '„Het was geen makkelijke keuze. Mijn vader en opa hebben hier ook gemolken.\n\n' +
        'Maar de regels worden steeds strenger en mijn kinderen willen het bedrijf niet overnemen. Dan houdt het op.”',
      text:
        'Het was geen makkelijke keuze. Mijn vader en opa hebben hier ook gemolken.\n\n' +
        'Maar de regels worden steeds strenger en mijn kinderen willen het bedrijf niet overnemen. Dan houdt het op.',
      kind: 'direct',
      // The introduction names him with a pronoun: the pronoun rule decides.
      said: {speaker: 'Willem Bakker', method: 'pronoun', cue: 'vertelt', mention: 'Hij'}
    }
  ],
  messages: []
})

checkCase('quote-unclosed', {
  quotes: [
    {
      span: '„Dit is een mooie dag voor de stad, zei ze tijdens de opening.',
      text: 'Dit is een mooie dag voor de stad, zei ze tijdens de opening.',
      kind: 'direct',
      // The cue was swallowed by the unclosed quote: only the speaker is certain.
      said: {speaker: 'Anke Dijkstra'}
    }
  ],
  messages: ['unclosed-quote']
})

checkCase('quote-stray-close', {quotes: [], messages: ['unopened-quote']})

checkCase('quote-in-heading', {
  quotes: [
    {span: '‘geheim’', text: 'geheim', kind: 'scare', said: {speaker: null, method: null, cue: null, mention: null}},
    {
      span: '„Het is gewoon vakwerk en geduld”',
      text: 'Het is gewoon vakwerk en geduld',
      kind: 'direct',
      said: {speaker: 'Joost Meijer', method: 'cue', cue: 'zegt', mention: 'Meijer'}
    }
  ],
  messages: []
})

checkCase('quote-across-sentences', {
  quotes: [
    {
      span: '„het vervoermiddel van de toekomst is. Niet alleen in de stad, maar ook op het platteland.”',
      text: 'het vervoermiddel van de toekomst is. Niet alleen in de stad, maar ook op het platteland.',
      kind: 'partial',
      said: {speaker: 'Monique van Rijn', method: 'cue', cue: 'zegt', mention: 'Monique van Rijn'},
      // `zegt dat …` before the quote is not seen once the quote runs past its sentence.
    }
  ],
  messages: []
})

checkCase('quote-kind-direct', {
  quotes: [
    {
      span: '„Buurtpreventie werkt echt”',
      text: 'Buurtpreventie werkt echt',
      kind: 'direct',
      said: {speaker: 'Tim de Jong', method: 'cue', cue: 'zegt', mention: 'Tim de Jong'}
    },
    {
      span: '„Mensen letten beter op elkaar.”',
      text: 'Mensen letten beter op elkaar.',
      kind: 'direct',
      said: {speaker: 'Tim de Jong', method: 'carry-over', cue: null, mention: null}
    },
    {
      span: '„Liever een keer te veel dan te weinig.”',
      text: 'Liever een keer te veel dan te weinig.',
      kind: 'direct',
      said: {speaker: 'Tim de Jong', method: 'carry-over', cue: null, mention: null}
    }
  ],
  messages: []
})

checkCase('quote-kind-partial', {
  quotes: [
    {
      span: '„te duur en te onzeker”',
      text: 'te duur en te onzeker',
      kind: 'partial',
      said: {speaker: 'Fleur Bos', method: 'cue', cue: 'Volgens', mention: 'Fleur Bos'}
    },
    {
      span: '„een gemiste kans voor de stad”',
      text: 'een gemiste kans voor de stad',
      kind: 'partial',
      said: {speaker: 'Pieter Groot', method: 'cue', cue: 'sprak', mention: 'Pieter Groot'}
    },
    {
      span: '„zeker niet uit het oog”',
      text: 'zeker niet uit het oog',
      kind: 'partial',
      said: {speaker: 'Fleur Bos', method: 'cue', cue: 'zei', mention: 'Bos'}
    }
  ],
  messages: []
})

checkCase('quote-kind-scare', {
  quotes: [
    {span: '‘Thuis in Nederland’', text: 'Thuis in Nederland', kind: 'scare', said: {speaker: null, method: null, cue: null, mention: null}},
    {
      span: '‘flexwoningen’',
      text: 'flexwoningen',
      kind: 'scare',
      // A one-word term with no cue; the cabinet, which only acts, is not talking.
      said: {speaker: null, method: null, cue: null, mention: null}
    },
    {span: '‘tijdelijke’', text: 'tijdelijke', kind: 'scare', said: {speaker: null, method: null, cue: null, mention: null}},
    {
      span: '‘luchtkasteel’',
      text: 'luchtkasteel',
      kind: 'scare',
      // A nickname after the noun it names (`de bijnaam ‘…’`) is a term.
      said: {speaker: null, method: null, cue: null, mention: null}
    }
  ],
  messages: []
})

describe('quote placement in the tree', () => {
  it('keeps each mark style as the QuoteNode’s marks', () => {
    const marks = (name: string) => findAll(load(name).tree, 'QuoteNode').map(({node}) => node['marks'])
    expect(marks('quote-marks-typographic')).toEqual([
      {open: '„', close: '”'},
      {open: '“', close: '”'},
      {open: '‘', close: '’'},
      {open: '‚', close: '’'},
      {open: '«', close: '»'},
      {open: '‹', close: '›'}
    ])
    expect(marks('quote-marks-ascii')).toEqual([
      {open: ',,', close: "''"},
      {open: ',,', close: '"'},
      {open: '"', close: '"'},
      {open: "'", close: "'"}
    ])
    expect(marks('quote-mixed-pair')).toEqual([
      {open: '"', close: "'"},
      {open: "'", close: "''"}
    ])
  })

  it('places a nested quote inside its outer QuoteNode', () => {
    const quotes = findAll(load('quote-nested').tree, 'QuoteNode')
    const nested = quotes.filter(({node}) => node['nested'] === true)
    expect(nested).toHaveLength(2)
    for (const {ancestors} of nested) expect(ancestors.some((ancestor) => ancestor.type === 'QuoteNode')).toBe(true)
  })

  it('splits a quote over three paragraphs into parts that share one identifier', () => {
    const parts = findAll(load('quote-multi-paragraph-reopened').tree, 'QuoteNode')
    expect(parts.map(({node, ancestors}) => [node['identifier'], node['part'], node['marks'], ancestors.at(-1)?.type])).toEqual([
      ['q1', 0, {open: '„', close: null}, 'ParagraphNode'],
      ['q1', 1, {open: '„', close: null}, 'ParagraphNode'],
      ['q1', 2, {open: '„', close: '”'}, 'ParagraphNode']
    ])
  })

  it('continues a quote into a paragraph with no reopening mark', () => {
    const parts = findAll(load('quote-multi-paragraph-closed-later').tree, 'QuoteNode')
    expect(parts.map(({node}) => [node['identifier'], node['part'], node['marks']])).toEqual([
      ['q1', 0, {open: '„', close: null}],
      ['q1', 1, {open: null, close: '”'}]
    ])
  })

  it('runs an unclosed quote to the end of its paragraph, and reports it at the opening mark', () => {
    const {value, quotes, messages} = load('quote-unclosed')
    const open = value.indexOf('„')
    expect(quotes[0]?.position.start.offset).toBe(open)
    expect(quotes[0]?.position.end.offset).toBe(value.indexOf('\n', open))
    expect(messages[0]?.place).toMatchObject({start: {offset: open}})
  })

  it('reports a stray closing mark where it is', () => {
    const {value, messages} = load('quote-stray-close')
    expect(messages[0]?.place).toMatchObject({start: {offset: value.indexOf('”')}})
  })

  it('gives a sub-heading’s quote a QuoteNode, but not the title field’s', () => {
    const {tree} = load('quote-in-heading')
    const quotes = findAll(tree, 'QuoteNode')
    expect(quotes.filter(({ancestors}) => ancestors.some((ancestor) => ancestor.type === 'HeaderNode'))).toEqual([])
    const inHeading = quotes.filter(({ancestors}) => ancestors.some((ancestor) => ancestor.type === 'HeadingNode'))
    expect(inHeading.map(({node}) => node['kind'])).toEqual(['scare'])
    const title = findAll(tree, 'FieldNode').find(({node}) => node['name'] === 'title')
    expect(title?.node['value']).toBe('Bakker wint prijs voor „beste brood van het land”')
  })

  it('puts a quote inside one sentence in that sentence', () => {
    const quotes = findAll(load('quote-kind-partial').tree, 'QuoteNode')
    expect(quotes.map(({ancestors}) => ancestors.at(-1)?.type)).toEqual(['SentenceNode', 'SentenceNode', 'SentenceNode'])
  })

  it('makes a quote that crosses sentences a child of the paragraph that holds sentences', () => {
    const [quote] = findAll(load('quote-across-sentences').tree, 'QuoteNode')
    expect(quote?.ancestors.at(-1)?.type).toBe('ParagraphNode')
    const children = (quote?.node['children'] ?? []) as Array<{type: string}>
    expect(children.filter((child) => child.type === 'SentenceNode')).toHaveLength(2)
  })
})

describe('doubled single marks', () => {
  it('`’’`, `‘‘` and `‚‚` stand for a double mark, as `\'\'` and `,,` do', async () => {
    const {fromNews, listQuotes} = await import('../src/index.js')
    const value = '„We gaan door’’, zegt Rosa Maas. ‚‚Echt’’, zegt ze. ‘‘Zo’’, zei hij.'
    expect(listQuotes(fromNews(value)).map((record) => record.text)).toEqual(['We gaan door', 'Echt', 'Zo'])
  })
})
