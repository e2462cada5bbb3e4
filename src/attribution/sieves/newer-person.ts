/**
 * Sieve 13, `context`, taking over: a person named in this or the previous paragraph after the
 * speaker who is talking last spoke. Not when that speaker is named again, as the subject of a
 * sentence, later in the same paragraph as the newer name (the lines are still about them), nor
 * when a pronoun that can only be that speaker is the subject of the newer name's sentence.
 *
 * Example: `„Het kan beter”, zegt Smit.` ⏎⏎ `Het tegenvoorstel komt van wethouder Kees Mol.`
 * `„Waar blijft het geld?”` → Kees Mol. But `„Het kan beter”, zegt Eva Smit. In haar boek laat
 * ze zien hoe Kees Mol werkt. „…”` → Eva Smit.
 */
import {governingPrepositions} from '../../lexicon/clause-words.js'
import {kinNouns} from '../../lexicon/roles.js'
import {pronounGender, subjectPronouns} from '../../lexicon/pronouns.js'
import {type Article, opensSentenceAt} from '../article.js'
import {sentenceStartOf} from '../clauses.js'
import type {Discourse} from '../discourse.js'
import type {Entity, NameMention} from '../find-speakers.js'
import {readSpeakerPhrase} from '../read-speaker-phrase.js'
import {namedInQuote, nearestPerson, resolveRole} from '../references.js'
import {firstAtOrAfter, searchBack} from '../search-back.js'
import {subjectPrepositions} from '../token-patterns.js'
import type {Sieve} from './sieve.js'

export const newerPerson: Sieve = {
  name: 'newer-person',
  find(quote, evidence, discourse) {
    const current = discourse.current
    if (!current) return undefined
    const article = evidence.article
    const found = nearestPerson(article, evidence.open.block, quote.start)
    if (!found || found.entity === current.entity || namedInQuote(article, quote, found.entity)) return undefined
    const mention = searchBack(article.registry.mentions, quote.start, (item) => item.entity === found.entity)
    if (!mention || mention.start <= discourse.since) return undefined
    if (subjectPronounFor(article, mention, current.entity) || kinInPassing(article, mention, current.entity) || claimedAbout(article, mention) || roleSubjectFor(article, discourse, mention, current.entity)) return undefined
    // (The speaker named again as a sentence's subject: `Smit gaat met Kees Mol in gesprek.`,
    // not `Ria Smit van de bond en …`.)
    const again = searchBack(article.registry.mentions, mention.start, (item) => item.entity === current.entity)
    return again && again.start > discourse.since && again.block === mention.block && !again.inPhrase && (opensSentenceAt(article, again.block, again.start) || subjectAfterVerb(article, again.block, again.start)) ? undefined : found
  }
}

/**
 * Whether the sentence of `mention` has, before it, a subject pronoun of the speaker's gender
 * that cannot be the newer person's (`ze` for a woman when the newer person is a man).
 */
function subjectPronounFor(article: Article, mention: NameMention, speaker: Entity): boolean {
  const wanted = speaker.gender
  const other = mention.entity.gender
  // (Of the same gender too when the newer name stands in a phrase after the pronoun in its own
  // sentence: `ze werd geholpen door Draaisma` is still about her who was talking.)
  const sameGender = !other || wanted === other
  if (!wanted || !speaker.person || (sameGender && !mention.inPhrase && !objectBefore(article, mention, wanted))) return false
  const tokens = article.blocks[mention.block]!.tokens
  const at = firstAtOrAfter(tokens, mention.start)
  // (After the name too when it stands in a phrase of its own: `Op de vraag van Hofstede of ze
  // …, bleef ze vaag.`)
  const sentence = tokens[Math.min(at, tokens.length - 1)]!.sentence
  let end = at
  if (mention.inPhrase) while (end < tokens.length && tokens[end]!.sentence === sentence) end++
  // (A name in a phrase is named in passing in a paragraph that goes on about the speaker: from
  // the paragraph's start, `Ze wil … De partij van Piet Smit stemt tegen.`, and `haar` too, `…
  // bedacht door Piet Smit, haar voorganger.`)
  const from = mention.inPhrase ? 0 : sentenceStartOf(tokens, Math.min(at, tokens.length - 1))
  if (sameGender) end = at
  for (let index = from; index < end; index++) {
    const token = tokens[index]!
    const object = sameGender && token.sentence === sentence && (token.lower === 'hem' || token.lower === 'haar')
    if (token.depth !== 0 || token.kind !== 'word' || !(subjectPronouns.has(token.lower) || object || (mention.inPhrase && !sameGender && token.lower === 'haar'))) continue
    // (Of the same gender, one that opens a sentence before, or any in the name's own: `Ze …`, not
    // `…, reageert hij.`)
    if (sameGender && token.sentence !== sentence && tokens[index - 1]?.sentence === token.sentence) continue
    const gender = pronounGender.get(token.lower)
    const previous = tokens[index - 1]
    if ((gender === wanted || gender === 'either') && (object || !(previous && governingPrepositions.has(previous.lower)))) return true
  }
  return false
}

/** Whether an object pronoun of `gender` stands right before `en` and the newer name (`geënt op hem en Henk Otten`). */
function objectBefore(article: Article, mention: NameMention, gender: 'male' | 'female'): boolean {
  const tokens = article.blocks[mention.block]!.tokens
  const at = firstAtOrAfter(tokens, mention.start)
  for (let index = at - 1; index > 0 && at - index <= 4; index--) {
    if (tokens[index]!.lower !== 'en') continue
    const pronoun = tokens[index - 1]!.lower
    return pronoun === (gender === 'male' ? 'hem' : 'haar')
  }
  return false
}

/**
 * Whether the newer name stands in a phrase of a sentence that opens with a definite role
 * standing for the speaker (`De wethouder kreeg hulp van Kees Mol.`): the sentence is about them.
 */
function roleSubjectFor(article: Article, discourse: Discourse, mention: NameMention, speaker: Entity): boolean {
  if (!mention.inPhrase) return false
  const tokens = article.blocks[mention.block]!.tokens
  const at = firstAtOrAfter(tokens, mention.start)
  const start = sentenceStartOf(tokens, Math.min(at, tokens.length - 1))
  const opening = tokens[start]
  if (!opening || (opening.lower !== 'de' && opening.lower !== 'het')) return false
  const phrase = readSpeakerPhrase(tokens, start, at)
  if (phrase?.kind !== 'role' || phrase.roles.length === 0 || phrase.to >= at) return false
  return resolveRole(article, discourse, phrase.roles, opening.start) === speaker
}

/**
 * Whether the newer name is the subject of a reporting `zou` (`Aydin zou nog „…” hebben`): a
 * claim made about them, which the one talking reports; they do not speak.
 */
function claimedAbout(article: Article, mention: NameMention): boolean {
  const tokens = article.blocks[mention.block]!.tokens
  let at = firstAtOrAfter(tokens, mention.start)
  while (at < tokens.length && tokens[at]!.start < mention.end) at++
  const next = tokens[at]?.lower
  return next === 'zou' || next === 'zouden'
}

/**
 * Whether the newer name is the speaker's family named in passing: a possessive of the speaker's
 * gender and a family noun right before it, inside the sentence (`Het begon toen haar dochter
 * Fleur werd geboren.`), not opening it (`Zijn moeder Tjitske zat op de tribune.` brings her on).
 */
function kinInPassing(article: Article, mention: NameMention, speaker: Entity): boolean {
  if (!speaker.person || !speaker.gender) return false
  const tokens = article.blocks[mention.block]!.tokens
  const at = firstAtOrAfter(tokens, mention.start)
  const kin = tokens[at - 1]
  const possessive = tokens[at - 2]
  if (!kin || !possessive || !kinNouns.has(kin.lower) || possessive.lower !== (speaker.gender === 'female' ? 'haar' : 'zijn')) return false
  return sentenceStartOf(tokens, at - 2) !== at - 2
}

/**
 * Whether the mention at `offset` is the subject right after a fronted word and the finite verb
 * (`Daarin richt Thijs Mol zich tot …`, `Gisteren sprak Mol met …`): the sentence is about them.
 */
function subjectAfterVerb(article: Article, block: number, offset: number): boolean {
  const tokens = article.blocks[block]!.tokens
  const index = firstAtOrAfter(tokens, offset)
  const verb = tokens[index - 1]
  const front = tokens[index - 2]
  if (!verb || !front || verb.kind !== 'word' || front.kind !== 'word' || verb.value !== verb.lower || verb.depth !== 0) return false
  return opensSentenceAt(article, block, front.start) && !subjectPrepositions.test(front.lower)
}
