/**
 * Sieve 18, `carry-over` across a subheading: words that end their sentence and open a section
 * in which no one has been named yet are the words of the one who was talking when the
 * subheading came, in the section right before.
 *
 * Example: `„We gaan door”, zegt Smit.` ⏎⏎ `Geen geld` ⏎⏎ `„Het budget is op.”` → Smit.
 */
import {quoteEndsIn} from '../read-tokens.js'
import {namedInQuote} from '../references.js'
import {searchBack} from '../search-back.js'
import {endsInStop} from '../token-patterns.js'
import type {Sieve} from './sieve.js'

export const sectionCarry: Sieve = {
  name: 'section-carry',
  find(quote, evidence, discourse) {
    const previous = discourse.previous
    const blocks = evidence.article.blocks
    const section = blocks[evidence.open.block]!.section
    if (discourse.current || !previous || previous.section !== section - 1 || !quoteEndsIn(evidence.closeTokens, evidence.close.token, endsInStop)) return undefined
    // (No one named in the section before the words: they would be someone's of this section.)
    const named = searchBack(evidence.article.registry.mentions, quote.start, (mention) => (blocks[mention.block]!.section !== section ? 'stop' : mention.entity.person))
    // (Nor words that talk of them by first name, as for carry-over.)
    return named || namedInQuote(evidence.article, quote, previous.entity) ? undefined : {entity: previous.entity, mention: null, cue: null, method: 'carry-over', local: false}
  }
}
