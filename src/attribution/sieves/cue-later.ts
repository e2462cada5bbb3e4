/**
 * Sieve 5, `cue`: a cue later in the quote's sentence, inverted after a comma. Not for a quote
 * that opens its sentence within one paragraph (its cue is sieve 1's), nor for one that ends in
 * a full stop (it ends its sentence).
 *
 * Example: `Een ‘onmogelijke’ opgave, noemt Smit het plan.` → Smit, cue `noemt`.
 */
import {cueForms} from '../../lexicon/cues.js'
import {cueFillers} from '../../lexicon/clause-words.js'
import {cueText, opensSentence} from '../clauses.js'
import {readSpeakerPhrase} from '../read-speaker-phrase.js'
import {resolvePhrase} from '../resolve-phrase.js'
import {endsInStop, quoteMarkRun} from '../token-patterns.js'
import type {PlacedQuote} from '../../quotes/place-quotes.js'
import type {Discourse} from '../discourse.js'
import type {Token} from '../read-tokens.js'
import type {Evidence, Found, Sieve} from './sieve.js'

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
      if (tokens[index + 1]!.lower === 'zoals') return asCalled(quote, evidence, discourse, tokens, index + 2)
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

/** `zoals Bos het (toen) noemde`: the phrase at `from`, when a cue ends its clause past `het`, `dat` and fillers. */
function asCalled(quote: PlacedQuote, evidence: Evidence, discourse: Discourse, tokens: Token[], from: number): Found | undefined {
  const phrase = readSpeakerPhrase(tokens, from)
  if (!phrase) return undefined
  let verb = phrase.to
  while (verb < tokens.length && verb - phrase.to < 4 && tokens[verb]!.kind === 'word' && (cueFillers.has(tokens[verb]!.lower) || tokens[verb]!.lower === 'het' || tokens[verb]!.lower === 'dat')) verb++
  const cue = tokens[verb]
  if (!cue || cue.kind !== 'word' || cue.depth !== 0 || !cueForms.has(cue.lower)) return undefined
  return resolvePhrase(evidence.article, discourse, tokens, phrase, `zoals ${cue.value}`, 'cue', quote.start, true)
}
