/**
 * Sieve 10, `introduction`: a quote that opens its paragraph, after a paragraph of the same
 * section that ends in a colon after a cue or a source.
 *
 * Example: `Smit legt uit:` ⏎⏎ `„Eerst de school, dan de rest.”` → Smit, cue `legt uit`.
 */
import {clauseStart} from '../clauses.js'
import {speakerOfClause} from '../speaker-of-clause.js'
import type {Sieve} from './sieve.js'

export const introduction: Sieve = {
  name: 'introduction',
  find(quote, evidence, discourse) {
    const {block, token} = evidence.open
    if (token !== 0 || block === 0) return undefined
    const blocks = evidence.article.blocks
    const previous = blocks[block - 1]!
    if (previous.section !== blocks[block]!.section) return undefined
    const tokens = previous.tokens
    const last = tokens[tokens.length - 1]
    if (!last || last.kind !== 'punctuation' || last.value !== ':' || last.depth !== 0) return undefined
    const end = tokens.length - 1
    return speakerOfClause(evidence.article, discourse, {tokens, start: clauseStart(tokens, end), end, method: 'introduction', offset: quote.start, local: true})
  }
}
