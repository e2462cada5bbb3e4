/**
 * Sieve 12, `context`, taking over: a person named in this or the previous paragraph after the
 * speaker who is talking last spoke. Not when that speaker is named again, as the subject of a
 * sentence, later in the same paragraph as the newer name (the lines are still about them).
 *
 * Example: `„Het kan beter”, zegt Smit.` ⏎⏎ `Het tegenvoorstel komt van wethouder Kees Mol.`
 * `„Waar blijft het geld?”` → Kees Mol.
 */
import {opensSentenceAt} from '../article.js'
import {nearestPerson} from '../references.js'
import {searchBack} from '../search-back.js'
import type {Sieve} from './sieve.js'

export const newerPerson: Sieve = {
  name: 'newer-person',
  find(quote, evidence, discourse) {
    const current = discourse.current
    if (!current) return undefined
    const article = evidence.article
    const found = nearestPerson(article, evidence.open.block, quote.start)
    if (!found || found.entity === current.entity) return undefined
    const mention = searchBack(article.registry.mentions, quote.start, (item) => item.entity === found.entity)
    if (!mention || mention.start <= discourse.since) return undefined
    // (The speaker named again as a sentence's subject: `Smit gaat met Kees Mol in gesprek.`,
    // not `Ria Smit van de bond en …`.)
    const again = searchBack(article.registry.mentions, mention.start, (item) => item.entity === current.entity)
    return again && again.start > discourse.since && again.block === mention.block && !again.inPhrase && opensSentenceAt(article, again.block, again.start) ? undefined : found
  }
}
