/**
 * Sieve 17, `context`: with no one named yet (an article that opens with a quote), the first
 * person named after the quote in this or the next paragraph of the section (or the one after
 * that, for words that end their sentence).
 *
 * Example: `„Dit dorp is mijn leven.”` ⏎⏎ `Dat vindt Kees Mol (71), die er is geboren.` → Kees Mol.
 */
import {isWriter} from '../article.js'
import {namedInQuote} from '../references.js'
import {quoteEndsIn} from '../read-tokens.js'
import {firstAtOrAfter} from '../search-back.js'
import {endsInStop} from '../token-patterns.js'
import type {Sieve} from './sieve.js'

export const nextPerson: Sieve = {
  name: 'next-person',
  find(quote, evidence, discourse) {
    if (discourse.current) return undefined
    const block = evidence.open.block
    const blocks = evidence.article.blocks
    const section = blocks[block]!.section
    const mentions = evidence.article.registry.mentions
    // The first mention at or after the quote's end, then a few forward.
    // (Words that end their sentence, an utterance, may wait a paragraph longer for their
    // speaker: `„…”` ⏎⏎ `De brug is ingestort.` ⏎⏎ `Burgemeester Eva Kok is geschokt.`)
    const reach = quoteEndsIn(evidence.closeTokens, evidence.close.token, endsInStop) ? 2 : 1
    const low = firstAtOrAfter(mentions, quote.end)
    for (let index = low; index < mentions.length && index - low < 16; index++) {
      const mention = mentions[index]!
      if (mention.block > block + reach || blocks[mention.block]!.section !== section) return undefined
      // (Not the writer, named in a byline or a signature: their words are cued with `ik`.)
      if (mention.entity.person && !mention.question && !isWriter(evidence.article, mention.entity) && !namedInQuote(evidence.article, quote, mention.entity)) return {entity: mention.entity, mention: null, cue: null, method: 'context', local: false}
    }
    return undefined
  }
}
