/**
 * `nameParts` (src/attribution/find-speakers.ts) splits a name at white space by hand, for speed: here it
 * is checked against the plain reading (`split(/\s+/)`) on random names with every kind of white
 * space a regular expression's `\s` matches, particles and letters that change length in lower case.
 */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {nameParticles} from '../src/lexicon/function-words.js'
import {nameParts} from '../src/attribution/find-speakers.js'

const pieces = ['Jan', 'van', 'der', 'Berg', 'De', 'de', 'Kim', 'Jong-un', 'İ', 'ß', 'Ø', ' ', '  ', '\t', '\n', '\r\n', '\u00a0', '\u2003', '\u2028', '\u3000', '\ufeff', '\u200b', 'x']
const name = fc.array(fc.constantFrom(...pieces), {maxLength: 12}).map((parts) => parts.join(''))

function reference(value: string): string[] {
  return value
    .toLowerCase()
    .split(/\s+/)
    .filter((part) => part !== '' && !nameParticles.has(part))
}

describe('nameParts', () => {
  it('drops particles and folds case', () => {
    expect(nameParts('Jan van der Berg')).toEqual(['jan', 'berg'])
    expect(nameParts('  Kim\u00a0Jong-un ')).toEqual(['kim', 'jong-un'])
  })

  it('splits as `split(/\\s+/)` does', () => {
    fc.assert(
      fc.property(name, (value) => {
        expect(nameParts(value)).toEqual(reference(value))
      }),
      {seed: 20261205, numRuns: 2000}
    )
  })
})

describe('the particle `in ’t`', () => {
  it('joins a name (`zegt Roel in ’t Veld`), while `in` before a place stays a preposition', async () => {
    const {fromNews, listQuotes} = await import('../src/index.js')
    const tree = fromNews('Het plan is klaar.\n\n„We zijn er nog niet”, zegt Roel in ’t Veld. Jan Kok woont in Amsterdam.')
    expect(listQuotes(tree).map((record) => record.speaker)).toEqual(['Roel in ’t Veld'])
  })
})
