/**
 * The suffix set (src/lexicon/suffix-set.ts) against the plain reading of its two questions,
 * on random words over letters and the other characters role nouns hold (`é`, `-`, `'`, `’`).
 */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {createSuffixSet} from '../src/lexicon/suffix-set.js'

const word = fc.array(fc.constantFrom('a', 'e', 'r', 's', 'n', 'z', 'é', 'ë', '-', "'", '’', '1'), {minLength: 1, maxLength: 8}).map((letters) => letters.join(''))

function endsIn(words: Set<string>, value: string, minStart: number, minLength: number, end = value.length): boolean {
  for (let start = Math.max(0, minStart); start < end; start++) {
    if (end - start >= minLength && words.has(value.slice(start, end))) return true
  }
  return false
}

function isOrEndsIn(words: Set<string>, value: string, minLength: number, end = value.length): boolean {
  if (words.has(value.slice(0, end))) return true
  return endsIn(words, value, 1, minLength, end)
}

describe('suffix set', () => {
  it('knows a word and its compounds', () => {
    const set = createSuffixSet(['adviseur', 'minister', 'woordvoerder', 'vvd’er', 'oud-premier', 'coördinator'])
    expect(set.isOrEndsIn('veiligheidsadviseur', 4)).toBe(true)
    expect(set.isOrEndsIn('onderminister', 4)).toBe(true)
    expect(set.isOrEndsIn('ministers', 4)).toBe(false)
    expect(set.isOrEndsIn('ministers', 4, 8)).toBe(true)
    expect(set.isOrEndsIn('hoofdcoördinator', 4)).toBe(true)
    expect(set.isOrEndsIn('ex-oud-premier', 4)).toBe(true)
    expect(set.endsIn('woordvoerders', 1, 2, 12)).toBe(false)
    expect(set.endsIn('hoofdwoordvoerders', 1, 2, 17)).toBe(true)
    expect(set.endsIn('adviseur', 1, 2)).toBe(false)
  })

  it('answers as slicing would, on random words', () => {
    fc.assert(
      fc.property(fc.array(word, {maxLength: 12}), fc.oneof(word, fc.constant('')), fc.nat(4), fc.nat(6), fc.nat(9), (words, value, minStart, minLength, cut) => {
        const plain = new Set(words)
        const set = createSuffixSet(words)
        const end = Math.min(cut, value.length)
        expect(set.endsIn(value, minStart, minLength, end)).toBe(endsIn(plain, value, minStart, minLength, end))
        expect(set.isOrEndsIn(value, minLength, end)).toBe(isOrEndsIn(plain, value, minLength, end))
      }),
      {seed: 20261204, numRuns: 3000}
    )
  })
})

describe('plural roles', async () => {
  const {isPluralRole, isRoleNoun} = await import('../src/lexicon/roles.js')
  it('reads plurals with the spelling of an open syllable, and not compounds of other words', () => {
    for (const word of ['advocaten', 'psychologen', 'ambtenaren', 'topambtenaren', 'zussen', 'mannen', 'bewoners', 'woordvoerders']) {
      expect(isRoleNoun(word), word).toBe(true)
      expect(isPluralRole(word), word).toBe(true)
    }
    for (const word of ['advocaat', 'woordvoerder', 'zus']) expect(isPluralRole(word), word).toBe(false)
    expect(isRoleNoun('verscholen')).toBe(false)
    expect(isPluralRole('ouders'), 'a plural listed whole, its singular a role').toBe(true)
  })
  it('reads a trade that is also a common surname as a role (`de visser`, `de bakker`, `vissers`, `banketbakker`), but not a surname that only ends as one would (`Timmermans`, `Koopmans`)', () => {
    // (A capitalised one after a first name or alone as a person's is their surname: see
    // speaker-phrase.test.ts, `zegt Anna Bakker`, `aldus Bakker`.)
    for (const word of ['vissers', 'beroepsvisser', 'banketbakker', 'bakkers', 'visser', 'bakker']) expect(isRoleNoun(word), word).toBe(true)
    for (const word of ['timmermans', 'koopmans']) expect(isRoleNoun(word), word).toBe(false)
    expect(isPluralRole('vissers')).toBe(true)
  })
  it('lists the members by their group whole, `lid` being too short a tail (`bemanningslid`, not `ooglid`)', () => {
    for (const word of ['bemanningslid', 'personeelslid', 'bemanningsleden']) expect(isRoleNoun(word), word).toBe(true)
    expect(isRoleNoun('ooglid')).toBe(false)
  })
})

describe('plural institutions', async () => {
  const {isInstitutionNoun} = await import('../src/lexicon/roles.js')
  it('reads plurals with the spelling of an open syllable (`besturen`, `schoolbesturen`), not compounds of other words', () => {
    for (const word of ['besturen', 'scholen', 'schoolbesturen', 'bestuur', 'school']) expect(isInstitutionNoun(word), word).toBe(true)
    expect(isInstitutionNoun('verscholen')).toBe(false)
  })
})
