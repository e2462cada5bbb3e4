/**
 * The block tokenizer (src/structure/tokenize-block.ts) replaces some of parse-dutch's steps with
 * faster ones (the first pass over characters; the merging of elisions, of words joined by
 * inner-word symbols and of sentences after an abbreviation, and the moving of white space out
 * of sentences, in one pass instead of a splice each): its trees must stay those of parse-dutch
 * itself.
 */
import fc from 'fast-check'
import {toString} from 'nlcst-to-string'
import {ParseDutch} from 'parse-dutch'
import {describe, expect, it} from 'vitest'
import {createTokenizer} from '../src/structure/tokenize-block.js'

const origin = {line: 1, column: 1, offset: 0}

/** Text made of the pieces elision merging looks at: apostrophes, `d`, `'t`, `'s`, years, words. */
const elisionText = fc
  .array(fc.constantFrom("'", '’', 'd', 't', 's', 'n', 'ns', 'er', 'em', 'ie', 'tis', '80', '90s', 'De', 'huis', 'auto', ' ', ' ', ', ', '. ', '!', '"', '„', '”', '‘', '\n'), {maxLength: 40})
  .map((pieces) => pieces.join(''))

function same(text: string): void {
  const expected = JSON.parse(JSON.stringify(new ParseDutch().tokenizeParagraph(text)))
  const actual = JSON.parse(JSON.stringify(createTokenizer().paragraph(text, origin)))
  expect(actual).toEqual(expected)
}

/** Paragraphs of many sentences, with white space at their edges: what the white-space moves look at. */
const sentencesText = fc
  .array(fc.constantFrom('Ja.', 'Nee!', 'Wat?', ' ', '  ', '\t', '\n', ' \n ', 'zegt hij', '„Ja”,', 'Dr.', 'Jan', 'het', '...', '…', '(ja)', '1.', 'a.', '- ', '"'), {maxLength: 40})
  .map((pieces) => pieces.join(''))

/** Text of abbreviations and inner-word symbols: what sentence and word merging look at. */
const mergingText = fc
  .array(fc.constantFrom('a.', 'etc.', '12.', 'cf.', 'Ab.', 'x', 'Jan', 'huis', "'", '’', '-', '&', '.', ':', '=', '?', '@', '_', '__', '/', ' ', ' ', '. ', ', ', '!', '„', '”', '\n'), {maxLength: 40})
  .map((pieces) => pieces.join(''))

/** Text of Dutch abbreviations (parse-dutch's own, as written and in other case) before full stops, and sentence ends. */
const dutchAbbreviationText = fc
  .array(fc.constantFrom('dhr.', 'Dhr.', 'ca.', 'CA.', 'Gebr.', 'gebr.', 'Zr.Ms.', 'aanw.vnw.', 'nr.', 'Nr.', 'mr.', 'St.', 'jl.', 'Jan.', 'huis.', 'Ja.', 'a.', ' ', ' ', '. ', '.', '!', '?', '„Ja.”', '\n', 'dhr', 'Jansen'), {maxLength: 40})
  .map((pieces) => pieces.join(''))

/**
 * Text of the marks that the skipped or pre-checked plugins act on: `&`, `-`, `/`, initialisms
 * and full stops before words, and blank lines (with CR, LF and CRLF) inside a block.
 */
const rareMarksText = fc
  .array(fc.constantFrom('U.S.A', 'U.S', 'a.b', '1.2', 'A.1', 'x.y.z', 'R&D', '&', ' & ', 'en/of', 'km/u', '/', 'ab/cde', ' - ', '-', 'Jong-un', '.', '. ', '..', '.Ja', '\n\n', '\r\n\r\n', ' \n \n', '\r\r', '\n', '\r\n', '\u2028', 'Ja', 'huis', 'Dhr', ' ', ' ', '?', '!', '…'), {maxLength: 40})
  .map((pieces) => pieces.join(''))

describe('block tokenizer', () => {
  it('gives parse-dutch’s tree for elisions and apostrophes', () => {
    for (const text of ["Ze zag 't niet, 's avonds d' r was 'n man.", "'ns kijken, 'em zien, 'ie komt in '80 en '90s.", "d' ' ' 't 'n d'' 't' ''t 's' d'", "Hij zei 'a', 'b' en 'c' of 'd'."]) same(text)
  })

  it('gives parse-dutch’s tree on random text of elision pieces', () => {
    fc.assert(fc.property(elisionText, (text) => same(text)), {seed: 20261128, numRuns: 2000})
  })

  it('gives parse-dutch’s tree on random paragraphs of many sentences and white space', () => {
    fc.assert(fc.property(sentencesText, (text) => same(text)), {seed: 20261128, numRuns: 2000})
  })

  it('gives parse-dutch’s tree on random text of abbreviations and inner-word symbols', () => {
    fc.assert(fc.property(mergingText, (text) => same(text)), {seed: 20261128, numRuns: 3000})
  })

  it('gives parse-dutch’s tree on random text of Dutch abbreviations', () => {
    for (const text of ['Dhr. Jansen kwam. Ca. tien man, o.a. Gebr. Smit. Zr.Ms. Tromp.', 'dhr. dhr. dhr.', 'Mr. Ja. nr. 5.']) same(text)
    fc.assert(fc.property(dutchAbbreviationText, (text) => same(text)), {seed: 20261205, numRuns: 3000})
  })

  it('gives parse-dutch’s tree on random text of `&`, `-`, `/`, initialisms and blank lines', () => {
    for (const text of ['De U.S.A. en R&D.', 'Zij & hij, en/of km/u. Kim Jong-un. - Ja', 'Ja.\n\nNee. a.b. Ok.', 'Een.\r\n\r\nTwee. 1.2. .Ja']) same(text)
    fc.assert(fc.property(rareMarksText, (text) => same(text)), {seed: 20261204, numRuns: 3000})
  })

  it('tokenizes a block of 60,000 characters in pieces cut after a sentence, losing nothing', () => {
    const text = 'De raad besloot het. „Ja”, zei hij! Dhr. Jansen was er niet. '.repeat(1000)
    const tree = createTokenizer().paragraph(text, origin)
    expect(toString(tree)).toBe(text)
    expect(tree.position!.end.offset).toBe(text.length)
    // Every sentence still ends in its own mark: the pieces were cut between sentences.
    const sentences = tree.children.filter((child) => child.type === 'SentenceNode')
    expect(sentences.length).toBeGreaterThan(2000)
    for (const sentence of sentences) expect(toString(sentence)).toMatch(/[.!”]$/)
  })

  it('tokenizes one sentence of 16,000 quoted letters (the bench times it for linearity)', () => {
    const text = "Hij zei 'a', 'b' en 'c' of 'd', ".repeat(4000) + 'eind.'
    const tree = createTokenizer().paragraph(text, origin)
    expect(tree.children.length).toBeGreaterThan(0)
  })
})
