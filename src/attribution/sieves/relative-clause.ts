/**
 * Sieve 8, `cue`: a quote in a relative clause with a speech verb after it is the
 * antecedent's. Only for a quote within one paragraph.
 *
 * Example: `De school schorste een leerling die ‘weg met de toetsen’ schreef.` → een leerling, cue
 * `schreef` (a weak cue, `riep`, `noemde`, is not enough).
 */
import {cueForms, weakCueForms} from '../../lexicon/cues.js'
import {phraseEndingAt} from '../read-speaker-phrase.js'
import {resolvePhrase} from '../resolve-phrase.js'
import type {Sieve} from './sieve.js'

export const relativeClause: Sieve = {
  name: 'relative-clause',
  find(quote, evidence, discourse) {
    if (evidence.open.block !== evidence.close.block) return undefined
    const tokens = evidence.openTokens
    const open = evidence.open.token
    const verb = tokens[evidence.close.token + 1]
    if (!verb || verb.kind !== 'word' || verb.depth !== 0 || !cueForms.has(verb.lower) || weakCueForms.has(verb.lower)) return undefined
    const sentence = tokens[open]!.sentence
    // `die` a few words before the quote (`die de leus`, `die op de muur`), then the phrase before it.
    for (let index = open - 1; index > 0 && open - index <= 5; index--) {
      const token = tokens[index]!
      if (token.sentence !== sentence || token.depth !== 0 || token.kind !== 'word') return undefined
      if (token.lower !== 'die') continue
      // The antecedent: the longest phrase that ends right before `die`.
      const phrase = phraseEndingAt(tokens, index, 6)
      return phrase ? resolvePhrase(evidence.article, discourse, tokens, phrase, verb.value, 'cue', quote.start, true) : undefined
    }
    return undefined
  }
}
