/**
 * The evidence a quote's kind is read from (src/attribution/speech-evidence.ts): whether its
 * sentence reports speech, decided from the sentence's own words outside quotes.
 */
import {describe, expect, it} from 'vitest'
import {readTokens} from '../src/attribution/read-tokens.js'
import {createSpeechEvidence} from '../src/attribution/speech-evidence.js'
import {fromNews, listQuotes} from '../src/index.js'
import type {Paragraph} from '../src/index.js'

/** Which sentences of the text's first paragraph report speech. */
function speaking(text: string): boolean[] {
  const tree = fromNews(text)
  const paragraph = tree.children.flatMap((child) => (child.type === 'SectionNode' ? child.children : [])).find((node) => node.type === 'ParagraphNode') as Paragraph
  const tokens = readTokens(paragraph)
  const sentences = new Set(tokens.map((token) => token.sentence)).size
  const evidence = createSpeechEvidence([tokens])
  return Array.from({length: sentences}, (_, index) => evidence.reportsSpeech(0, index))
}

describe('createSpeechEvidence', () => {
  it('finds a speech verb or a prepositional cue outside quotes', () => {
    expect(speaking('De bus rijdt niet. De chauffeur zegt dat hij ziek is. Volgens de dienst duurt het lang.')).toEqual([false, true, true])
  })

  it('does not count a speech verb inside quotes', () => {
    expect(speaking('Het bord zegt niets. Er hangt een bord met ‘zeg het maar’ erop.')).toEqual([true, false])
  })

  it('counts a particle verb only with its particle', () => {
    // `gaf … aan` reports speech, `gaf` alone gives something.
    expect(speaking('De trainer gaf aan dat het team moe is. De trainer gaf het team vrij.')).toEqual([true, false])
  })

  it('counts a particle verb in a form that carries its particle', () => {
    expect(speaking('Dat werd gisteren aangegeven door de wethouder.')).toEqual([true])
  })

  it('ends a sentence at `op.`, `al.`, `zo.` and a short number with a full stop, which the tokenizer takes for abbreviations', () => {
    expect(speaking('De minister stapt op. Zijn partij zegt dat het genoeg is. Dat wist ik al. Het is zo. De score was 21. Toen kwam de regen.')).toEqual([false, true, false, false, false, false])
  })

  it('keeps `op.` inside the sentence when no capital follows', () => {
    expect(speaking('Hij zegt dat het op. en neer gaat.')).toEqual([true])
  })

  it('stays linear on a sentence of many particle-verb forms', () => {
    // (A block this long is tokenized in pieces, so it has several sentences; none reports speech.)
    const text = `${'gaf '.repeat(50_000)}uit.`
    expect(speaking(text).every((speaks) => !speaks)).toBe(true)
  })
})

describe('kind from the sentence', () => {
  it('a fragment in a sentence of saying is partial even with no speaker found', () => {
    const text = 'De verbouwing van het stadhuis loopt uit.\n\nOp de gang werd gisteren gezegd dat het ‘veel te duur’ wordt.'
    const [record] = listQuotes(fromNews(text))
    expect(record?.kind).toBe('partial')
  })

  it('a term in a sentence of no one saying anything stays scare', () => {
    const text = 'De verbouwing van het stadhuis loopt uit.\n\nHet dak krijgt ‘groene dakpannen’ van gerecycled plastic.'
    const [record] = listQuotes(fromNews(text))
    expect(record?.kind).toBe('scare')
  })
})
