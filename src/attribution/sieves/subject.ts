/**
 * Sieve 9, `subject`: words quoted inside a sentence whose subject is a person, an unnamed
 * source or an organisation are that one's; the subject opens the sentence, or is a pronoun
 * right after its finite verb. Not in a question (it is the interviewer's).
 *
 * Example: `De bond ziet in het besluit ‘pure onwil’.` → de bond; `In de raad noemt hij het
 * plan ‘een gok’.` → hij.
 */
import {cueForms} from '../../lexicon/cues.js'
import {functionWords} from '../../lexicon/function-words.js'
import {subjectPronouns} from '../../lexicon/pronouns.js'
import {copulas, perfectAuxiliaries} from '../../lexicon/verb-classes.js'
import type {Article} from '../article.js'
import {afterLeadingQuote} from '../clauses.js'
import type {Discourse} from '../discourse.js'
import {type Entity, isInstitution} from '../find-speakers.js'
import {pastSubjectModifiers} from '../find-subject.js'
import {readSpeakerPhrase, type SpeakerPhrase} from '../read-speaker-phrase.js'
import type {Token} from '../read-tokens.js'
import {mainPerson, resolvePhrase} from '../resolve-phrase.js'
import type {Sieve} from './sieve.js'

export const subject: Sieve = {
  name: 'subject',
  find(quote, evidence, discourse) {
    const tokens = evidence.openTokens
    const open = evidence.open.token
    const sentence = tokens[open]!.sentence
    let start = open
    while (start > 0 && tokens[start - 1]!.sentence === sentence && open - start < 40) start--
    if (start === open || (start > 0 && tokens[start - 1]!.sentence === sentence)) return undefined
    // (`„… munten.” Hij houdt het op ‘een handvol’.`: the writer's sentence starts after a quote
    // that ends in its own full stop, though the tokens run on.)
    // (There, only a pronoun or a name: a role may be a group the one talking belongs to.)
    const sentenceStart = start
    start = afterClauseColon(tokens, afterLeadingQuote(tokens, start, open), open)
    if (start === open || isCoinedTerm(tokens, start, open)) return undefined
    // A question is the interviewer's.
    for (let index = open; index < tokens.length && tokens[index]!.sentence === sentence && index - open < 60; index++) {
      const token = tokens[index]!
      if (token.kind === 'punctuation' && token.depth === 0 && token.value.includes('?')) return undefined
    }
    // `U noemde het veen ‘een tijdbom’.`: the writer quotes to the one interviewed their own words.
    const addressed = addressedSpeaker(evidence.article, tokens, start, open, discourse)
    if (addressed) return {entity: addressed, mention: tokens[start]!.value, cue: tokens[start + 1]!.value, method: 'pronoun', local: true}
    const phrase = openingSubject(tokens, start, open) ?? pronounAfterVerb(tokens, start, open)
    if (!phrase || joinsClause(tokens, phrase.to, open) || (start !== sentenceStart && phrase.kind === 'role')) return undefined
    const found = resolvePhrase(evidence.article, discourse, tokens, phrase, null, 'subject', quote.start, true)
    return found && (found.entity.person || found.entity.unnamed || evidence.article.registry.isOrganisation(found.entity) || (phrase.kind === 'name' && isInstitution(found.entity))) ? found : undefined
  }
}

/**
 * Where the clause of the quote starts after a colon that opens a clause of its own before the
 * quote (`Critici herkennen het: steeds belooft hij ‘…’`: his words, not the critics'); `start`
 * when there is none.
 */
function afterClauseColon(tokens: Token[], start: number, open: number): number {
  for (let index = open - 2; index > start; index--) {
    const token = tokens[index]!
    if (token.depth === 0 && token.kind === 'punctuation' && token.value === ':') return index + 1
  }
  return start
}

/**
 * `U noemde …`, `Je zei eerder dat …`: the writer's `u` or `je` as the subject of a cue, in an
 * interview (someone has answered a question of the writer's), is the one interviewed; in one
 * whose answers are not quoted, the person the article names most (the first named on a tie).
 */
function addressedSpeaker(article: Article, tokens: Token[], start: number, open: number, discourse: Discourse): Entity | undefined {
  const pronoun = tokens[start]!.lower
  if ((pronoun !== 'u' && pronoun !== 'je' && pronoun !== 'jij') || !cueForms.has(tokens[start + 1]?.lower ?? '') || start + 1 >= open) return undefined
  return discourse.interviewee ?? mainPerson(article, tokens[start]!.start)
}

/**
 * `De gemeente opende een ‘schimmelloket’`: one word quoted after `een` in a sentence with no
 * verb of saying is a thing the writer names with someone's coinage, not words the subject says
 * (`Hij spreekt van een ‘nachtmerrie’` is his word).
 */
function isCoinedTerm(tokens: Token[], start: number, open: number): boolean {
  if (tokens[open - 1]?.lower !== 'een') return false
  for (let index = start; index < open; index++) if (cueForms.has(tokens[index]!.lower) || talksAbout(tokens, index)) return false
  let words = 0
  for (let index = open + 1; index < tokens.length && index - open < 6; index++) {
    const token = tokens[index]!
    if (token.kind === 'close' && token.quote === tokens[open]!.quote) return words === 1
    if (token.kind === 'word') words++
  }
  return false
}

/**
 * The phrase that opens the sentence, when a verb (a lower-case word that is no function word)
 * follows it, or a copula with the quote right after it as what the subject is or feels (`De
 * bond is ‘diep teleurgesteld’`, `Omwonenden zijn ‘woedend’`).
 */
function openingSubject(tokens: Token[], start: number, open: number): SpeakerPhrase | undefined {
  const phrase = readSpeakerPhrase(tokens, start, open)
  // (Past what may stand between the subject and its verb: `Tom Vos, woordvoerder van de bond,
  // schat …`, `Een bezoeker die ik sprak, vond …`.)
  const verbAt = phrase ? pastSubjectModifiers(tokens, phrase, open) : -1
  const verb = tokens[verbAt]
  if (!phrase || !verb || verb.kind !== 'word' || verb.value !== verb.lower) return undefined
  if (!functionWords.has(verb.lower) || talksAbout(tokens, verbAt)) return phrase
  return copulas.has(verb.lower) && open - verbAt <= 2 ? phrase : undefined
}

/** `Kok had het over ‘…’`, `De bond heeft het over …`: `het hebben over`, to talk about, at `verbAt`. */
function talksAbout(tokens: Token[], verbAt: number): boolean {
  return perfectAuxiliaries.has(tokens[verbAt]!.lower) && tokens[verbAt + 1]?.lower === 'het' && tokens[verbAt + 2]?.lower === 'over'
}

/** Inverted: a pronoun right after the finite verb (`Op de markt spreekt hij …`). */
function pronounAfterVerb(tokens: Token[], start: number, open: number): SpeakerPhrase | undefined {
  for (let index = start + 1; index < open && index - start < 12; index++) {
    const token = tokens[index]!
    const before = tokens[index - 1]!
    if (token.kind !== 'word' || token.depth !== 0 || !subjectPronouns.has(token.lower)) continue
    return before.kind === 'word' && before.value === before.lower && !functionWords.has(before.lower) ? readSpeakerPhrase(tokens, index, open) : undefined
  }
  return undefined
}

/**
 * Whether a main clause joined by `, en` or `, maar` opens between the subject and the quote
 * (`De organisatie strooide zand, en op het podium, een ‘huiskamer’, speelde …`): the quote is in
 * a clause of its own, whose subject is not the one that opens the sentence.
 */
function joinsClause(tokens: Token[], from: number, open: number): boolean {
  for (let index = from + 1; index < open; index++) {
    const word = tokens[index]!.lower
    if (tokens[index - 1]!.value === ',' && tokens[index]!.depth === 0 && (word === 'en' || word === 'maar')) return true
  }
  return false
}

