/**
 * The rules of the quote-kind classifier (src/lib/classify-quote-kind.ts, README § Kinds), one
 * short project-authored Dutch text each: the kind of the quote a rule is about, and where it
 * tells something, its speaker.
 */
import {describe, expect, it} from 'vitest'
import {fromNews, listQuotes, type QuoteRecord} from '../src/index.js'

/** The one record whose quoted words are `text`, in `value`. */
function quote(value: string, text: string): QuoteRecord {
  const found = listQuotes(fromNews(value)).filter((record) => record.text === text)
  expect(found, `one quote with text ${JSON.stringify(text)}`).toHaveLength(1)
  return found[0]!
}

function kind(value: string, text: string): string {
  return quote(value, text).kind
}

describe('a fragment with no one saying it', () => {
  it('is a label, not a partial quote', () => {
    const value =
      'Sanne Vink won de finale. „Ik heb hard getraind”, zei Vink.\n\n‘Zeer slim’, ‘snel van begrip’ en ‘een harde werker’ waren woorden die over haar vielen.'
    expect(kind(value, 'snel van begrip')).toBe('scare')
    expect(kind(value, 'een harde werker')).toBe('scare')
  })
})
