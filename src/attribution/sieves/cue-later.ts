/**
 * Sieve 6, `cue`: a cue later in the quote's sentence, inverted after a comma. Not for a quote
 * that opens its sentence within one paragraph (its cue is sieve 1's), nor for one that ends in
 * a full stop (it ends its sentence).
 *
 * Example: `Een ‘onmogelijke’ opgave, noemt Smit het plan.` → Smit, cue `noemt`.
 */
import {cueForms} from '../../lexicon/cues.js'
import {cueFillers} from '../../lexicon/clause-words.js'
import {puttingForms} from '../../lexicon/verb-classes.js'
import {cueText, opensSentence} from '../clauses.js'
import {readSpeakerPhrase} from '../read-speaker-phrase.js'
import {resolvePhrase} from '../resolve-phrase.js'
import {subjectBeforeCue} from '../speaker-of-clause.js'
import {endsInStop, quoteMarkRun} from '../token-patterns.js'
import type {Sieve} from './sieve.js'

export const cueLater: Sieve = {
  name: 'cue-later',
  find(quote, evidence, discourse) {
    if (evidence.open.block === evidence.close.block && opensSentence(evidence.openTokens, evidence.open.token)) return undefined
    const tokens = evidence.closeTokens
    const close = evidence.close.token
    const sentence = tokens[close]!.sentence
    // (The closing mark itself is a token before the close marker.)
    let inside = close - 1
    while (inside > close - 3 && inside >= 0 && tokens[inside]!.kind === 'punctuation' && quoteMarkRun.test(tokens[inside]!.value)) inside--
    if (inside >= 0 && tokens[inside]!.kind === 'punctuation' && endsInStop.test(tokens[inside]!.value)) return undefined
    for (let index = close + 1; index < tokens.length - 1 && index - close < 24; index++) {
      const token = tokens[index]!
      if (token.sentence !== sentence || token.kind === 'open') return undefined
      if (token.kind !== 'punctuation' || token.value !== ',' || token.depth !== 0) continue
      // `…, zoals partijleider Bos het toen noemde.`: the subject, then the cue at the clause's end.
      // (Its object may be a noun phrase, and the verb one of putting into words: `zoals de club de
      // derby vooraf aanprees`.)
      if (tokens[index + 1]!.lower === 'zoals') return subjectBeforeCue(evidence.article, discourse, tokens, index + 1, true, quote.start, puttingForms, true)
      const verb = tokens[index + 1]!
      if (verb.kind !== 'word' || verb.depth !== 0 || !cueForms.has(verb.lower)) continue
      let subject = index + 2
      while (subject < tokens.length && tokens[subject]!.kind === 'word' && cueFillers.has(tokens[subject]!.lower)) subject++
      const phrase = readSpeakerPhrase(tokens, subject)
      if (!phrase) return undefined
      return resolvePhrase(evidence.article, discourse, tokens, phrase, cueText(tokens, index + 1, phrase.to), 'cue', quote.start, true)
    }
    return undefined
  }
}
