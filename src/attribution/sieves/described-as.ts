/**
 * Sieve 4, `cue`: what someone describes a thing as (`wat de bond omschreef als ‘pure
 * willekeur’`, `een claim die zij afdoet als ‘onzin’`) or calls it (`dat Bos het plan ‘een gok’
 * noemde`) is theirs: the subject of the describing verb before `als`, in the clause the
 * relative word opens, or of `noemen` after the quote. A source named in passing: it does not
 * take the floor from the one who is talking. Tried before `cue-before`: the clause's own verb
 * tells whose the words are before a speech verb of the sentence around it (`Smit zegt dat …`).
 *
 * Example: `Het werd weggezet als wat de krant omschreef als ‘buurtwachten’.` → de krant, cue
 * `omschreef`.
 */
import {cueForms} from '../../lexicon/cues.js'
import {articles} from '../../lexicon/function-words.js'
import {describingVerbs} from '../../lexicon/verb-classes.js'
import {clauseStart} from '../clauses.js'
import {subjectOf} from '../find-subject.js'
import {readSpeakerPhrase} from '../read-speaker-phrase.js'
import type {Token} from '../read-tokens.js'
import {resolvePhrase} from '../resolve-phrase.js'
import type {PlacedQuote} from '../../quotes/place-quotes.js'
import type {Discourse} from '../discourse.js'
import type {Evidence, Found, Sieve} from './sieve.js'

export const describedAs: Sieve = {
  name: 'described-as',
  find(quote, evidence, discourse) {
    const tokens = evidence.openTokens
    const open = evidence.open.token
    let at = open - 1
    if (tokens[at]?.kind === 'word' && articles.has(tokens[at]!.lower)) at--
    if (tokens[at]?.lower !== 'als') return whatIsCalled(quote, evidence, discourse, at + 1)
    const verbAt = describingVerbBefore(tokens, at)
    if (verbAt === undefined) return undefined
    const phrase = subjectOf(tokens, clauseOpenedBefore(tokens, verbAt), verbAt, at)
    const found = phrase ? resolvePhrase(evidence.article, discourse, tokens, phrase, tokens[verbAt]!.value, 'cue', quote.start, true) : undefined
    return found ? {...found, passing: true} : undefined
  }
}

/**
 * `wat hij de ‘ontdekkingsindustrie’ noemt`: after `wat` (or `die`, `dat`), a subject, maybe an
 * article, the quote, and a form of `noemen` right after it. `from` is where the quote's article
 * or the quote itself stands.
 */
function whatIsCalled(quote: PlacedQuote, evidence: Evidence, discourse: Discourse, from: number): Found | undefined {
  const tokens = evidence.openTokens
  const after = evidence.closeTokens[evidence.close.token + 1]
  if (!after || after.kind !== 'word' || after.depth !== 0 || !cueForms.get(after.lower)?.some((verb) => verb.lemma === 'noemen')) return undefined
  for (let at = from - 1; at >= 0 && from - at <= 6 && tokens[at]!.depth === 0; at--) {
    const word = tokens[at]!.lower
    if (word !== 'wat' && word !== 'die' && word !== 'dat') continue
    const phrase = readSpeakerPhrase(tokens, at + 1, from)
    // (Its object may stand between: `dat Bos het plan ‘een gok’ noemde`.)
    if (!phrase || (phrase.to !== from && !isObjectBetween(tokens, phrase.to, from))) return undefined
    const found = resolvePhrase(evidence.article, discourse, tokens, phrase, after.value, 'cue', quote.start, true)
    return found ? {...found, passing: true} : undefined
  }
  return undefined
}

/** Whether [from, to) is a short object in lower case (`het plan`, `hem`, `de aanpak`): at most three words, no punctuation. */
function isObjectBetween(tokens: Token[], from: number, to: number): boolean {
  if (to - from > 3) return false
  for (let at = from; at < to; at++) {
    const token = tokens[at]!
    if (token.kind !== 'word' || token.depth !== 0 || token.value !== token.lower) return false
  }
  return true
}

/** A describing verb up to four words before `als` at `index`, in its sentence. */
function describingVerbBefore(tokens: Token[], index: number): number | undefined {
  for (let at = index - 1; at >= 0 && index - at <= 4 && tokens[at]!.sentence === tokens[index]!.sentence; at--) {
    const token = tokens[at]!
    if (token.kind === 'word' && token.depth === 0 && describingVerbs.has(token.lower)) return at
  }
  return undefined
}

/** Where the clause of the verb at `verbAt` starts: after `wat`, `die` or `dat` a few words before it, or a comma; else where its sentence starts. */
function clauseOpenedBefore(tokens: Token[], verbAt: number): number {
  for (let at = verbAt - 1; at >= 0 && verbAt - at <= 8 && tokens[at]!.sentence === tokens[verbAt]!.sentence; at--) {
    const token = tokens[at]!
    if (token.depth !== 0) break
    if (token.kind === 'word' && (token.lower === 'wat' || token.lower === 'die' || token.lower === 'dat')) return at + 1
    if (token.kind === 'punctuation' && token.value === ',') return at + 1
  }
  return clauseStart(tokens, verbAt)
}
