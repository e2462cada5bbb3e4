/**
 * Sieve 18, `context`: the words name the one who is talking (`„…, Gerrit.”`, `„Ik heb Gerrit
 * nog gebeld.”`), so someone else speaks them: in a conversation, the person named last before
 * the quote in the section, within a few paragraphs, other than the one the words name.
 * (`nearest-person` looks only one paragraph back; a reply in a conversation of several short
 * paragraphs is often further from the name of the one who gives it.)
 *
 * Example: `Naast het bed zit zijn vrouw Els Mol.` `„Ik wilde niet gaan.”` (Kees Mol, talking)
 * `„Dat zegt hij altijd.”` `„Het gaat wel, Kees.”` → Els Mol.
 */
import {isWriter} from '../article.js'
import {lastMentionWithin, namedInQuote} from '../references.js'
import type {Sieve} from './sieve.js'

/** How many paragraphs back the other party may have been named. */
const reach = 6

export const otherParty: Sieve = {
  name: 'other-party',
  find(quote, evidence, discourse) {
    const current = discourse.current
    const article = evidence.article
    if (!current || !namedInQuote(article, quote, current.entity)) return undefined
    const mention = lastMentionWithin(article, evidence.open.block, quote.start, reach, (item) =>
      item.entity !== current.entity && item.entity.person && !item.question && !isWriter(article, item.entity) && !article.registry.isOrganisation(item.entity) && !namedInQuote(article, quote, item.entity)
    )
    return mention ? {entity: mention.entity, mention: null, cue: null, method: 'context', local: false} : undefined
  }
}
