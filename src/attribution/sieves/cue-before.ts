/**
 * Sieve 4, `cue`: a cue before the quote in its clause. First a prepositional cue (`volgens`,
 * …): when one is followed by a phrase, that phrase decides, speaker or none. Then a source
 * between `Uit` and `blijkt` at the sentence's start; then a speech verb with its subject (a
 * weak cue, `vindt`, `noemt`, only right before the quote), or `naar eigen zeggen`.
 *
 * Example: `Volgens de buurvrouw was het ‘een gekkenhuis’.` → de buurvrouw, cue `Volgens`;
 * `Smit zei gisteren dat de wijk ‘er klaar mee is’.` → Smit, cue `zei`; `Uit een brief van de
 * bond blijkt dat de leden ‘diep teleurgesteld’ zijn.` → een brief van de bond, cue `blijkt uit`.
 */
import {prepositionalCues} from '../../lexicon/cues.js'
import {clauseStart, sentenceStartOf} from '../clauses.js'
import {readSpeakerPhrase, type SpeakerPhrase} from '../read-speaker-phrase.js'
import type {Token} from '../read-tokens.js'
import {resolvePhrase} from '../resolve-phrase.js'
import {speakerOfClause} from '../speaker-of-clause.js'
import type {Sieve} from './sieve.js'

export const cueBefore: Sieve = {
  name: 'cue-before',
  find(quote, evidence, discourse) {
    const tokens = evidence.openTokens
    const open = evidence.open.token
    const start = clauseStart(tokens, open)
    for (let index = open - 1; index >= start; index--) {
      const token = tokens[index]!
      if (token.depth !== 0 || token.kind !== 'word' || !prepositionalCues.has(token.lower)) continue
      const phrase = readSpeakerPhrase(tokens, index + 1)
      if (phrase) return resolvePhrase(evidence.article, discourse, tokens, phrase, token.value, 'cue', quote.start, true)
    }
    const source = sourceBeforeBlijkt(tokens, open)
    if (source) return resolvePhrase(evidence.article, discourse, tokens, source.phrase, `${source.verb.value} uit`, 'cue', quote.start, true)
    return speakerOfClause(evidence.article, discourse, {tokens, start, end: open, method: 'cue', offset: quote.start, local: true, weakFrom: open - 4})
  }
}

/** `Uit een rapport van de inspectie blijkt dat … ‘…’ …`: the source between `Uit` and `blijkt`, and the verb. */
function sourceBeforeBlijkt(tokens: Token[], open: number): {phrase: SpeakerPhrase; verb: Token} | undefined {
  const opening = sentenceStartOf(tokens, open)
  if (tokens[opening]!.lower !== 'uit' || tokens[opening]!.depth !== 0) return undefined
  const phrase = readSpeakerPhrase(tokens, opening + 1, open)
  // (Past a phrase of time after the source: `van eind vorig jaar`.)
  let at = phrase ? phrase.to : open
  while (at < open && at - (phrase?.to ?? 0) < 8 && tokens[at]!.kind === 'word' && tokens[at]!.depth === 0 && tokens[at]!.lower !== 'blijkt' && tokens[at]!.lower !== 'bleek') at++
  const verb = at < open ? tokens[at] : undefined
  return phrase && phrase.kind !== 'pronoun' && verb && (verb.lower === 'blijkt' || verb.lower === 'bleek') ? {phrase, verb} : undefined
}
