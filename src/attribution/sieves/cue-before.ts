/**
 * Sieve 5, `cue`: a cue before the quote in its clause. First a prepositional cue (`volgens`,
 * …): when one is followed by a phrase, that phrase decides, speaker or none. Then a source
 * between `Uit` and `blijkt`, or a document between `In` and `staat`, at the sentence's start; then a speech verb with its subject (a
 * weak cue, `vindt`, `noemt`, only right before the quote), or `naar eigen zeggen`.
 *
 * Example: `Volgens de buurvrouw was het ‘een gekkenhuis’.` → de buurvrouw, cue `Volgens`;
 * `Smit zei gisteren dat de wijk ‘er klaar mee is’.` → Smit, cue `zei`; `Uit een brief van de
 * bond blijkt dat de leden ‘diep teleurgesteld’ zijn.` → een brief van de bond, cue `blijkt uit`;
 * `In een nota staat dat de wethouder ‘akkoord is’.` → een nota, cue `staat in`.
 */
import {frontedSources} from '../../lexicon/clause-words.js'
import {cueForms, prepositionalCues, weakCueForms} from '../../lexicon/cues.js'
import {mediaNouns, newsAgencyNouns, newsMediaNames} from '../../lexicon/phrase-words.js'
import {subjectPronouns} from '../../lexicon/pronouns.js'
import {isDocumentNoun} from '../../lexicon/roles.js'
import {utteranceNouns} from '../../lexicon/utterance-nouns.js'
import type {Article} from '../article.js'
import {clauseStart, sentenceStartOf} from '../clauses.js'
import type {Discourse} from '../discourse.js'
import {phraseEndingAt, readSpeakerPhrase, type SpeakerPhrase} from '../read-speaker-phrase.js'
import {listStartBefore} from '../quote-lists.js'
import type {Token} from '../read-tokens.js'
import {resolvePhrase} from '../resolve-phrase.js'
import {speakerOfClause} from '../speaker-of-clause.js'
import type {Found, Sieve} from './sieve.js'

export const cueBefore: Sieve = {
  name: 'cue-before',
  find(quote, evidence, discourse) {
    const tokens = evidence.openTokens
    // (Before a list of quotes, the cue reports each: `Smit noemt het plan ‘onhaalbaar’ en ‘te duur’`.)
    const open = listStartBefore(tokens, evidence.open.token)
    const start = afterQuotedClause(tokens, clauseStart(tokens, open), open)
    for (let index = open - 1; index >= start; index--) {
      const token = tokens[index]!
      if (token.depth !== 0 || token.kind !== 'word' || !prepositionalCues.has(token.lower)) continue
      const phrase = readSpeakerPhrase(tokens, index + 1)
      if (!phrase) continue
      // (A news medium only passes the words on: `Volgens persbureau Reuters noemde Dulla het plan
      // ‘…’` is Dulla's, when the clause after it has a speech verb and its subject.)
      const relayed = namesMedium(tokens, phrase) ? speakerOfClause(evidence.article, discourse, {tokens, start: phrase.to, end: open, method: 'cue', offset: quote.start, local: true, weakFrom: phrase.to}) : undefined
      return relayed ?? resolvePhrase(evidence.article, discourse, tokens, phrase, token.value, 'cue', quote.start, true)
    }
    const source = frontedSource(tokens, open)
    if (source) return resolvePhrase(evidence.article, discourse, tokens, source.phrase, `${source.verb.value} ${source.preposition}`, 'cue', quote.start, true)
    return (
      sourceOfUtteranceBefore(evidence.article, discourse, tokens, open, quote.start) ??
      relativeClauseSpeaker(evidence.article, discourse, tokens, open, quote.start) ??
      speakerOfClause(evidence.article, discourse, {tokens, start, end: open, method: 'cue', offset: quote.start, local: true, weakFrom: open - 4})
    )
  }
}

/**
 * Where a clause joined on with only a comma after a quote of its own begins (`Kroon noemde het
 * „keurig”, Van Leeuwen vond het „saai”.`): its subject opens it, a name or a pronoun, so the
 * cue before the first quote is not this one's. `start` when there is none.
 */
function afterQuotedClause(tokens: Token[], start: number, open: number): number {
  for (let index = open - 2; index > start; index--) {
    const token = tokens[index]!
    if (token.value !== ',' || token.depth !== 0 || tokens[index - 1]!.kind !== 'close') continue
    const next = tokens[index + 1]!
    return next.kind === 'word' && (next.capital || subjectPronouns.has(next.lower)) ? index + 1 : start
  }
  return start
}

/** Whether a source's phrase names a news medium (`persbureau Reuters`, `de NOS`, `de krant`). */
function namesMedium(tokens: Token[], phrase: SpeakerPhrase): boolean {
  for (let index = phrase.from; index < phrase.to; index++) {
    const word = tokens[index]!.lower
    if (newsMediaNames.has(word) || mediaNouns.has(word) || newsAgencyNouns.has(word)) return true
  }
  return false
}

/**
 * `reageerde op de uitspraak van Bos dat het plan ‘een zegen’ is`: a noun of utterance, `van`, a
 * source and `dat` before the quote, within twelve words: the words are that source's, not those
 * of the sentence's subject.
 */
function sourceOfUtteranceBefore(article: Article, discourse: Discourse, tokens: Token[], open: number, offset: number): Found | undefined {
  const sentence = tokens[open]!.sentence
  for (let index = open - 1; index > 2 && open - index <= 12; index--) {
    const token = tokens[index]!
    if (token.sentence !== sentence || token.depth !== 0 || (token.kind === 'punctuation' && token.value !== ',')) return undefined
    if (token.lower !== 'dat') continue
    const phrase = phraseEndingAt(tokens, tokens[index - 1]?.value === ',' ? index - 1 : index, 6)
    if (!phrase || phrase.kind === 'pronoun' || tokens[phrase.from - 1]?.lower !== 'van' || !utteranceNouns.has(tokens[phrase.from - 2]?.lower ?? '')) return undefined
    return resolvePhrase(article, discourse, tokens, phrase, `${tokens[phrase.from - 2]!.value} van`, 'cue', offset, true)
  }
  return undefined
}

/**
 * `de webshop, die op zijn site belooft dat bestellingen „…” worden bezorgd`: `, die`, a speech
 * verb (no weak one) within four words, then `dat` and the quote within ten words: the
 * antecedent's words, not those of the main clause's subject.
 */
function relativeClauseSpeaker(article: Article, discourse: Discourse, tokens: Token[], open: number, offset: number): Found | undefined {
  const sentence = tokens[open]!.sentence
  let that = -1
  for (let index = open - 1; index > 0 && open - index <= 10; index--) {
    const token = tokens[index]!
    if (token.sentence !== sentence || token.depth !== 0 || (token.kind === 'punctuation' && token.value !== ',')) return undefined
    if (token.lower === 'dat') that = index
    if (that === -1 || !cueForms.has(token.lower) || weakCueForms.has(token.lower)) continue
    for (let at = index - 1; at > 1 && index - at <= 4; at--) {
      if (tokens[at]!.lower !== 'die' || tokens[at - 1]!.value !== ',') continue
      const phrase = phraseEndingAt(tokens, at - 1, 6)
      return phrase ? resolvePhrase(article, discourse, tokens, phrase, token.value, 'cue', offset, true) : undefined
    }
    return undefined
  }
  return undefined
}

/**
 * A source fronted in a prepositional phrase before its verb, at the sentence's start: `Uit een
 * rapport van de inspectie blijkt dat … ‘…’` (any source), `In een interne nota staat dat … ‘…’`
 * (a document only: `In de zaal staat …` is a place). The phrase and the verb.
 */
function frontedSource(tokens: Token[], open: number): {phrase: SpeakerPhrase; verb: Token; preposition: string} | undefined {
  const opening = sentenceStartOf(tokens, open)
  const preposition = tokens[opening]!.lower
  const fronting = frontedSources.get(preposition)
  if (fronting === undefined || tokens[opening]!.depth !== 0) return undefined
  const phrase = readSpeakerPhrase(tokens, opening + 1, open)
  if (!phrase || phrase.kind === 'pronoun') return undefined
  if (fronting.documentOnly && !(phrase.kind === 'role' && phrase.roles.some((role) => isDocumentNoun(role)))) return undefined
  // (Past a phrase of time after the source: `van eind vorig jaar`.)
  let at = phrase.to
  while (at < open && at - phrase.to < 8 && tokens[at]!.kind === 'word' && tokens[at]!.depth === 0 && !fronting.verbs.has(tokens[at]!.lower)) at++
  const verb = at < open ? tokens[at] : undefined
  return verb && fronting.verbs.has(verb.lower) ? {phrase, verb, preposition} : undefined
}
