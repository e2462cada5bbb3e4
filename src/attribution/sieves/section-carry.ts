/**
 * Sieve 19, `carry-over` across a subheading: words that end their sentence and open a section
 * in which no one (person or body) has been named yet are the words of the one who was talking when the
 * subheading came, in the section right before.
 *
 * Example: `„We gaan door”, zegt Smit.` ⏎⏎ `Geen geld` ⏎⏎ `„Het budget is op.”` → Smit.
 */
import {blockOf} from '../article.js'
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
    // (No one named in the section before the words, person or body: they would be that one's,
    // as in a roundup of short items, `Museum open` ⏎⏎ `Het Stadsmuseum is weer open. „…”`.)
    const named =
      searchBack(evidence.article.registry.mentions, quote.start, (mention) => (blocks[mention.block]!.section !== section ? 'stop' : true)) ??
      searchBack(evidence.article.sources.introduced, quote.start, (entry) => (blocks[blockOf(evidence.article, entry.start)]!.section !== section ? 'stop' : true))
    // (Nor words that talk of them by first name, as for carry-over.)
    return named || namedInQuote(evidence.article, quote, previous.entity) ? undefined : {entity: previous.entity, mention: null, cue: null, method: 'carry-over', local: false}
  }
}
