/**
 * fast-check generators for the property tests: arbitrary full-Unicode text, and text shaped
 * like a Dutch news article (header lines, headings, paragraphs with quotes of every style,
 * apostrophes, cue words and names). The words are the project's own.
 */
import fc from 'fast-check'

/** Every quote mark the parser knows, including the straight ASCII runs. */
export const quoteMarks: readonly string[] = ['„', '“', '”', '‘', '’', '‚', '«', '»', '‹', '›', ',,', "''", '"', "'"]

/** Pairs of marks as styles use them, to make real quotations likely. */
const quoteStyles: ReadonlyArray<readonly [string, string]> = [
  ['„', '”'],
  ['„', '“'],
  ['“', '”'],
  ['‘', '’'],
  ['‚', '‘'],
  ['«', '»'],
  ['»', '«'],
  ['‹', '›'],
  [',,', "''"],
  ["''", "''"],
  ['"', '"'],
  ["'", "'"],
  ['”', '”']
]

const awkwardUnits: readonly string[] = [
  '\0',
  '\uFEFF',
  '\r',
  '\n',
  '\r\n',
  '\n\r',
  '\t',
  ' ',
  '\u00A0',
  '\u2028',
  '\u200B',
  '\uD800',
  '\uDBFF',
  '\uDC00',
  '\uDFFF',
  '😀',
  'e\u0301',
  '\u202E',
  '\uFFFD',
  '.',
  ':',
  '-',
  '#',
  ...quoteMarks
]

/**
 * One unit of arbitrary text: any code point (lone surrogates included, as
 * `String.fromCodePoint` makes them), weighted towards ASCII and the characters that matter.
 */
const unicodeUnit: fc.Arbitrary<string> = fc.oneof(
  {weight: 3, arbitrary: fc.integer({min: 0, max: 0x10_ffff}).map((code) => String.fromCodePoint(code))},
  {weight: 2, arbitrary: fc.integer({min: 0xd800, max: 0xdfff}).map((code) => String.fromCharCode(code))},
  {weight: 4, arbitrary: fc.integer({min: 0, max: 0x7f}).map((code) => String.fromCharCode(code))},
  {weight: 3, arbitrary: fc.constantFrom(...awkwardUnits)},
  {weight: 3, arbitrary: fc.constantFrom('a', 'e', 'Z', 'é', 'ij', 'woord', ' ', ' ')}
)

/** Arbitrary full-Unicode strings: lone surrogates, NUL, BOM, CR/LF/CRLF mixes. */
export const unicodeText: fc.Arbitrary<string> = fc.string({unit: unicodeUnit, maxLength: 200, size: 'medium'})

const names = ['Choe Son-hui', 'Choe', 'Mark Rutte', 'Jan de Vries', 'Els van den Berg', 'Kim', 'de minister', 'een woordvoerder van de politie', 'ANP', 'zij', 'hij']
const cues = ['zei', 'aldus', 'volgens', 'zegt', 'liet weten', 'verklaarde', 'benadrukte', 'schrijft', 'vertelde', 'voegde toe']
const words = [
  'het',
  'de',
  'kabinet',
  'wil',
  'dat',
  'niet',
  'een',
  'plan',
  'met',
  'geld',
  'vandaag',
  'Den Haag',
  '13,5',
  'procent',
  "auto's",
  "'s avonds",
  'zo’n',
  '’t',
  "'80",
  "'s-Hertogenbosch",
  'jaren ’90',
  'VS',
  'Noord-Korea',
  'e-mail'
]
const punctuation = ['.', ',', ':', ';', '?', '!', ' -', ' –', '…', '(', ')', '/', '...']
const spacing = [' ', ' ', ' ', ' ', '', '\n', '\t', '\u00A0']

/** A run of words, names, cues, marks and punctuation, joined by mostly ordinary spaces. */
const phrase: fc.Arbitrary<string> = fc
  .array(
    fc.tuple(
      fc.oneof(
        {weight: 6, arbitrary: fc.constantFrom(...words)},
        {weight: 2, arbitrary: fc.constantFrom(...names)},
        {weight: 2, arbitrary: fc.constantFrom(...cues)},
        {weight: 2, arbitrary: fc.constantFrom(...quoteMarks)},
        {weight: 2, arbitrary: fc.constantFrom(...punctuation)}
      ),
      fc.constantFrom(...spacing)
    ),
    {minLength: 1, maxLength: 12}
  )
  .map((parts) => parts.map(([token, space]) => token + space).join('').trimEnd())

/** A quotation in one style (sometimes left open, sometimes nested), with or without a cue. */
const quotation: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom(...quoteStyles),
    phrase,
    fc.option(fc.tuple(fc.constantFrom(...quoteStyles), phrase)),
    fc.boolean(),
    fc.constantFrom('', ', zei Kim.', ', aldus de minister.', '”, zegt Els van den Berg.', '. ', ', volgens haar.'),
    fc.constantFrom('', 'Jan de Vries zei: ', 'Volgens Choe is het ', 'De minister liet weten: ')
  )
  .map(([[open, close], inner, nested, closed, cue, lead]) => {
    const nestedText = nested ? ` ${nested[0][0]}${nested[1]}${nested[0][1]}` : ''
    return `${lead}${open}${inner}${nestedText}${closed ? close : ''}${cue}`
  })

const sentence: fc.Arbitrary<string> = fc.oneof(
  {weight: 3, arbitrary: quotation},
  {weight: 2, arbitrary: phrase.map((text) => `${text}.`)},
  {weight: 1, arbitrary: phrase}
)

const paragraph: fc.Arbitrary<string> = fc
  .tuple(
    fc.option(fc.constantFrom('AMSTERDAM (ANP) - ', 'DEN HAAG - ', 'PYONGYANG (Reuters) – ')),
    fc.array(sentence, {minLength: 1, maxLength: 4})
  )
  .map(([dateline, sentences]) => (dateline ?? '') + sentences.join(' '))

const heading: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom('Gesprekken stukgelopen', 'Kritiek', '„Geen compromis”', 'Wat nu?'),
  fc.tuple(fc.constantFrom('# ', '## ', '###### ', '####### ', ''), phrase).map(([hashes, text]) => hashes + text)
)

const fieldNames = ['title', 'date', 'datum', 'bron', 'source', 'auteur', 'Titel', '__proto__', 'constructor', 'prototype', 'hasOwnProperty', 'x']
const fieldValues = ['2019-03', '2019-03-08', '8 maart 2019', '2019-13', '2019-02-30', '2019-03-08T12:30:00+01:00', 'NOS', 'Noord-Korea dreigt', '', ' ', '„citaat”']

const headerLine: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(fc.constantFrom(...fieldNames), fc.constantFrom(':', ': ', ' : ', ':\t'), fc.constantFrom(...fieldValues)).map(
    ([name, colon, value]) => name + colon + value
  ),
  fc.constantFrom('date 2019-03 ', 'date 2019-03', 'Door Jan Jansen', 'Door Els van den Berg en Kim', 'Van onze correspondent')
)

const header: fc.Arbitrary<string> = fc.array(headerLine, {minLength: 1, maxLength: 5}).map((lines) => lines.join('\n'))

const blockSeparator = fc.constantFrom('\n\n', '\n\n', '\r\n\r\n', '\n \n', '\n\n\n', '\r\r', '\n', '\r\n', ' \n\t\n')

/** Text shaped like a news article: an optional header, then headings and paragraphs. */
export const newsText: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom('', '', '', '\uFEFF', '\n', ' '),
    fc.option(header),
    fc.array(fc.tuple(fc.oneof({weight: 4, arbitrary: paragraph}, {weight: 1, arbitrary: heading}), blockSeparator), {
      minLength: 0,
      maxLength: 6
    }),
    fc.constantFrom('', '\n', '\r\n', '\n\n', ' ')
  )
  .map(([start, head, blocks, end]) => {
    let text = start
    if (head !== null) text += `${head}\n\n`
    for (const [block, separator] of blocks) text += block + separator
    return text.trimEnd() + end
  })

/** Either kind of text. */
export const anyText: fc.Arbitrary<string> = fc.oneof(unicodeText, newsText)
