/**
 * Sieve 15, `carry-over`: the speaker who is talking (until a section break or a new speaker).
 *
 * Example: `„We gaan door”, zegt Smit.` `„Opgeven is geen optie.”` → Smit.
 */
import {kinNouns} from '../../lexicon/roles.js'
import type {Article} from '../article.js'
import type {Entity} from '../find-speakers.js'
import {namedInQuote} from '../references.js'
import {searchBack} from '../search-back.js'
import type {Sieve} from './sieve.js'

/** How much of a quote is read for the family it speaks of (a bound on hostile input). */
const readLength = 2000

export const carryOver: Sieve = {
  name: 'carry-over',
  find(quote, evidence, discourse) {
    const current = discourse.current
    // (Not when the quote talks of them by name: `„Ik heb Ruud gebeld.”` is not Ruud's.)
    if (!current || namedInQuote(evidence.article, quote, current.entity)) return undefined
    // `Haar zoon Tim Bos speelt in het team.` `„Mijn zoon traint elke dag.”`: words that speak of
    // the one brought on as their own family are that family's, the one who spoke before them.
    if (speaksOfAsFamily(evidence.article, quote, current.entity)) {
      const before = searchBack(evidence.article.registry.mentions, quote.start, (mention) => mention.entity !== current.entity && mention.entity.person && discourse.used.has(mention.entity))
      return before ? {entity: before.entity, mention: null, cue: null, method: 'carry-over', local: false} : undefined
    }
    return {entity: current.entity, mention: null, cue: null, method: 'carry-over', local: false}
  }
}

/** Whether the words call `entity` by its family role with `mijn`, `m'n` or `onze` (`mijn zoon` of one introduced as `haar zoon`). */
function speaksOfAsFamily(article: Article, quote: {start: number; end: number}, entity: Entity): boolean {
  const kin = entity.roles.filter((role) => kinNouns.has(role))
  if (kin.length === 0) return false
  const words = article.value.slice(quote.start, Math.min(quote.end, quote.start + readLength)).toLowerCase()
  return kin.some((role) => ['mijn ', "m'n ", 'm’n ', 'onze '].some((possessive) => containsPhrase(words, possessive + role)))
}

/** Whether `phrase` stands in `words` with no letter right after it. */
function containsPhrase(words: string, phrase: string): boolean {
  for (let at = words.indexOf(phrase); at !== -1; at = words.indexOf(phrase, at + 1)) {
    const next = words.charCodeAt(at + phrase.length)
    if (!(next >= 97 && next <= 122)) return true
  }
  return false
}
