/**
 * Sieve 3, `colon`: a colon right before the opening mark; the clause before it names the
 * speaker, with a speech verb or without one.
 *
 * Example: `Smit zegt: „We gaan door.”` → Smit, cue `zegt`; `Buurvrouw Ria Smit: „Eindelijk!”`
 * → Ria Smit.
 */
import {clauseStart} from '../clauses.js'
import {speakerOfClause} from '../speaker-of-clause.js'
import type {Sieve} from './sieve.js'

export const colonBefore: Sieve = {
  name: 'colon-before',
  find(quote, evidence, discourse) {
    const tokens = evidence.openTokens
    const open = evidence.open.token
    const colon = tokens[open - 1]
    if (!colon || colon.kind !== 'punctuation' || colon.value !== ':' || colon.depth !== 0) return undefined
    const start = clauseStart(tokens, open - 1)
    return speakerOfClause(evidence.article, discourse, {tokens, start, end: open - 1, method: 'colon', offset: quote.start, local: true})
  }
}
