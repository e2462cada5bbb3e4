/**
 * Speaker phrases the cue rules read (src/attribution/read-speaker-phrase.ts), end to end on
 * project-written Dutch text.
 */
import {describe, expect, it} from 'vitest'
import {fromNews, listQuotes} from '../src/index.js'

function speakers(text: string): Array<string | null> {
  return listQuotes(fromNews(text)).map((record) => record.speaker)
}

describe('one of a group', () => {
  it('`aldus een van hen` and `zegt een ander` are sources of their own', () => {
    const text =
      'Buurtbewoners zeggen tegenover de krant dat de brug te laat opengaat.\n\n' +
      '„We wachten al twee jaar”, aldus een van hen. „Het is altijd volgend jaar”, zegt een ander.'
    expect(speakers(text)).toEqual(['een van hen', 'een ander'])
  })

  it('`nog een ander` after a cue: the filler `nog` is passed over', () => {
    const text = 'De schippers zijn boos.\n\n„Niemand luistert”, zegt nog een ander.'
    expect(speakers(text)).toEqual(['een ander'])
  })

  it('`een van hen` followed by an adverb', () => {
    const text = 'De vissers vinden de nieuwe regels ‘onwerkbaar’, zei een van hen vanochtend op de kade.'
    expect(speakers(text)).toEqual(['een van hen'])
  })

  it('`een van hun` before a noun is no phrase of its own', () => {
    const text = 'De schippers zijn boos.\n\n„Niemand luistert”, zegt een van hun woordvoerders.'
    expect(speakers(text)).not.toContain('een van hun')
  })
})

describe('role nouns', () => {
  it('an unnamed group by what its members know speaks after a cue (`stellen kenners`)', () => {
    const text = 'Het schilderij is omstreden.\n\nHet is geen ‘echte’ Rembrandt, stellen kunstkenners.'
    expect(speakers(text)).toEqual(['kunstkenners'])
  })

  it('a plural in `’s` is a role when its singular is (`collega’s`)', () => {
    const text = 'De brandweer rukte uit.\n\n„Hij deed wat hij moest doen”, zeggen zijn collega’s.'
    expect(speakers(text)).toEqual(['zijn collega’s'])
  })
})
