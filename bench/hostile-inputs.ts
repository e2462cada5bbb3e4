/**
 * Hostile inputs, shared by the benchmark (timed at two sizes, to show linear time) and by
 * `test/hostile.test.ts` (checked for throws, stack overflows and losslessness).
 *
 * Each maker takes a scale: a size in UTF-16 code units for the runs of one character, a
 * count for the others (nesting depth, lines, header fields).
 */

export interface HostileInput {
  name: string
  /** What the scale counts, for the report. */
  unit: 'characters' | 'levels' | 'lines' | 'fields' | 'paragraphs'
  /** The scale the issue names (1 MB of a character; 10,000 levels; 100,000 lines or fields). */
  scale: number
  make(scale: number): string
}

const megabyte = 1 << 20

/** `scale` characters made of `unit` repeated (cut to length when the unit is longer). */
function run(unit: string, scale: number): string {
  return unit.repeat(Math.ceil(scale / unit.length)).slice(0, scale)
}

/**
 * Quotes nested `depth` deep, alternating „…” and ‘…’, each properly closed:
 * `„a0 ‘a1 „a2 … z2” z1’ z0”`.
 */
export function nestedQuotes(depth: number): string {
  const opening: string[] = []
  const closing: string[] = []
  for (let level = 0; level < depth; level++) {
    const double = level % 2 === 0
    opening.push(`${double ? '„' : '‘'}woord${level} `)
    closing.push(`einde${level}${double ? '”' : '’'}`)
  }
  return `Hij zei: ${opening.join('')}midden ${closing.reverse().join(' ')}, aldus de spreker.`
}

/** `count` lines of one word each. */
export function oneWordLines(count: number): string {
  const words = ['woord', 'Den Haag', 'zei', '„citaat”', 'aldus']
  const lines: string[] = []
  for (let index = 0; index < count; index++) lines.push(index % 7 === 3 ? words[index % words.length]! : `regel${index}`)
  return lines.join('\n')
}

/** A header of `count` `key: value` fields (a known name first, so it reads as a header), then a body. */
export function headerFields(count: number): string {
  const lines = ['title: Een kop met heel veel velden']
  for (let index = 1; index < count; index++) lines.push(`veld${index}: waarde ${index}`)
  return `${lines.join('\n')}\n\nDe tekst van het artikel. „Een citaat”, zei zij.\n`
}

/** One paragraph of words and spaces only: no punctuation, no line break. */
export function unpunctuatedParagraph(size: number): string {
  return run('het kabinet wil de regels voor huurders strenger maken ', size)
}

/** One sentence of quoted letters, `'a', 'b' en 'c' of 'd', …`: apostrophes for parse-dutch's elision merging. */
export function quotedLetters(size: number): string {
  return run("Hij zei 'a', 'b' en 'c' of 'd', ", size)
}

/** One paragraph of quotes, each attributed to a role: `„Ja”, zegt de woordvoerder.` */
export function attributedQuotes(size: number): string {
  return 'Een woordvoerder van de gemeente reageert. ' + run('„Ja”, zegt de woordvoerder. ', size)
}

/** One quote continued over `count` paragraphs (each reopened with `„`, closed at the end). */
export function continuedQuote(count: number): string {
  return '„Begin van het verhaal.\n\n' + '„Verder met het verhaal.\n\n'.repeat(count) + '„Einde.”'
}

/**
 * A person named again and again, then one long quote that names them only at its end: whether
 * the quote talks of someone (`namedInQuote`) must be read once per person, not per mention.
 */
export function namedBeforeLongQuote(size: number): string {
  return run('Jan Smit kijkt. ', size / 2) + '„' + run('bla ', size / 2) + 'Jan.”'
}

/** One paragraph of quotes of one unnamed source, mentioned anew each time: `„Ja”, zegt een buurman.` */
export function unnamedSourceQuotes(size: number): string {
  return run('„Ja”, zegt een buurman. ', size)
}

export const hostileInputs: readonly HostileInput[] = [
  {name: '`"` repeated', unit: 'characters', scale: megabyte, make: (scale) => run('"', scale)},
  {name: '`,,` repeated', unit: 'characters', scale: megabyte, make: (scale) => run(',,', scale)},
  {name: "`'` repeated", unit: 'characters', scale: megabyte, make: (scale) => run("'", scale)},
  {name: '`„` repeated', unit: 'characters', scale: megabyte, make: (scale) => run('„', scale)},
  {name: 'spaces', unit: 'characters', scale: megabyte, make: (scale) => run(' ', scale)},
  {name: 'newlines', unit: 'characters', scale: megabyte, make: (scale) => run('\n', scale)},
  {name: 'paragraph without punctuation', unit: 'characters', scale: megabyte, make: unpunctuatedParagraph},
  {name: 'nested quotes „‘„‘…’”’”', unit: 'levels', scale: 10_000, make: nestedQuotes},
  {name: 'one-word lines', unit: 'lines', scale: 100_000, make: oneWordLines},
  {name: 'header fields `key: value`', unit: 'fields', scale: 100_000, make: headerFields},
  {name: "one sentence of quoted letters `'a', 'b' en …`", unit: 'characters', scale: megabyte, make: quotedLetters},
  {name: 'one paragraph of attributed quotes', unit: 'characters', scale: megabyte, make: attributedQuotes},
  {name: 'one paragraph of quotes of an unnamed source', unit: 'characters', scale: megabyte, make: unnamedSourceQuotes},
  {name: 'one quote over many paragraphs', unit: 'paragraphs', scale: 40_000, make: continuedQuote},
  {name: 'a name mentioned often before a long quote that names it at its end', unit: 'characters', scale: megabyte, make: namedBeforeLongQuote}
]

/**
 * Inputs on which bare parse-dutch splices one node at a time (quadratic in one paragraph):
 * checked by the tests only, since the benchmark's side-by-side parse-dutch run would take hours.
 */
export const tokenizerHostileInputs: readonly HostileInput[] = [
  {name: '`a- ` repeated (words ending in a hyphen)', unit: 'characters', scale: megabyte, make: (scale) => run('a- ', scale)},
  {name: '`!? ` repeated', unit: 'characters', scale: megabyte, make: (scale) => run('!? ', scale)},
  {name: '`Dhr. ` repeated (abbreviations)', unit: 'characters', scale: megabyte, make: (scale) => run('Dhr. ', scale)}
]
